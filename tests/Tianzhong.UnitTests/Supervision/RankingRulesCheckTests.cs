using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>The checks a scheme, an assessment rule and a target pass before they are saved; and the defaults.</summary>
public sealed class RankingRulesCheckTests
{
    private static readonly RankingRules Defaults = RankingDefaults.Rules(new Dictionary<string, IReadOnlyList<string>>());

    private static RankingRules WithWeights(params decimal[] weights) =>
        Defaults with { Weights = [.. weights.Select((w, i) => new IndicatorWeight(Indicators.All[i], w))] };

    [Fact]
    public void TheDefaultsPass()
    {
        Assert.Empty(RankingRulesCheck.Problems(Defaults));
        Assert.Empty(RankingRulesCheck.Problems(RankingDefaults.Assessment));
    }

    [Fact]
    public void DefaultWeightsAddUpToHundredOverEveryIndicatorOnce()
    {
        Assert.Equal(100m, RankingDefaults.Weights.Sum(w => w.Weight));
        Assert.Equal(Indicators.All, RankingDefaults.Weights.Select(w => w.Indicator));
        Assert.Equal([30m, 20m, 15m, 10m, 10m, 10m, 5m], RankingDefaults.Weights.Select(w => w.Weight));
    }

    [Fact]
    public void DefaultSettings()
    {
        var leading = new Dictionary<string, IReadOnlyList<string>> { ["411722"] = ["apparel-footwear"] };
        var rules = RankingDefaults.Rules(leading);

        Assert.Equal(Normalisation.TargetCompletion, rules.Normalisation);
        Assert.Equal(1.2m, rules.CompletionCap);
        Assert.Equal(0.5m, rules.LeadingIndustryBonus);
        Assert.Equal(0.5m, rules.MajorIndustrialBonus);
        Assert.Equal(100_000m, rules.MajorIndustrialThresholdWan);
        Assert.Equal(10m, rules.YellowMarginPoints);
        Assert.Same(leading, rules.LeadingDirections);
        Assert.Equal(new AssessmentRules(50m, 30m, 20m), RankingDefaults.Assessment);
        Assert.Equal(BatchCadence.Quarterly, RankingDefaults.Cadence);
    }

    [Fact]
    public void WeightsMustAddUpToExactlyHundred()
    {
        Assert.Equal([("weights", RuleProblem.WeightsNotHundred)], RankingRulesCheck.Problems(WithWeights(30m, 20m, 15m, 10m, 10m, 10m, 4.99m)));
        Assert.Equal([("weights", RuleProblem.WeightsNotHundred)], RankingRulesCheck.Problems(Defaults with { Weights = [] }));
        Assert.Empty(RankingRulesCheck.Problems(WithWeights(100m)));
        Assert.Empty(RankingRulesCheck.Problems(WithWeights(0m, 33.33m, 33.33m, 33.34m)));
    }

    [Fact]
    public void AWeightOutsideZeroToHundredIsNamed()
    {
        // 110 and −10 add up to 100, so only the two rows are named.
        Assert.Equal([("weights[0]", RuleProblem.WeightOutOfRange), ("weights[1]", RuleProblem.WeightOutOfRange)], RankingRulesCheck.Problems(WithWeights(110m, -10m)));
        Assert.Equal([("weights[0]", RuleProblem.WeightOutOfRange), ("weights", RuleProblem.WeightsNotHundred)], RankingRulesCheck.Problems(WithWeights(100.01m)));
    }

    [Fact]
    public void AnIndicatorMayAppearOnce()
    {
        var rules = Defaults with { Weights = [new(RankingIndicator.Trips, 50m), new(RankingIndicator.Trips, 50m)] };

        Assert.Equal([("weights[1]", RuleProblem.DuplicateIndicator)], RankingRulesCheck.Problems(rules));
    }

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(3.0, true)]
    [InlineData(0.99, false)]
    [InlineData(3.01, false)]
    public void CapIsBetweenOneAndThree(double cap, bool ok)
    {
        var problems = RankingRulesCheck.Problems(Defaults with { CompletionCap = (decimal)cap });

        Assert.Equal(ok ? [] : [("completionCap", RuleProblem.CapOutOfRange)], problems);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(5.0, true)]
    [InlineData(-0.01, false)]
    [InlineData(5.01, false)]
    public void BonusesAreBetweenZeroAndFive(double bonus, bool ok)
    {
        Assert.Equal(ok ? [] : [("leadingIndustryBonus", RuleProblem.BonusOutOfRange)], RankingRulesCheck.Problems(Defaults with { LeadingIndustryBonus = (decimal)bonus }));
        Assert.Equal(ok ? [] : [("majorIndustrialBonus", RuleProblem.BonusOutOfRange)], RankingRulesCheck.Problems(Defaults with { MajorIndustrialBonus = (decimal)bonus }));
    }

    [Fact]
    public void ThresholdMustBePositive()
    {
        Assert.Equal([("majorIndustrialThresholdWan", RuleProblem.ThresholdNotPositive)], RankingRulesCheck.Problems(Defaults with { MajorIndustrialThresholdWan = 0m }));
        Assert.Empty(RankingRulesCheck.Problems(Defaults with { MajorIndustrialThresholdWan = 0.01m }));
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(100.0, true)]
    [InlineData(-1.0, false)]
    [InlineData(100.5, false)]
    public void MarginIsBetweenZeroAndHundredPoints(double margin, bool ok)
    {
        Assert.Equal(ok ? [] : [("yellowMarginPoints", RuleProblem.MarginOutOfRange)], RankingRulesCheck.Problems(Defaults with { YellowMarginPoints = (decimal)margin }));
    }

    [Fact]
    public void AssessmentWeightsAreNotNegativeAndAddUpToHundred()
    {
        Assert.Equal([("yearEndWeight", RuleProblem.WeightOutOfRange)], RankingRulesCheck.Problems(new AssessmentRules(-10m, 60m, 50m)));
        Assert.Equal([("batchesWeight", RuleProblem.WeightOutOfRange)], RankingRulesCheck.Problems(new AssessmentRules(60m, 50m, -10m)));
        Assert.Equal([("assessment", RuleProblem.WeightsNotHundred)], RankingRulesCheck.Problems(new AssessmentRules(50m, 30m, 10m)));
        Assert.Equal(
            [("monthlyAverageWeight", RuleProblem.WeightOutOfRange), ("assessment", RuleProblem.WeightsNotHundred)],
            RankingRulesCheck.Problems(new AssessmentRules(50m, -30m, 20m)));
        Assert.Empty(RankingRulesCheck.Problems(new AssessmentRules(100m, 0m, 0m)));
    }

    [Theory]
    [InlineData(-0.01, RuleProblem.TargetNegative)]
    [InlineData(0.0, null)]
    [InlineData(386400.0, null)]
    [InlineData(100000000.0, null)]
    [InlineData(100000000.01, RuleProblem.TargetAbsurd)]
    public void TargetsAreNotNegativeNorAboveOneTrillionYuan(double value, RuleProblem? expected)
    {
        Assert.Equal(expected, RankingRulesCheck.TargetProblem((decimal)value));
    }
}
