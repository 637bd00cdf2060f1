using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Reports;

namespace Tianzhong.Modules.Supervision.Features.Rankings;

/// <summary>
/// Reads the year-to-date lines a ranking counts. For the ranking itself the lines are grouped in the database by
/// unit, kind, direction, major group and amount class, so the calculator sees a few hundred rows at province scale;
/// the records behind one unit's score are read only when someone asks for its explanation.
/// </summary>
public sealed class RankingLines(SupervisionDb db, ReportFigures figures)
{
    /// <summary>Grouped year-to-date lines per unit, from the submitted, approved and closed reports of months 1..M.</summary>
    public async Task<Dictionary<string, List<ReportLine>>> GroupedAsync(ReportingPeriod period, decimal majorThresholdWan, CancellationToken cancellationToken)
    {
        const decimal hundredMillion = FigureTotals.HundredMillionWan;
        const decimal billion = FigureTotals.BillionWan;
        var groups = await (from l in db.ReportLines
                            join r in StandingReports(period) on l.ReportId equals r.Id
                            group l by new
                            {
                                r.UnitCode,
                                l.Kind,
                                l.DirectionCode,
                                l.MajorGroupCode,
                                Hundred = l.AmountWan >= hundredMillion,
                                Billion = l.AmountWan >= billion,
                                Major = l.AmountWan >= majorThresholdWan,
                            } into g
                            select new { g.Key.UnitCode, g.Key.Kind, g.Key.DirectionCode, g.Key.MajorGroupCode, g.Key.Hundred, g.Key.Billion, g.Key.Major, Amount = g.Sum(x => x.AmountWan), Share = g.Sum(x => x.Share) })
            .ToListAsync(cancellationToken);

        var result = new Dictionary<string, List<ReportLine>>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            // A stage group stands for its projects by an amount in the same class against every threshold: the largest threshold they reach.
            var representative = Math.Max(Math.Max(g.Hundred ? hundredMillion : 0, g.Billion ? billion : 0), g.Major ? majorThresholdWan : 0);
            var amount = g.Kind is FigureKind.FundsOutsideProvince or FigureKind.FundsOutsideCity ? g.Amount : representative;
            Add(result, g.UnitCode, ReportLine.Create(g.Kind, Guid.Empty, Guid.Empty, string.Empty, period.LastDay, amount, g.Share, g.DirectionCode, g.MajorGroupCode));
        }

        return result;
    }

    /// <summary>Every year-to-date line of one unit's standing reports, records and adjustments alike.</summary>
    public async Task<List<ReportLine>> OfUnitAsync(string unitCode, ReportingPeriod period, CancellationToken cancellationToken) =>
        await (from l in db.ReportLines.AsNoTracking()
               join r in StandingReports(period).Where(r => r.UnitCode == unitCode) on l.ReportId equals r.Id
               orderby l.Kind, l.OccurredOn
               select l).ToListAsync(cancellationToken);

    /// <summary>
    /// For a provisional ranking: the lines of the months 1..M that a unit has not submitted yet, computed from the
    /// records now (corrections of closed months are booked only when the unit submits).
    /// </summary>
    public async Task<Dictionary<string, List<ReportLine>>> UnsubmittedAsync(ReportingPeriod period, IReadOnlyList<string> unitCodes, CancellationToken cancellationToken)
    {
        var submitted = await StandingReports(period).Select(r => new { r.UnitCode, r.Month }).ToListAsync(cancellationToken);
        var result = new Dictionary<string, List<ReportLine>>(StringComparer.Ordinal);
        foreach (var unit in unitCodes)
        {
            var missing = Enumerable.Range(1, period.Month).Where(m => !submitted.Any(s => s.UnitCode == unit && s.Month == m)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var byMonth = await figures.LinesByMonthAsync(unit, new ReportingPeriod(period.Year, missing[0]).FirstDay, period.LastDay, cancellationToken);
            foreach (var line in missing.SelectMany(m => byMonth.GetValueOrDefault(new ReportingPeriod(period.Year, m).Key) ?? []))
            {
                Add(result, unit, line);
            }
        }

        return result;
    }

    private IQueryable<MonthlyReport> StandingReports(ReportingPeriod period) =>
        db.Reports.Where(r => r.Year == period.Year && r.Month <= period.Month && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved));

    private static void Add(Dictionary<string, List<ReportLine>> lines, string unitCode, ReportLine line)
    {
        if (!lines.TryGetValue(unitCode, out var list))
        {
            lines[unitCode] = list = [];
        }

        list.Add(line);
    }
}
