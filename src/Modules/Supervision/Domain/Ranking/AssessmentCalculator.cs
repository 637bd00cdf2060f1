namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>
/// The year-end assessment (年终考评, plan A part 1(1) and part 7(3)) combined from the closed months' rankings and the
/// quarterly 三个一批 batches: <c>Score = YearEnd × w1 + MonthlyAverage × w2 + Batches × w3</c> (weights out of 100).
/// </summary>
public static class AssessmentCalculator
{
    /// <summary>
    /// Assesses the units of <paramref name="unitOrder"/> (gazette order, which also breaks ties) for
    /// <paramref name="year"/>. Only the closed months of that year count; a unit missing from the batch counts has 0.
    /// </summary>
    public static AnnualAssessment Assess(int year, AssessmentRules rules, IReadOnlyList<MonthRanking> closedMonths, IReadOnlyDictionary<string, decimal> batchCounts, IReadOnlyList<string> unitOrder)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(closedMonths);
        ArgumentNullException.ThrowIfNull(batchCounts);
        ArgumentNullException.ThrowIfNull(unitOrder);
        if (unitOrder.Distinct(StringComparer.Ordinal).Count() != unitOrder.Count)
        {
            throw new ArgumentException("A unit appears twice.", nameof(unitOrder));
        }

        var months = closedMonths.Where(m => m.Year == year).OrderBy(m => m.Month).ToList();
        var latest = months.Count == 0 ? null : months[^1];
        var counts = unitOrder.Select(u => Math.Max(batchCounts.TryGetValue(u, out var c) ? c : 0m, 0m)).ToList();
        var best = counts.Count == 0 ? 0m : counts.Max();

        var rows = unitOrder.Select((unit, i) =>
        {
            var scored = months
                .Select(m => (m.Month, Unit: m.Units.FirstOrDefault(u => string.Equals(u.UnitCode, unit, StringComparison.Ordinal))))
                .Where(x => x.Unit is not null)
                .ToList();
            var yearEnd = latest?.Units.FirstOrDefault(u => string.Equals(u.UnitCode, unit, StringComparison.Ordinal))?.Score ?? 0m;
            var average = scored.Count == 0 ? 0m : Round(scored.Sum(x => x.Unit!.Score) / scored.Count);
            var batches = best <= 0m ? 0m : Round(100m * counts[i] / best);

            // The score is computed from the components as shown (each already rounded), so the explanation on
            // screen adds up to the displayed score.
            var score = Round((rules.YearEndWeight * yearEnd / 100m) + (rules.MonthlyAverageWeight * average / 100m) + (rules.BatchesWeight * batches / 100m));
            return (Unit: unit, YearEnd: yearEnd, Average: average, Batches: batches, Count: counts[i], Score: score, Months: (IReadOnlyList<int>)scored.Select(x => x.Month).ToList());
        }).ToList();

        var units = CompetitionRanks.Of(rows.Select(r => r.Score).ToList())
            .Select(r =>
            {
                var row = rows[r.Index];
                return new UnitAssessment(row.Unit, row.YearEnd, row.Average, row.Batches, row.Count, row.Score, r.Rank, row.Months);
            })
            .ToList();

        return new AnnualAssessment(year, rules, IsProvisional: months.All(m => m.Month != 12), units);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
