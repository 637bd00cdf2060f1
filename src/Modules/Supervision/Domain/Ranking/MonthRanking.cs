namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>One unit's month as the ranking receives it.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Items">Its items for the month (see <see cref="RankingItems.From"/>), adjustments included.</param>
/// <param name="Targets">Its annual targets by indicator (万元 or counts); an indicator without one (or with 0) has no target.</param>
/// <param name="PreviousRank">Its rank in the previous closed month, if any.</param>
public sealed record UnitRankingInput(string UnitCode, IReadOnlyList<RankingItem> Items, IReadOnlyDictionary<RankingIndicator, decimal> Targets, int? PreviousRank);

/// <summary>
/// How one indicator scored for one unit, with everything needed to explain it:
/// <c>Points = round(Weight × Normalised, 2)</c>.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Weight">Its weight in the scheme (points out of 100).</param>
/// <param name="RawValue">Σ item quantities.</param>
/// <param name="WeightedValue">Σ quantity × (1 + leading bonus + major bonus) for project counts; the raw value otherwise.</param>
/// <param name="Target">The unit's target, if one was set.</param>
/// <param name="Completion">RawValue / Target when the target is above 0 (not capped).</param>
/// <param name="Status">Completion against the time-progress line.</param>
/// <param name="Method">The normalisation actually used (a target-completion scheme falls back to ratio-to-best without a target).</param>
/// <param name="ReferenceLow">MinMax: the lowest unit's weighted value.</param>
/// <param name="ReferenceHigh">RatioToBest and MinMax: the best unit's weighted value.</param>
/// <param name="Normalised">The 0–1 share of the weight earned.</param>
/// <param name="Points">Weight × Normalised, 2 decimals.</param>
/// <param name="Items">The records behind the value.</param>
public sealed record IndicatorScore(RankingIndicator Indicator, decimal Weight, decimal RawValue, decimal WeightedValue, decimal? Target, decimal? Completion, ProgressStatus Status, Normalisation Method, decimal? ReferenceLow, decimal? ReferenceHigh, decimal Normalised, decimal Points, IReadOnlyList<RankingItem> Items);

/// <summary>One unit's place in the month.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Score">Σ indicator points (out of 100, 2 decimals).</param>
/// <param name="Rank">Competition rank (1, 2, 2, 4).</param>
/// <param name="Change">Previous rank − rank: positive moved up; null without a previous rank.</param>
/// <param name="Status">The unit's overall colour from <paramref name="Completion"/>.</param>
/// <param name="Completion">The weight-averaged completion over the indicators with a target; null when none has one.</param>
/// <param name="Indicators">Per-indicator scores in scheme order.</param>
public sealed record UnitRanking(string UnitCode, decimal Score, int Rank, int? Change, ProgressStatus Status, decimal? Completion, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>A month's ranking: units in rank order (ties in the input's gazette order).</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month.</param>
/// <param name="TimeProgress">Month / 12 (时间进度), e.g. 0.8333… after October.</param>
/// <param name="Rules">The rules it was computed with.</param>
/// <param name="Units">The units in rank order.</param>
public sealed record MonthRanking(int Year, int Month, decimal TimeProgress, RankingRules Rules, IReadOnlyList<UnitRanking> Units);
