using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Features.Schemes;

namespace Tianzhong.Modules.Supervision.Features.Rankings;

/// <summary>
/// Reads the year-to-date lines a ranking counts. For the ranking itself the lines are grouped in the database by
/// unit, kind, leading industry or not, industrial or not and amount class, so the calculator sees a few hundred rows at any scale;
/// the records behind one unit's score are read only when someone asks for its explanation.
/// </summary>
public sealed class RankingLines(SupervisionDb db, ReportFigures figures)
{
    /// <summary>GB/T 4754 major groups of sections B–D ("06".."46"), as <see cref="IndustrialMajorGroups.IsIndustrial"/> reads them.</summary>
    private static readonly string[] IndustrialCodes =
        [.. Enumerable.Range(IndustrialMajorGroups.First, IndustrialMajorGroups.Last - IndustrialMajorGroups.First + 1).Select(g => g.ToString("D2", CultureInfo.InvariantCulture))];

    /// <summary>
    /// Grouped year-to-date lines per unit, from the submitted, approved and closed reports of months 1..M. A group
    /// holds the lines of one unit and kind that the ranking cannot tell apart: whether the direction is one of the
    /// unit's leading industries, whether the major group is industrial, and the amount classes (1亿, 10亿, the major
    /// threshold); so at most a few hundred rows leave the database whatever the scale.
    /// </summary>
    public async Task<Dictionary<string, List<ReportLine>>> GroupedAsync(ReportingPeriod period, RankingRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        const decimal hundredMillion = FigureTotals.HundredMillionWan;
        const decimal billion = FigureTotals.BillionWan;
        var majorThresholdWan = rules.MajorIndustrialThresholdWan;
        var majorThreshold = (double)majorThresholdWan;
        var leadingKeys = rules.LeadingDirections.SelectMany(u => u.Value.Select(d => u.Key + "|" + d)).ToList();
        var lines = from l in db.ReportLines
                    join r in StandingReports(period) on l.ReportId equals r.Id
                    select new { r.UnitCode, l.Kind, l.DirectionCode, l.MajorGroupCode, l.AmountWan, l.Share };

        // SQLite keeps decimals as text and compares them by calling back into .NET for every line; there the amount
        // classes are compared as doubles (exact for two-decimal amounts against these thresholds). PostgreSQL compares
        // numerics natively, faster than converting each to a double.
        var classified = db.Database.IsSqlite()
            ? lines.Select(x => new ClassifiedLine
            {
                UnitCode = x.UnitCode,
                Kind = x.Kind,
                Leading = x.DirectionCode != null && leadingKeys.Contains(x.UnitCode + "|" + x.DirectionCode),
                Industrial = x.MajorGroupCode != null && IndustrialCodes.Contains(x.MajorGroupCode),
                Hundred = (double)x.AmountWan >= (double)hundredMillion,
                Billion = (double)x.AmountWan >= (double)billion,
                Major = (double)x.AmountWan >= majorThreshold,
                AmountWan = x.AmountWan,
                Share = x.Share,
            })
            : lines.Select(x => new ClassifiedLine
            {
                UnitCode = x.UnitCode,
                Kind = x.Kind,
                Leading = x.DirectionCode != null && leadingKeys.Contains(x.UnitCode + "|" + x.DirectionCode),
                Industrial = x.MajorGroupCode != null && IndustrialCodes.Contains(x.MajorGroupCode),
                Hundred = x.AmountWan >= hundredMillion,
                Billion = x.AmountWan >= billion,
                Major = x.AmountWan >= majorThresholdWan,
                AmountWan = x.AmountWan,
                Share = x.Share,
            });
        var groups = await classified
            .GroupBy(x => new { x.UnitCode, x.Kind, x.Leading, x.Industrial, x.Hundred, x.Billion, x.Major })
            .Select(g => new { g.Key.UnitCode, g.Key.Kind, g.Key.Leading, g.Key.Industrial, g.Key.Hundred, g.Key.Billion, g.Key.Major, Amount = g.Sum(x => x.AmountWan), Share = g.Sum(x => x.Share) })
            .ToListAsync(cancellationToken);

        var result = new Dictionary<string, List<ReportLine>>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            // A stage group stands for its projects by an amount in the same class against every threshold: the largest threshold they reach.
            var representative = Math.Max(Math.Max(g.Hundred ? hundredMillion : 0, g.Billion ? billion : 0), g.Major ? majorThresholdWan : 0);
            var amount = g.Kind is FigureKind.FundsOutsideProvince or FigureKind.FundsOutsideCity ? g.Amount : representative;

            // ... and by a direction and major group that classify it as its lines do (RankingItems reads nothing else of them).
            var direction = g.Leading ? rules.LeadingDirections[g.UnitCode][0] : null;
            var majorGroup = g.Industrial ? IndustrialCodes[0] : null;
            Add(result, g.UnitCode, ReportLine.Create(g.Kind, Guid.Empty, Guid.Empty, string.Empty, period.LastDay, amount, g.Share, direction, majorGroup));
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

    /// <summary>A line with the facts the ranking tells lines apart by, as the database computes them.</summary>
    private sealed class ClassifiedLine
    {
        public string UnitCode { get; init; } = string.Empty;

        public FigureKind Kind { get; init; }

        public bool Leading { get; init; }

        public bool Industrial { get; init; }

        public bool Hundred { get; init; }

        public bool Billion { get; init; }

        public bool Major { get; init; }

        public decimal AmountWan { get; init; }

        public decimal Share { get; init; }
    }

    private static void Add(Dictionary<string, List<ReportLine>> lines, string unitCode, ReportLine line)
    {
        if (!lines.TryGetValue(unitCode, out var list))
        {
            lines[unitCode] = list = [];
        }

        list.Add(line);
    }
}
