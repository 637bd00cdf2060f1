using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>The year-end assessment from closed months and 三个一批 counts, with hand-computed scores.</summary>
public sealed class AssessmentCalculatorTests
{
    private static readonly RankingRules AnyRules = RankingDefaults.Rules(new Dictionary<string, IReadOnlyList<string>>());

    private static MonthRanking Month(int year, int month, params (string Unit, decimal Score)[] scores) =>
        new(year, month, month / 12m, AnyRules, [.. scores.Select((s, i) => new UnitRanking(s.Unit, s.Score, i + 1, null, ProgressStatus.None, null, []))]);

    [Fact]
    public void ProvisionalYearFromTheLatestClosedMonth()
    {
        var months = new[]
        {
            Month(2026, 3, ("B", 75m), ("A", 60m)),
            Month(2026, 1, ("A", 80m), ("C", 70m), ("B", 60m)),
            Month(2025, 12, ("A", 0m), ("B", 0m), ("C", 100m)),
            Month(2026, 2, ("B", 90m), ("A", 70m), ("C", 70m)),
        };
        var batches = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["A"] = 6m, ["B"] = 8m, ["C"] = 2m, ["X"] = 100m };

        var result = AssessmentCalculator.Assess(2026, RankingDefaults.Assessment, months, batches, ["A", "B", "C"]);

        Assert.True(result.IsProvisional);
        Assert.Equal(2026, result.Year);

        // A: year-end (March) 60; average (80 + 70 + 60) / 3 = 70; batches 100 × 6 / 8 = 75 (X is not assessed);
        //    0.5 × 60 + 0.3 × 70 + 0.2 × 75 = 30 + 21 + 15 = 66.
        // B: 75; (60 + 90 + 75) / 3 = 75; 100; 37.5 + 22.5 + 20 = 80.
        // C: missing from March → year-end 0; average over January and February (70 + 70) / 2 = 70; 25; 0 + 21 + 5 = 26.
        Assert.Equal(["B", "A", "C"], result.Units.Select(u => u.UnitCode));
        Assert.Equal([1, 2, 3], result.Units.Select(u => u.Rank));
        Assert.Equal([80m, 66m, 26m], result.Units.Select(u => u.Score));
        var a = result.Units.Single(u => u.UnitCode == "A");
        Assert.Equal((60m, 70m, 75m, 6m), (a.YearEndScore, a.MonthlyAverage, a.BatchesScore, a.BatchCount));
        Assert.Equal([1, 2, 3], a.MonthsCounted);
        var c = result.Units.Single(u => u.UnitCode == "C");
        Assert.Equal((0m, 70m, 25m), (c.YearEndScore, c.MonthlyAverage, c.BatchesScore));
        Assert.Equal([1, 2], c.MonthsCounted);
    }

    [Fact]
    public void DecemberClosedIsFinalAndRoundsAwayFromZero()
    {
        var months = new[] { Month(2026, 12, ("P", 50m), ("Q", 40m)), Month(2026, 11, ("Q", 40m), ("P", 30.01m)) };

        var result = AssessmentCalculator.Assess(2026, RankingDefaults.Assessment, months, new Dictionary<string, decimal>(), ["P", "Q"]);

        Assert.False(result.IsProvisional);

        // P: average (50 + 30.01) / 2 = 40.005 → 40.01 (banker's rounding would give 40.00); no batches anywhere → 0;
        //    0.5 × 50 + 0.3 × 40.01 = 25 + 12.003 = 37.003 → 37.00. Q: 20 + 12 = 32.
        var p = result.Units[0];
        Assert.Equal("P", p.UnitCode);
        Assert.Equal(40.01m, p.MonthlyAverage);
        Assert.Equal(0m, p.BatchesScore);
        Assert.Equal(37.00m, p.Score);
        Assert.Equal(32m, result.Units[1].Score);
    }

    [Fact]
    public void TiesShareARankInTheGivenUnitOrder()
    {
        var months = new[] { Month(2026, 12, ("Y", 70m), ("Z", 70m), ("X", 50m)) };

        var result = AssessmentCalculator.Assess(2026, new AssessmentRules(100m, 0m, 0m), months, new Dictionary<string, decimal>(), ["X", "Z", "Y"]);

        Assert.Equal(["Z", "Y", "X"], result.Units.Select(u => u.UnitCode));
        Assert.Equal([1, 1, 3], result.Units.Select(u => u.Rank));
        Assert.Equal([70m, 70m, 50m], result.Units.Select(u => u.Score));
    }

    [Fact]
    public void NoClosedMonthGivesZeroesAndIsProvisional()
    {
        var batches = new Dictionary<string, decimal> { ["A"] = 1.5m, ["B"] = 3m };

        var result = AssessmentCalculator.Assess(2026, RankingDefaults.Assessment, [], batches, ["A", "B"]);

        // Only batches count: A 100 × 1.5 / 3 = 50 → 0.2 × 50 = 10; B 100 → 20.
        Assert.True(result.IsProvisional);
        Assert.Equal(["B", "A"], result.Units.Select(u => u.UnitCode));
        Assert.Equal([20m, 10m], result.Units.Select(u => u.Score));
        Assert.All(result.Units, u => Assert.Empty(u.MonthsCounted));
    }
}
