using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.UnitTests.Registry;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>The city targets from plan A part 1(3) and their equal split across units.</summary>
public sealed class PlanTargetsTests
{
    private static readonly string[] ThirteenUnits =
        ["411702", "411721", "411722", "411723", "411724", "411725", "411726", "411727", "411728", "411729", "ZMD-SFQ", "411771", "ZMD-GXQ"];

    // 2025 is the plan's figure; earlier years divide by the growth (1.035^4 = 1.147523000625, 1.05^4 = 1.21550625),
    // later ones multiply (1.035² = 1.071225, 1.05² = 1.1025): e.g. 2024 = 3864000 / 1.035 = 3733333.333… → 3733333.33.
    [Theory]
    [InlineData(2021, 3367252.77, 7340974.18)]
    [InlineData(2022, 3485106.61, 7708022.89)]
    [InlineData(2023, 3607085.35, 8093424.04)]
    [InlineData(2024, 3733333.33, 8498095.24)]
    [InlineData(2025, 3864000.00, 8923000.00)]
    [InlineData(2026, 3999240.00, 9369150.00)]
    [InlineData(2027, 4139213.40, 9837607.50)]
    public void MoneyTargetsFollowThePlansGrowth(int year, double province, double city)
    {
        Assert.Equal((decimal)province, PlanTargets.CityTarget(RankingIndicator.FundsOutsideProvince, year));
        Assert.Equal((decimal)city, PlanTargets.CityTarget(RankingIndicator.FundsOutsideCity, year));
        Assert.Equal(60m, PlanTargets.CityTarget(RankingIndicator.SignedOverBillion, year));
        Assert.Equal(year > 2025, PlanTargets.IsExtrapolated(year));
    }

    [Theory]
    [InlineData(RankingIndicator.SignedOverHundredMillion)]
    [InlineData(RankingIndicator.Started)]
    [InlineData(RankingIndicator.InProduction)]
    [InlineData(RankingIndicator.Trips)]
    public void IndicatorsWithoutAPlanFigureHaveNoCityTarget(RankingIndicator indicator)
    {
        Assert.Null(PlanTargets.CityTarget(indicator, 2025));
    }

    [Fact]
    public void ThePlanFiguresAreTheSeeds()
    {
        // "……分别达到 386.4 亿元和 892.3 亿元……引进投资额 10 亿元以上项目不少于 300 个" (1亿元 = 10000万元).
        var seed = GazetteSeed.Joined.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("分别达到386.4亿元和892.3亿元", seed, StringComparison.Ordinal);
        Assert.Contains("10亿元以上项目不少于300个", seed, StringComparison.Ordinal);
        Assert.Equal(386.4m * 10_000m, PlanTargets.FundsOutsideProvince2025);
        Assert.Equal(892.3m * 10_000m, PlanTargets.FundsOutsideCity2025);
    }

    [Fact]
    public void SplitAcrossThirteenUnitsByLargestRemainder()
    {
        var split = PlanTargets.Split(2025, ThirteenUnits);

        // 省外: 386400000 hundredths / 13 = 29723076 rest 12 → the first 12 get 297230.77, the last 297230.76.
        Assert.Equal([.. Enumerable.Repeat(297230.77m, 12), 297230.76m], Values(split, RankingIndicator.FundsOutsideProvince));

        // 市外: 892300000 / 13 = 68638461 rest 7 → 7 × 686384.62 + 6 × 686384.61.
        Assert.Equal([.. Enumerable.Repeat(686384.62m, 7), .. Enumerable.Repeat(686384.61m, 6)], Values(split, RankingIndicator.FundsOutsideCity));

        // 10亿元 projects: 60 / 13 = 4 rest 8 → the first 8 units 5, the other 5 units 4.
        Assert.Equal([.. Enumerable.Repeat(5m, 8), .. Enumerable.Repeat(4m, 5)], Values(split, RankingIndicator.SignedOverBillion));

        Assert.Equal(ThirteenUnits, split.Where(t => t.Indicator == RankingIndicator.FundsOutsideCity).Select(t => t.UnitCode));
        Assert.Equal(3 * 13, split.Count);
    }

    [Theory]
    [InlineData(2021, 13)]
    [InlineData(2023, 7)]
    [InlineData(2024, 13)]
    [InlineData(2026, 3)]
    [InlineData(2030, 11)]
    [InlineData(2025, 1)]
    public void SplitPartsAddUpExactlyToTheCityTarget(int year, int units)
    {
        var split = PlanTargets.Split(year, ThirteenUnits.Take(units).ToList());

        Assert.All(PlanTargets.Planned, indicator =>
        {
            var parts = Values(split, indicator);
            Assert.Equal(PlanTargets.CityTarget(indicator, year), parts.Sum());
            Assert.True(parts.Max() - parts.Min() <= (indicator.IsMoney() ? 0.01m : 1m));
            Assert.All(parts, p => Assert.Null(RankingRulesCheck.TargetProblem(p)));
        });
    }

    [Fact]
    public void SplitOverNoUnitsIsEmptyAndAUnitTwiceIsRefused()
    {
        Assert.Empty(PlanTargets.Split(2025, []));
        Assert.Throws<ArgumentException>(() => PlanTargets.Split(2025, ["411721", "411721"]));
    }

    private static decimal[] Values(IReadOnlyList<TargetDefault> split, RankingIndicator indicator) =>
        [.. split.Where(t => t.Indicator == indicator).Select(t => t.Value)];
}
