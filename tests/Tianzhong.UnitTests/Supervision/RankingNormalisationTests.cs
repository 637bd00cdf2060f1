using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Xunit;
using static Tianzhong.UnitTests.Supervision.RankingFixtures;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Each normalisation, the project bonuses and the points arithmetic, with hand-computed numbers.</summary>
public sealed class RankingNormalisationTests
{
    private static readonly ReportingPeriod June = new(2026, 6);

    [Fact]
    public void RatioToBestWithBonusesOnProjectCountsOnly()
    {
        // 省外资金 60 points, starts 40 points, ratio to the best unit.
        var rules = Rules(Normalisation.RatioToBest, (RankingIndicator.FundsOutsideProvince, 60m), (RankingIndicator.Started, 40m));
        var ranking = RankingCalculator.Rank(rules, June,
        [
            // U1: funds 500 (a leading-industry record: money gets no bonus); starts 1 plain + 1 leading = 1 + 1.5 = 2.5.
            Unit("U1", [Item(RankingIndicator.FundsOutsideProvince, 500m, leading: true), Item(RankingIndicator.Started, 1m), Item(RankingIndicator.Started, 1m, leading: true)]),

            // U2: funds 1000 (the best); one start both leading and major = 1 + 0.5 + 0.5 = 2.
            Unit("U2", [Item(RankingIndicator.FundsOutsideProvince, 1000m), Item(RankingIndicator.Started, 1m, leading: true, major: true)]),

            // U3: funds 250; one plain start = 1.
            Unit("U3", [Item(RankingIndicator.FundsOutsideProvince, 250m), Item(RankingIndicator.Started, 1m)]),

            // U4: only a negative adjustment of an earlier month's funds: −100 floors at 0.
            Unit("U4", [Item(RankingIndicator.FundsOutsideProvince, -100m, adjustsMonth: 5)]),
        ]);

        var u1 = ranking.Of("U1");
        Assert.Equal(500m, u1.Of(RankingIndicator.FundsOutsideProvince).WeightedValue);
        Assert.Equal(2m, u1.Of(RankingIndicator.Started).RawValue);
        Assert.Equal(2.5m, u1.Of(RankingIndicator.Started).WeightedValue);
        Assert.Equal(2m, ranking.Of("U2").Of(RankingIndicator.Started).WeightedValue);
        Assert.Equal(1m, ranking.Of("U2").Of(RankingIndicator.Started).RawValue);

        // Funds: best 1000 → 0.5, 1, 0.25, 0 of 60 = 30, 60, 15, 0.
        Assert.Equal([30m, 60m, 15m, 0m], Points(ranking, RankingIndicator.FundsOutsideProvince));
        Assert.All(ranking.Units, u => Assert.Equal(1000m, u.Of(RankingIndicator.FundsOutsideProvince).ReferenceHigh));
        Assert.Equal(-100m, ranking.Of("U4").Of(RankingIndicator.FundsOutsideProvince).RawValue);
        Assert.Equal(0m, ranking.Of("U4").Of(RankingIndicator.FundsOutsideProvince).Normalised);

        // Starts: best 2.5 → 2.5/2.5, 2/2.5 = 0.8, 1/2.5 = 0.4, 0 of 40 = 40, 32, 16, 0.
        Assert.Equal([40m, 32m, 16m, 0m], Points(ranking, RankingIndicator.Started));
        Assert.Equal(0.8m, ranking.Of("U2").Of(RankingIndicator.Started).Normalised);

        // Scores 70, 92, 31, 0 → U2, U1, U3, U4.
        Assert.Equal(["U2", "U1", "U3", "U4"], ranking.Units.Select(u => u.UnitCode));
        Assert.Equal([92m, 70m, 31m, 0m], ranking.Units.Select(u => u.Score));
        Assert.Equal([1, 2, 3, 4], ranking.Units.Select(u => u.Rank));
        Assert.All(ranking.Units.SelectMany(u => u.Indicators), i =>
        {
            Assert.Equal(Normalisation.RatioToBest, i.Method);
            Assert.Null(i.ReferenceLow);
            Assert.Null(i.Completion);
            Assert.Equal(ProgressStatus.None, i.Status);
        });
        Assert.All(ranking.Units, u => Assert.Equal(ProgressStatus.None, u.Status));
    }

