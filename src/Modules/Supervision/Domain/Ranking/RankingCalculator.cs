namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>
/// The monthly county ranking (月通报排名: plan A part 7(3) 每月通报一次各县区招商引资工作情况; part 1(1) records the
/// practice). Each indicator of the scheme earns <c>Weight × Normalised</c> points; project counts weigh leading-industry and major industrial projects
/// more; the score is the sum; ranks are competition ranks with ties in gazette order.
/// </summary>
public static class RankingCalculator
{
    /// <summary>Ranks <paramref name="units"/> (given in gazette order) for <paramref name="period"/> under <paramref name="rules"/>.</summary>
    public static MonthRanking Rank(RankingRules rules, ReportingPeriod period, IReadOnlyList<UnitRankingInput> units)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(units);
        if (rules.CompletionCap <= 0m)
        {
            throw new ArgumentException("The completion cap must be positive.", nameof(rules));
        }

        if (units.Select(u => u.UnitCode).Distinct(StringComparer.Ordinal).Count() != units.Count)
        {
            throw new ArgumentException("A unit appears twice.", nameof(units));
        }

        var timeProgress = period.TimeProgress;
        var scores = units.Select(_ => new List<IndicatorScore>(rules.Weights.Count)).ToArray();
        foreach (var weight in rules.Weights)
        {
            var measures = units.Select(u => Measure(u, weight.Indicator, rules)).ToList();
            var lowest = measures.Count == 0 ? 0m : measures.Min(m => m.Weighted);
            var highest = measures.Count == 0 ? 0m : measures.Max(m => m.Weighted);
            for (var i = 0; i < units.Count; i++)
            {
                var m = measures[i];
                var positiveTarget = m.Target is > 0m ? m.Target : null;
                var completion = positiveTarget is { } t ? m.Raw / t : (decimal?)null;
                var (method, low, high, share) = Normaliser.Apply(rules.Normalisation, m.Weighted, positiveTarget, rules.CompletionCap, lowest, highest);
                var points = Math.Round(weight.Weight * share, 2, MidpointRounding.AwayFromZero);
                scores[i].Add(new IndicatorScore(
                    weight.Indicator, weight.Weight, m.Raw, m.Weighted, m.Target, completion,
                    ProgressLine.Status(completion, timeProgress, rules.YellowMarginPoints),
                    method, low, high, share, points, m.Items));
            }
        }

        var totals = scores.Select(s => Math.Round(s.Sum(x => x.Points), 2, MidpointRounding.AwayFromZero)).ToList();
        var ranked = CompetitionRanks.Of(totals).Select(r =>
        {
            var unit = units[r.Index];
            var completion = UnitCompletion(scores[r.Index]);
            return new UnitRanking(
                unit.UnitCode, totals[r.Index], r.Rank, unit.PreviousRank - r.Rank,
                ProgressLine.Status(completion, timeProgress, rules.YellowMarginPoints), completion, scores[r.Index]);
        }).ToList();

        return new MonthRanking(period.Year, period.Month, timeProgress, rules, ranked);
    }

    /// <summary>
    /// The scheme-weighted average of the indicators' completions, over the indicators with a target only (an
    /// indicator without a target neither helps nor hurts). Completions are not capped here: the colour reports
    /// progress against the year's targets, not points. Null when no weighted indicator has a target.
    /// </summary>
    private static decimal? UnitCompletion(IReadOnlyList<IndicatorScore> scores)
    {
        var withTarget = scores.Where(s => s.Completion is not null).ToList();
        var weights = withTarget.Sum(s => s.Weight);
        return weights <= 0m ? null : withTarget.Sum(s => s.Weight * s.Completion!.Value) / weights;
    }

    private static Measured Measure(UnitRankingInput unit, RankingIndicator indicator, RankingRules rules)
    {
        var items = unit.Items.Where(i => i.Indicator == indicator).ToList();
        var raw = items.Sum(i => i.Quantity);

        // Plan A part 7(3): 加大对主导产业项目、重大工业项目考核权重激励. A project counts 1 + bonus(es): with the default 0.5
        // each, a leading-industry project counts 1.5 and one that is also major industrial counts 2. Money is not
        // re-weighted (the funds indicators measure money in place, not projects).
        var weighted = indicator.CountsProjects()
            ? items.Sum(i => i.Quantity * (1m + (i.IsLeadingIndustry ? rules.LeadingIndustryBonus : 0m) + (i.IsMajorIndustrial ? rules.MajorIndustrialBonus : 0m)))
            : raw;
        var target = unit.Targets.TryGetValue(indicator, out var value) ? value : (decimal?)null;
        return new Measured(raw, weighted, target, items);
    }

    private sealed record Measured(decimal Raw, decimal Weighted, decimal? Target, IReadOnlyList<RankingItem> Items);
}
