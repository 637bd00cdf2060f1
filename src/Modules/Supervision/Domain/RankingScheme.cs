namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>One indicator's weight in the monthly ranking, in points out of 100.</summary>
public sealed record IndicatorWeight(RankingIndicator Indicator, decimal Weight);

/// <summary>
/// How the month's ranking is scored (plan A part 7(3): weights favour leading-industry and major industrial projects).
/// </summary>
/// <param name="Weights">Points per indicator; they add up to 100.</param>
/// <param name="Normalisation">How a value becomes a share of its weight.</param>
/// <param name="CompletionCap">Under <see cref="Normalisation.TargetCompletion"/>, completion counts up to this (1.2 = 120%).</param>
/// <param name="LeadingIndustryBonus">Extra count for a project in one of the unit's leading industries (0.5: it counts 1.5).</param>
/// <param name="MajorIndustrialBonus">Extra count for a major industrial project.</param>
/// <param name="MajorIndustrialThresholdWan">Contract investment from which an industrial project (GB/T 4754 sections B–D) is major, in 万元.</param>
/// <param name="YellowMarginPoints">Completion this many percentage points below time progress is yellow; further below is red.</param>
/// <param name="LeadingDirections">Each unit's leading industries as industry-direction codes.</param>
public sealed record RankingRules(
    IReadOnlyList<IndicatorWeight> Weights,
    Normalisation Normalisation,
    decimal CompletionCap,
    decimal LeadingIndustryBonus,
    decimal MajorIndustrialBonus,
    decimal MajorIndustrialThresholdWan,
    decimal YellowMarginPoints,
    IReadOnlyDictionary<string, IReadOnlyList<string>> LeadingDirections);

/// <summary>How the year-end assessment (年终考评) combines the year, in points out of 100.</summary>
/// <param name="YearEndWeight">Weight of the December (full-year) ranking score.</param>
/// <param name="MonthlyAverageWeight">Weight of the average of the closed months' ranking scores.</param>
/// <param name="BatchesWeight">Weight of the 三个一批 score: projects signed, started and put into production in the year's batches, relative to the best unit.</param>
public sealed record AssessmentRules(decimal YearEndWeight, decimal MonthlyAverageWeight, decimal BatchesWeight);

/// <summary>The city's supervision settings for one year: ranking rules, assessment rule and batch cadence.</summary>
public sealed class RankingScheme
{
    private RankingScheme()
    {
    }

    public int Year { get; private set; }

    public RankingRules Rules { get; private set; } = default!;

    public AssessmentRules Assessment { get; private set; } = default!;

    public BatchCadence Cadence { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTime UpdatedUtc { get; private set; }

    public int Version { get; private set; }

    public static RankingScheme Create(int year, RankingRules rules, AssessmentRules assessment, BatchCadence cadence, string by, DateTime nowUtc) => new()
    {
        Year = year,
        Rules = rules,
        Assessment = assessment,
        Cadence = cadence,
        UpdatedBy = by,
        UpdatedUtc = nowUtc,
    };

    public void Change(RankingRules rules, AssessmentRules assessment, BatchCadence cadence, string by, DateTime nowUtc)
    {
        Rules = rules;
        Assessment = assessment;
        Cadence = cadence;
        UpdatedBy = by;
        UpdatedUtc = nowUtc;
        Version++;
    }
}