    [Fact]
    public void RatioToBestGivesEveryoneZeroWhenTheBestIsZero()
    {
        var rules = Rules(Normalisation.RatioToBest, (RankingIndicator.Trips, 100m));

        var ranking = RankingCalculator.Rank(rules, June, [Unit("A", []), Unit("B", [Item(RankingIndicator.Trips, -1m, adjustsMonth: 4)])]);

        Assert.All(ranking.Units, u => Assert.Equal(0m, u.Score));
        Assert.Equal(0m, ranking.Of("A").Of(RankingIndicator.Trips).ReferenceHigh);
        Assert.Equal([1, 1], ranking.Units.Select(u => u.Rank));
    }

    [Fact]
    public void MinMaxScalesBetweenLowestAndHighest()
    {
        var rules = Rules(Normalisation.MinMax, (RankingIndicator.FundsOutsideCity, 50m), (RankingIndicator.InProduction, 50m));
        var ranking = RankingCalculator.Rank(rules, June,
        [
            Unit("U1", [Item(RankingIndicator.FundsOutsideCity, 200m), Item(RankingIndicator.InProduction, 1m)]),
            Unit("U2", [Item(RankingIndicator.FundsOutsideCity, 500m), Item(RankingIndicator.InProduction, 1m)]),
            Unit("U3", [Item(RankingIndicator.FundsOutsideCity, 100m), Item(RankingIndicator.FundsOutsideCity, -200m, adjustsMonth: 5), Item(RankingIndicator.InProduction, 1m)]),
            Unit("U4", [Item(RankingIndicator.FundsOutsideCity, 500m), Item(RankingIndicator.InProduction, 1m)]),
        ]);

        // Funds: lowest −100 (U3: 100 − 200), highest 500, range 600: (200+100)/600 = 0.5 → 25; 1 → 50; 0 → 0; 1 → 50.
        Assert.Equal([25m, 50m, 0m, 50m], Points(ranking, RankingIndicator.FundsOutsideCity));
        Assert.All(ranking.Units, u =>
        {
            Assert.Equal(-100m, u.Of(RankingIndicator.FundsOutsideCity).ReferenceLow);
            Assert.Equal(500m, u.Of(RankingIndicator.FundsOutsideCity).ReferenceHigh);
        });

        // Production: all equal at 1 (> 0) → everyone earns the full 50.
        Assert.Equal([50m, 50m, 50m, 50m], Points(ranking, RankingIndicator.InProduction));

        // 75, 100, 50, 100 → U2 and U4 share first (gazette order), U1 third, U3 fourth.
        Assert.Equal(["U2", "U4", "U1", "U3"], ranking.Units.Select(u => u.UnitCode));
        Assert.Equal([1, 1, 3, 4], ranking.Units.Select(u => u.Rank));
        Assert.Equal([100m, 100m, 75m, 50m], ranking.Units.Select(u => u.Score));
    }

    [Fact]
    public void MinMaxGivesEveryoneZeroWhenAllStandAtZero()
    {
        var rules = Rules(Normalisation.MinMax, (RankingIndicator.Trips, 100m));

        var ranking = RankingCalculator.Rank(rules, June, [Unit("A", []), Unit("B", []), Unit("C", [])]);

        Assert.All(ranking.Units, u => Assert.Equal(0m, u.Score));
        Assert.Equal([1, 1, 1], ranking.Units.Select(u => u.Rank));
        Assert.Equal(["A", "B", "C"], ranking.Units.Select(u => u.UnitCode));
    }

