using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Reports;

/// <summary>Reads monthly reports. A county sees its own unit's report only; another unit's is a 403 (audited).</summary>
public sealed class ReportQueries(SupervisionDb db, ReportFigures figures, ICurrentUser currentUser, IUnitDirectory units, IStringLocalizer<SupervisionText> text)
{
    public async Task<ReportView> GetAsync(string unitCode, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var unit = await CheckedUnitAsync(unitCode, cancellationToken);
        var report = await db.Reports.AsNoTracking().AsSplitQuery().Include(r => r.Lines).Include(r => r.Events)
            .SingleOrDefaultAsync(r => r.UnitCode == unit.Code && r.Year == period.Year && r.Month == period.Month, cancellationToken);
        var frozen = report is { Status: ReportStatus.Submitted or ReportStatus.Approved };
        IReadOnlyList<ReportLine> lines = frozen
            ? [.. report!.Lines.OrderBy(l => l.IsAdjustment).ThenBy(l => l.Kind).ThenBy(l => l.OccurredOn)]
            : [.. await figures.OwnLinesAsync(unit.Code, period, cancellationToken), .. await figures.AdjustmentLinesAsync(unit.Code, period, report?.Id, cancellationToken)];
        return new ReportView(
            report?.Id, unit.Code, unit.Name, period.Year, period.Month, report?.Status ?? ReportStatus.Draft, report?.IsClosed ?? false, !frozen,
            report?.Narrative ?? string.Empty, report?.SubmittedBy, report?.SubmittedUtc, report?.DecidedBy, report?.DecidedUtc, report?.Opinion, report?.Version ?? 0,
            FigureTotals.Of(lines.Where(l => !l.IsAdjustment)), FigureTotals.Of(lines.Where(l => l.IsAdjustment)),
            [.. lines.Select(ReportLineView.Of)],
            [.. (report?.Events ?? []).OrderBy(e => e.AtUtc).Select(e => new ReportEventView(e.Action, e.By, e.AtUtc, e.Opinion))]);
    }

    /// <summary>Every unit's report status for the month (a county sees its own row only).</summary>
    public async Task<MonthOverview> MonthAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var closed = await db.ClosedMonths.AsNoTracking().SingleOrDefaultAsync(c => c.Year == period.Year && c.Month == period.Month, cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.Year == period.Year && r.Month == period.Month)
            .Select(r => new { r.Id, r.UnitCode, r.Status, r.SubmittedUtc, r.Version })
            .ToListAsync(cancellationToken);
        var submittedIds = reports.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Approved).Select(r => r.Id).ToList();
        var lines = await db.ReportLines.AsNoTracking().Where(l => submittedIds.Contains(l.ReportId)).ToListAsync(cancellationToken);
        var linesByReport = lines.ToLookup(l => l.ReportId);
        var all = await units.ListUnitsAsync(cancellationToken);
        var visible = all.Where(u => currentUser.SeesUnit(u.Code)).ToList();
        var rows = visible.Select(u =>
        {
            var r = reports.SingleOrDefault(x => x.UnitCode == u.Code);
            return new MonthUnitStatus(u.Code, u.Name, r?.Status, r?.SubmittedUtc, r?.Version ?? 0,
                r is not null && submittedIds.Contains(r.Id) ? FigureTotals.Of(linesByReport[r.Id]) : null);
        }).ToList();
        var canClose = closed is null && currentUser.SeesAllUnits()
            && all.All(u => reports.Any(r => r.UnitCode == u.Code && r.Status == ReportStatus.Approved))
            && !await EarlierOpenMonthExistsAsync(period, cancellationToken);
        return new MonthOverview(period.Year, period.Month, closed is not null, closed?.ClosedBy, closed?.ClosedUtc, canClose, rows);
    }

    /// <summary>True when an earlier month of the year has reports but is not closed (months close in order).</summary>
    internal Task<bool> EarlierOpenMonthExistsAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        db.Reports.AnyAsync(r => r.Year == period.Year && r.Month < period.Month && !r.IsClosed, cancellationToken);

    internal async Task<UnitSummary> CheckedUnitAsync(string unitCode, CancellationToken cancellationToken)
    {
        var unit = await units.FindUnitAsync(unitCode?.Trim() ?? string.Empty, cancellationToken)
            ?? throw new NotFoundException(text["UnknownUnit", unitCode ?? string.Empty]);
        if (!currentUser.SeesUnit(unit.Code))
        {
            throw new ForbiddenException(text["OtherUnitReport"]);
        }

        return unit;
    }
}
