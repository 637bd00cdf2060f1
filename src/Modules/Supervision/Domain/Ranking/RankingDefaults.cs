namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>
/// The scheme a new year starts from. Plan A part 7(3) asks for monthly ranking and heavier weight for leading-industry
/// and major industrial projects; part 1(3) sets the money targets (省外/市外资金) and the count of 10亿元 projects,
/// so money carries half the points and the project counts most of the rest.
/// </summary>
public static class RankingDefaults
{
    /// <summary>三个一批 and centralised signing each quarter (plan A part 7(3): 每季度开展“三个一批”活动).</summary>
    public const BatchCadence Cadence = BatchCadence.Quarterly;

    /// <summary>A major industrial project: contract investment of 10亿元 or more (in 万元).</summary>
    public const decimal MajorIndustrialThresholdWan = 100_000m;

    /// <summary>The default weights, together 100.</summary>
    public static IReadOnlyList<IndicatorWeight> Weights { get; } =
    [
        new(RankingIndicator.FundsOutsideProvince, 30m),
        new(RankingIndicator.FundsOutsideCity, 20m),
        new(RankingIndicator.SignedOverHundredMillion, 15m),
        new(RankingIndicator.SignedOverBillion, 10m),
        new(RankingIndicator.Started, 10m),
        new(RankingIndicator.InProduction, 10m),
        new(RankingIndicator.Trips, 5m),
    ];

    /// <summary>Year-end 50, monthly average 30, 三个一批 batches 20.</summary>
    public static AssessmentRules Assessment { get; } = new(50m, 30m, 20m);

    /// <summary>
    /// Target completion capped at 120%; a leading-industry or major industrial project counts half as much again
    /// (0.5 each, so one that is both counts 2); yellow down to 10 points below time progress.
    /// </summary>
    public static RankingRules Rules(IReadOnlyDictionary<string, IReadOnlyList<string>> leadingDirections)
    {
        ArgumentNullException.ThrowIfNull(leadingDirections);
        return new RankingRules(Weights, Normalisation.TargetCompletion, 1.2m, 0.5m, 0.5m, MajorIndustrialThresholdWan, 10m, leadingDirections);
    }
}