    [Fact]
    public void TargetCompletionCapsAndFallsBackToRatioToBestWithoutATarget()
    {
        var rules = Rules(Normalisation.TargetCompletion, (RankingIndicator.FundsOutsideProvince, 50m), (RankingIndicator.SignedOverHundredMillion, 10m), (RankingIndicator.Trips, 40m));
        var ranking = RankingCalculator.Rank(rules, June,
        [
            Unit("U1", [Item(RankingIndicator.FundsOutsideProvince, 1500m), Item(RankingIndicator.SignedOverHundredMillion, 1m, leading: true), Item(RankingIndicator.Trips, 3m)], new Dictionary<RankingIndicator, decimal>
            {
                [RankingIndicator.FundsOutsideProvince] = 1000m,
                [RankingIndicator.SignedOverHundredMillion] = 4m,
                [RankingIndicator.Trips] = 10m,
            }),
            Unit("U2", [Item(RankingIndicator.FundsOutsideProvince, 900m), Item(RankingIndicator.SignedOverHundredMillion, 1m, leading: true, major: true), Item(RankingIndicator.Trips, 4m)], new Dictionary<RankingIndicator, decimal>
            {
                [RankingIndicator.FundsOutsideProvince] = 2000m,
                [RankingIndicator.Trips] = 0m,
            }),
            Unit("U3", [Item(RankingIndicator.SignedOverHundredMillion, 1m), Item(RankingIndicator.SignedOverHundredMillion, -1m, adjustsMonth: 5), Item(RankingIndicator.Trips, 8m)]),
        ]);

        // U1 funds: 1500/1000 = 1.5, capped at 1.2 → 1.2/1.2 = 1 → 50 points; completion stays 1.5 (uncapped).
        var u1 = ranking.Of("U1");
        Assert.Equal(1.5m, u1.Of(RankingIndicator.FundsOutsideProvince).Completion);
        Assert.Equal(1m, u1.Of(RankingIndicator.FundsOutsideProvince).Normalised);
        Assert.Equal(50m, u1.Of(RankingIndicator.FundsOutsideProvince).Points);

        // U1 signed: weighted 1.5 (leading), completion on the raw 1/4 = 0.25, normalised on the weighted
        // 1.5/4 = 0.375 → /1.2 = 0.3125 → 10 × 0.3125 = 3.125 → 3.13 (away from zero; banker's rounding would give 3.12).
        var signed = u1.Of(RankingIndicator.SignedOverHundredMillion);
        Assert.Equal(0.25m, signed.Completion);
        Assert.Equal(0.3125m, signed.Normalised);
        Assert.Equal(3.13m, signed.Points);
        Assert.Equal(Normalisation.TargetCompletion, signed.Method);

        // U1 trips: 3/10 = 0.3 → /1.2 = 0.25 → 40 × 0.25 = 10. Score 50 + 3.13 + 10 = 63.13.
        Assert.Equal(10m, u1.Of(RankingIndicator.Trips).Points);
        Assert.Equal(63.13m, u1.Score);

        // U2 funds: 900/2000 = 0.45 → /1.2 = 0.375 → 18.75. Signed has no target: ratio to the best weighted value
        // (U1 1.5, U2 2 = leading and major, U3 0) → 2/2 = 1 → 10. Trips target 0 is no target: best is U3's 8 → 4/8 → 20.
        var u2 = ranking.Of("U2");
        Assert.Equal(18.75m, u2.Of(RankingIndicator.FundsOutsideProvince).Points);
        Assert.Equal(Normalisation.RatioToBest, u2.Of(RankingIndicator.SignedOverHundredMillion).Method);
        Assert.Equal(2m, u2.Of(RankingIndicator.SignedOverHundredMillion).ReferenceHigh);
        Assert.Equal(10m, u2.Of(RankingIndicator.SignedOverHundredMillion).Points);
        var trips = u2.Of(RankingIndicator.Trips);
        Assert.Equal(0m, trips.Target);
        Assert.Null(trips.Completion);
        Assert.Equal(ProgressStatus.None, trips.Status);
        Assert.Equal(Normalisation.RatioToBest, trips.Method);
        Assert.Equal(8m, trips.ReferenceHigh);
        Assert.Equal(20m, trips.Points);
        Assert.Equal(48.75m, u2.Score);

        // U3: no funds (best 1500 → 0), signed 1 − 1 = 0, trips 8/8 → 40.
        var u3 = ranking.Of("U3");
        Assert.Equal(0m, u3.Of(RankingIndicator.SignedOverHundredMillion).RawValue);
        Assert.Equal(2, u3.Of(RankingIndicator.SignedOverHundredMillion).Items.Count);
        Assert.Equal(40m, u3.Score);

        Assert.Equal(["U1", "U2", "U3"], ranking.Units.Select(u => u.UnitCode));
        Assert.Equal([1, 2, 3], ranking.Units.Select(u => u.Rank));
    }

    [Fact]
    public void TargetCompletionGivesNothingForANegativeValue()
    {
        var rules = Rules(Normalisation.TargetCompletion, (RankingIndicator.FundsOutsideCity, 100m));
        var targets = new Dictionary<RankingIndicator, decimal> { [RankingIndicator.FundsOutsideCity] = 1000m };

        var unit = RankingCalculator.Rank(rules, June, [Unit("A", [Item(RankingIndicator.FundsOutsideCity, -300m, adjustsMonth: 5)], targets)]).Of("A");

        Assert.Equal(-0.3m, unit.Of(RankingIndicator.FundsOutsideCity).Completion);
        Assert.Equal(0m, unit.Of(RankingIndicator.FundsOutsideCity).Normalised);
        Assert.Equal(0m, unit.Score);
        Assert.Equal(ProgressStatus.Red, unit.Status);
    }

    private static decimal[] Points(MonthRanking ranking, RankingIndicator indicator) =>
        [.. new[] { "U1", "U2", "U3", "U4" }.Select(c => ranking.Of(c).Of(indicator).Points)];
}
