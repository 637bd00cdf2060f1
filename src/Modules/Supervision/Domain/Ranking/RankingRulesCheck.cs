namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>Why a ranking scheme, assessment rule or target is refused (each has its message in the resources).</summary>
public enum RuleProblem
{
    WeightsNotHundred,
    WeightOutOfRange,
    DuplicateIndicator,
    CapOutOfRange,
    BonusOutOfRange,
    ThresholdNotPositive,
    MarginOutOfRange,
    TargetNegative,
    TargetAbsurd,
}

/// <summary>
/// Checks the city's settings before they are saved. Each problem names the field it belongs to (camelCase as the API
/// binds it; a weight row as <c>weights[i]</c>), so the handler can turn them into a 400 with field errors.
/// </summary>
public static class RankingRulesCheck
{
    public const decimal MinCap = 1m;
    public const decimal MaxCap = 3m;
    public const decimal MaxBonus = 5m;

    /// <summary>1万亿元 in 万元: no unit's annual target comes near it, so a larger value is a typing error.</summary>
    public const decimal AbsurdTarget = 100_000_000m;

    /// <summary>The problems of <paramref name="rules"/>; empty when they can be saved.</summary>
    public static IReadOnlyList<(string Field, RuleProblem Problem)> Problems(RankingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<(string, RuleProblem)>();
        var seen = new HashSet<RankingIndicator>();
        for (var i = 0; i < rules.Weights.Count; i++)
        {
            var row = rules.Weights[i];
            if (row.Weight is < 0m or > 100m)
            {
                problems.Add(($"weights[{i}]", RuleProblem.WeightOutOfRange));
            }

            if (!seen.Add(row.Indicator))
            {
                problems.Add(($"weights[{i}]", RuleProblem.DuplicateIndicator));
            }
        }

        // Exactly 100: the score reads as points out of 100 (and a month's scores stay comparable across schemes).
        if (rules.Weights.Sum(w => w.Weight) != 100m)
        {
            problems.Add(("weights", RuleProblem.WeightsNotHundred));
        }

        if (rules.CompletionCap is < MinCap or > MaxCap)
        {
            problems.Add(("completionCap", RuleProblem.CapOutOfRange));
        }

        if (rules.LeadingIndustryBonus is < 0m or > MaxBonus)
        {
            problems.Add(("leadingIndustryBonus", RuleProblem.BonusOutOfRange));
        }

        if (rules.MajorIndustrialBonus is < 0m or > MaxBonus)
        {
            problems.Add(("majorIndustrialBonus", RuleProblem.BonusOutOfRange));
        }

        if (rules.MajorIndustrialThresholdWan <= 0m)
        {
            problems.Add(("majorIndustrialThresholdWan", RuleProblem.ThresholdNotPositive));
        }

        if (rules.YellowMarginPoints is < 0m or > 100m)
        {
            problems.Add(("yellowMarginPoints", RuleProblem.MarginOutOfRange));
        }

        return problems;
    }

    /// <summary>The problems of the year-end rule: each weight at least 0, together exactly 100.</summary>
    public static IReadOnlyList<(string Field, RuleProblem Problem)> Problems(AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<(string, RuleProblem)>();
        if (rules.YearEndWeight < 0m)
        {
            problems.Add(("yearEndWeight", RuleProblem.WeightOutOfRange));
        }

        if (rules.MonthlyAverageWeight < 0m)
        {
            problems.Add(("monthlyAverageWeight", RuleProblem.WeightOutOfRange));
        }

        if (rules.BatchesWeight < 0m)
        {
            problems.Add(("batchesWeight", RuleProblem.WeightOutOfRange));
        }

        if (rules.YearEndWeight + rules.MonthlyAverageWeight + rules.BatchesWeight != 100m)
        {
            problems.Add(("assessment", RuleProblem.WeightsNotHundred));
        }

        return problems;
    }

    /// <summary>Why a target value is refused, or null: below 0, or above 1万亿元 (in 万元; absurd for a count too).</summary>
    public static RuleProblem? TargetProblem(decimal value) => value switch
    {
        < 0m => RuleProblem.TargetNegative,
        > AbsurdTarget => RuleProblem.TargetAbsurd,
        _ => null,
    };
}
