using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Trips;

namespace Tianzhong.Modules.Supervision.Features.Reports;

/// <summary>
/// Computes a unit-month's figure lines from the project library and the trips, and the adjustment lines that bring
/// every earlier closed month up to date. Runs in the caller's scope: a county computes only its own unit.
/// </summary>
public sealed class ReportFigures(SupervisionDb db, IInvestmentFigures investment, TripFigures trips)
{
    /// <summary>How far back corrections of closed months are still booked (this year and the last).</summary>
    private const int AdjustableYears = 2;

    /// <summary>The lines of the month itself, as the records say now.</summary>
    public async Task<IReadOnlyList<ReportLine>> OwnLinesAsync(string unitCode, ReportingPeriod period, CancellationToken cancellationToken) =>
        (await LinesByMonthAsync(unitCode, period.FirstDay, period.LastDay, cancellationToken)).GetValueOrDefault(period.Key) ?? [];

    /// <summary>
    /// The corrections of this unit's closed months before <paramref name="period"/>: what each month's records say now,
    /// less what its frozen report and the adjustments already booked for it said. <paramref name="excludeReportId"/> is
    /// the report being submitted, whose own earlier lines are being replaced.
    /// </summary>
    public async Task<IReadOnlyList<ReportLine>> AdjustmentLinesAsync(string unitCode, ReportingPeriod period, Guid? excludeReportId, CancellationToken cancellationToken)
    {
        var earliest = new ReportingPeriod(period.Year - AdjustableYears + 1, 1);
        var closedKeys = await db.Reports.AsNoTracking()
            .Where(r => r.UnitCode == unitCode && r.IsClosed && (r.Year * 100) + r.Month >= earliest.Key && (r.Year * 100) + r.Month < period.Key)
            .Select(r => new { r.Id, r.Year, r.Month })
            .ToListAsync(cancellationToken);
        if (closedKeys.Count == 0)
        {
            return [];
        }

        // Booked so far: each closed report's own lines, and every adjustment of it in reports that stand (not drafts or returned ones).
        var closedIds = closedKeys.Select(r => r.Id).ToList();
        var ownBooked = await db.ReportLines.AsNoTracking().Where(l => closedIds.Contains(l.ReportId) && !l.IsAdjustment).ToListAsync(cancellationToken);
        var standingIds = db.Reports.Where(r => r.UnitCode == unitCode && r.Id != excludeReportId && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved)).Select(r => r.Id);
        var adjustmentsBooked = await db.ReportLines.AsNoTracking().Where(l => l.IsAdjustment && standingIds.Contains(l.ReportId)).ToListAsync(cancellationToken);
        var reportPeriod = closedKeys.ToDictionary(r => r.Id, r => new ReportingPeriod(r.Year, r.Month));

        var first = closedKeys.Min(r => new ReportingPeriod(r.Year, r.Month));
        var last = closedKeys.Max(r => new ReportingPeriod(r.Year, r.Month));
        var now = await LinesByMonthAsync(unitCode, first.FirstDay, last.LastDay, cancellationToken);

        var result = new List<ReportLine>();
        foreach (var source in closedKeys.Select(r => new ReportingPeriod(r.Year, r.Month)).Order())
        {
            var booked = ownBooked.Where(l => reportPeriod[l.ReportId] == source)
                .Concat(adjustmentsBooked.Where(l => l.SourceYear == source.Year && l.SourceMonth == source.Month));
            result.AddRange(AdjustmentRules.Diff(source, booked, now.GetValueOrDefault(source.Key) ?? []));
        }

        return result;
    }

    /// <summary>The unit's lines from the records now, keyed by month (<see cref="ReportingPeriod.Key"/>).</summary>
    internal async Task<Dictionary<int, List<ReportLine>>> LinesByMonthAsync(string unitCode, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<int, List<ReportLine>>();
        void Add(DateOnly on, ReportLine line)
        {
            var key = ReportingPeriod.Of(on).Key;
            if (!lines.TryGetValue(key, out var list))
            {
                lines[key] = list = [];
            }

            list.Add(line);
        }

        foreach (var record in await investment.ListAsync(firstDay, lastDay, unitCode, cancellationToken))
        {
            Add(record.OccurredOn, ReportLine.Create(KindOf(record.Source), record.Reference, record.ProjectId, record.ProjectName, record.OccurredOn, record.AmountWan, record.Share, record.DirectionCode, record.MajorGroupCode));
        }

        foreach (var line in await trips.LinesAsync(firstDay, lastDay, unitCode, cancellationToken))
        {
            Add(line.OccurredOn, line);
        }

        return lines;
    }

    private static FigureKind KindOf(FigureSource source) => source switch
    {
        FigureSource.FundsOutsideProvince => FigureKind.FundsOutsideProvince,
        FigureSource.FundsOutsideCity => FigureKind.FundsOutsideCity,
        FigureSource.Signed => FigureKind.Signed,
        FigureSource.Started => FigureKind.Started,
        FigureSource.InProduction => FigureKind.InProduction,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
