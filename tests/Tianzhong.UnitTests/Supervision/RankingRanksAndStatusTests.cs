using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Xunit;
using static Tianzhong.UnitTests.Supervision.RankingFixtures;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Competition ranks with ties, change from last month, and the green/yellow/red line.</summary>
public sealed class RankingRanksAndStatusTests
{
    private static readonly RankingRules TripsOnly = Rules(Normalisation.RatioToBest, (RankingIndicator.Trips, 100m));

    private static readonly RankingRules FundsOnTarget = Rules(Normalisation.TargetCompletion, (RankingIndicator.FundsOutsideProvince, 100m));

    [Fact]
    public void TiesShareARankKeepGazetteOrderAndTheNextRankSkips()
    {
        // Trips A 2, B 4, C 2, D 4, E 1; best 4 → 50, 100, 50, 100, 25.
        var ranking = RankingCalculator.Rank(TripsOnly, new ReportingPeriod(2026, 6),
        [
            Unit("A", [Item(RankingIndicator.Trips, 2m)], previousRank: 1),
            Unit("B", [Item(RankingIndicator.Trips, 4m)], previousRank: 5),
            Unit("C", [Item(RankingIndicator.Trips, 2m)]),
            Unit("D", [Item(RankingIndicator.Trips, 4m)], previousRank: 2),
            Unit("E", [Item(RankingIndicator.Trips, 1m)], previousRank: 5),
        ]);

        Assert.Equal(["B", "D", "A", "C", "E"], ranking.Units.Select(u => u.UnitCode));
        Assert.Equal([100m, 100m, 50m, 50m, 25m], ranking.Units.Select(u => u.Score));
        Assert.Equal([1, 1, 3, 3, 5], ranking.Units.Select(u => u.Rank));

        // Change = previous − now: B 5 → 1 up 4, D 2 → 1 up 1, A 1 → 3 down 2, C new, E 5 → 5 unchanged.
        Assert.Equal([4, 1, -2, null, 0], ranking.Units.Select(u => u.Change));
    }

    [Fact]
    public void TheMonthCarriesItsRulesAndPeriod()
    {
        var ranking = RankingCalculator.Rank(TripsOnly, new ReportingPeriod(2026, 3), []);

        Assert.Equal(2026, ranking.Year);
        Assert.Equal(3, ranking.Month);
        Assert.Equal(0.25m, ranking.TimeProgress);
        Assert.Same(TripsOnly, ranking.Rules);
        Assert.Empty(ranking.Units);
    }

    [Fact]
    public void AUnitListedTwiceIsRefused()
    {
        Assert.Throws<ArgumentException>(() => RankingCalculator.Rank(TripsOnly, new ReportingPeriod(2026, 3), [Unit("A", []), Unit("A", [])]));
    }

    [Fact]
    public void TimeProgressAfterOctoberIs83Point3Percent()
    {
        var ranking = RankingCalculator.Rank(TripsOnly, new ReportingPeriod(2026, 10), []);

        Assert.Equal(83.3m, Math.Round(ranking.TimeProgress * 100m, 1, MidpointRounding.AwayFromZero));
        Assert.Equal(10m / 12m, ranking.TimeProgress);
    }

    // June: time progress 0.5; yellow from 0.5 − 10/100 = 0.4. Target 1000.
    [Theory]
    [InlineData(6, 500.00, ProgressStatus.Green)]
    [InlineData(6, 499.99, ProgressStatus.Yellow)]
    [InlineData(6, 400.00, ProgressStatus.Yellow)]
    [InlineData(6, 399.99, ProgressStatus.Red)]
    [InlineData(6, 0.00, ProgressStatus.Red)]
    [InlineData(12, 1000.00, ProgressStatus.Green)]
    [InlineData(12, 900.00, ProgressStatus.Yellow)]
    [InlineData(12, 899.99, ProgressStatus.Red)]
    public void ColourAtTheExactThresholds(int month, double amount, ProgressStatus expected)
    {
        var targets = new Dictionary<RankingIndicator, decimal> { [RankingIndicator.FundsOutsideProvince] = 1000m };

        var unit = RankingCalculator.Rank(FundsOnTarget, new ReportingPeriod(2026, month), [Unit("A", [Item(RankingIndicator.FundsOutsideProvince, (decimal)amount)], targets)]).Of("A");

        Assert.Equal(expected, unit.Of(RankingIndicator.FundsOutsideProvince).Status);
        Assert.Equal(expected, unit.Status);
    }

