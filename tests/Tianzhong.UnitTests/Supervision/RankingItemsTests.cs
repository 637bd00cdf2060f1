using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Report lines → ranking items: which indicator, what quantity, leading/major flags, adjustments.</summary>
public sealed class RankingItemsTests
{
    private const string Xiping = "411721";
    private static readonly DateOnly On = new(2026, 3, 10);

    private static readonly RankingRules Rules = RankingDefaults.Rules(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Xiping] = ["equipment"],
    });

    private static ReportLine Line(FigureKind kind, decimal amountWan, decimal share = 1m, string? direction = "food", string? majorGroup = null) =>
        ReportLine.Create(kind, Guid.NewGuid(), Guid.NewGuid(), "p", On, amountWan, share, direction, majorGroup);

    [Fact]
    public void FundsLinesCountTheirAmountAndAreNeverMajor()
    {
        var province = Line(FigureKind.FundsOutsideProvince, 1234.5m, share: 0.5m, direction: "equipment", majorGroup: "34");
        var city = Line(FigureKind.FundsOutsideCity, 800m);

        var items = RankingItems.From(Xiping, [province, city], Rules);

        Assert.Equal(2, items.Count);
        Assert.Equal(new RankingItem(RankingIndicator.FundsOutsideProvince, province.Reference, "p", On, 1234.5m, true, false, false, null), items[0]);
        Assert.Equal(new RankingItem(RankingIndicator.FundsOutsideCity, city.Reference, "p", On, 800m, false, false, false, null), items[1]);
    }

    [Fact]
    public void SignedBelowOneHundredMillionYuanIsNoItem()
    {
        Assert.Empty(RankingItems.From(Xiping, [Line(FigureKind.Signed, 9_999.99m)], Rules));
    }

    [Fact]
    public void SignedAtExactlyOneHundredMillionYuanCountsOnceAndIsNotMajor()
    {
        // 10000万元 = 1亿元: 亿元以上 only; below the 100000万元 major threshold even though manufacturing (13).
        var item = Assert.Single(RankingItems.From(Xiping, [Line(FigureKind.Signed, 10_000m, majorGroup: "13")], Rules));

        Assert.Equal(RankingIndicator.SignedOverHundredMillion, item.Indicator);
        Assert.Equal(1m, item.Quantity);
        Assert.False(item.IsLeadingIndustry);
        Assert.False(item.IsMajorIndustrial);
    }

    [Fact]
    public void SignedAtOneBillionYuanCountsForBothSigningIndicators()
    {
        // 100000万元 = 10亿元, equipment is Xiping's leading industry, 34 通用设备制造业 is industrial → leading and major.
        var items = RankingItems.From(Xiping, [Line(FigureKind.Signed, 100_000m, share: 0.5m, direction: "equipment", majorGroup: "34")], Rules);

        Assert.Equal([RankingIndicator.SignedOverHundredMillion, RankingIndicator.SignedOverBillion], items.Select(i => i.Indicator));
        Assert.All(items, i =>
        {
            Assert.Equal(0.5m, i.Quantity);
            Assert.True(i.IsLeadingIndustry);
            Assert.True(i.IsMajorIndustrial);
        });
    }

    [Fact]
    public void ALargeServicesProjectIsNotMajorIndustrial()
    {
        // 72 商务服务业 is section L, not industry.
        var items = RankingItems.From(Xiping, [Line(FigureKind.Signed, 150_000m, majorGroup: "72")], Rules);

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.False(i.IsMajorIndustrial));
    }

    [Fact]
    public void StagesAndTripsCountTheirShare()
    {
        var started = Line(FigureKind.Started, 120_000m, share: 0.5m, majorGroup: "05");
        var producing = Line(FigureKind.InProduction, 100_000m, majorGroup: "46");
        var trip = Line(FigureKind.Trip, 0m, direction: null);

        var items = RankingItems.From(Xiping, [started, producing, trip], Rules);

        Assert.Equal([RankingIndicator.Started, RankingIndicator.InProduction, RankingIndicator.Trips], items.Select(i => i.Indicator));
        Assert.Equal([0.5m, 1m, 1m], items.Select(i => i.Quantity));

        // 05 is agriculture services (section A); 46 水的生产和供应业 is the last industrial group; trips are never major.
        Assert.Equal([false, true, false], items.Select(i => i.IsMajorIndustrial));
    }

    [Fact]
    public void AdjustmentsCarryTheirSourceMonthAndMayBeNegative()
    {
        var source = new ReportingPeriod(2026, 2);
        var withdrawn = Line(FigureKind.Started, 120_000m, direction: "equipment", majorGroup: "34").AsAdjustment(source, 120_000m, -1m);
        var fundsCut = Line(FigureKind.FundsOutsideProvince, 500m).AsAdjustment(source, -200m, -1m);

        var items = RankingItems.From(Xiping, [withdrawn, fundsCut], Rules);

        Assert.Equal(new RankingItem(RankingIndicator.Started, withdrawn.Reference, "p", On, -1m, true, true, true, 2), items[0]);
        Assert.Equal(new RankingItem(RankingIndicator.FundsOutsideProvince, fundsCut.Reference, "p", On, -200m, false, false, true, 2), items[1]);
    }

    [Fact]
    public void AUnitWithoutLeadingDirectionsHasNoLeadingItems()
    {
        var item = Assert.Single(RankingItems.From("411722", [Line(FigureKind.Started, 5_000m, direction: "equipment")], Rules));

        Assert.False(item.IsLeadingIndustry);
    }

    [Theory]
    [InlineData("05", false)]
    [InlineData("06", true)]
    [InlineData("13", true)]
    [InlineData("43", true)]
    [InlineData("44", true)]
    [InlineData("46", true)]
    [InlineData("47", false)]
    [InlineData("6", false)]
    [InlineData("C13", false)]
    [InlineData("0A", false)]
    [InlineData(null, false)]
    public void IndustrialMajorGroupsAreSectionsBToD(string? code, bool industrial)
    {
        Assert.Equal(industrial, IndustrialMajorGroups.IsIndustrial(code));
    }
}