    // October: time progress 10/12 = 0.8333…; target 1200 makes 1000 exactly on the line and 880 exactly 10 points below.
    [Theory]
    [InlineData(1000.00, ProgressStatus.Green)]
    [InlineData(999.99, ProgressStatus.Yellow)]
    [InlineData(880.00, ProgressStatus.Yellow)]
    [InlineData(879.99, ProgressStatus.Red)]
    public void ColourInOctoberAgainst83Point3Percent(double amount, ProgressStatus expected)
    {
        var targets = new Dictionary<RankingIndicator, decimal> { [RankingIndicator.FundsOutsideProvince] = 1200m };

        var unit = RankingCalculator.Rank(FundsOnTarget, new ReportingPeriod(2026, 10), [Unit("A", [Item(RankingIndicator.FundsOutsideProvince, (decimal)amount)], targets)]).Of("A");

        Assert.Equal(expected, unit.Status);
    }

    [Fact]
    public void WithoutAMarginBelowTheLineIsRed()
    {
        var rules = FundsOnTarget with { YellowMarginPoints = 0m };
        var targets = new Dictionary<RankingIndicator, decimal> { [RankingIndicator.FundsOutsideProvince] = 1000m };

        var unit = RankingCalculator.Rank(rules, new ReportingPeriod(2026, 6), [Unit("A", [Item(RankingIndicator.FundsOutsideProvince, 499.99m)], targets)]).Of("A");

        Assert.Equal(ProgressStatus.Red, unit.Status);
    }

    [Fact]
    public void UnitCompletionIsTheWeightedAverageOfUncappedCompletionsWithATarget()
    {
        var rules = Rules(Normalisation.TargetCompletion, (RankingIndicator.FundsOutsideProvince, 50m), (RankingIndicator.SignedOverHundredMillion, 10m), (RankingIndicator.Trips, 40m));
        var targets = new Dictionary<RankingIndicator, decimal>
        {
            [RankingIndicator.FundsOutsideProvince] = 1000m,
            [RankingIndicator.SignedOverHundredMillion] = 4m,
            [RankingIndicator.Trips] = 10m,
        };
        var unit = RankingCalculator.Rank(rules, new ReportingPeriod(2026, 6),
            [Unit("A", [Item(RankingIndicator.FundsOutsideProvince, 1500m), Item(RankingIndicator.SignedOverHundredMillion, 1m), Item(RankingIndicator.Trips, 3m)], targets)]).Of("A");

        // Indicators: 1.5 green, 0.25 red, 0.3 red (yellow starts at 0.4).
        Assert.Equal([ProgressStatus.Green, ProgressStatus.Red, ProgressStatus.Red], unit.Indicators.Select(i => i.Status));

        // (50 × 1.5 + 10 × 0.25 + 40 × 0.3) / 100 = (75 + 2.5 + 12) / 100 = 0.895 ≥ 0.5 → green overall.
        Assert.Equal(0.895m, unit.Completion);
        Assert.Equal(ProgressStatus.Green, unit.Status);
    }

    [Fact]
    public void UnitCompletionLeavesOutIndicatorsWithoutATarget()
    {
        var rules = Rules(Normalisation.TargetCompletion, (RankingIndicator.FundsOutsideProvince, 50m), (RankingIndicator.Trips, 50m));
        var targets = new Dictionary<RankingIndicator, decimal> { [RankingIndicator.FundsOutsideProvince] = 2000m };

        var unit = RankingCalculator.Rank(rules, new ReportingPeriod(2026, 6),
            [Unit("A", [Item(RankingIndicator.FundsOutsideProvince, 900m), Item(RankingIndicator.Trips, 9m)], targets)]).Of("A");

        // Only funds has a target: 900 / 2000 = 0.45, within 10 points below 0.5 → yellow.
        Assert.Equal(0.45m, unit.Completion);
        Assert.Equal(ProgressStatus.Yellow, unit.Status);
    }

    [Fact]
    public void AUnitWithoutTargetsHasNoColour()
    {
        var unit = RankingCalculator.Rank(FundsOnTarget, new ReportingPeriod(2026, 6), [Unit("A", [Item(RankingIndicator.FundsOutsideProvince, 900m)])]).Of("A");

        Assert.Null(unit.Completion);
        Assert.Equal(ProgressStatus.None, unit.Status);
    }
}
