using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Reports;

/// <summary>
/// A unit drafts and submits its month; the city approves or returns it. Every refusal is a 409 with the reason
/// (audited by the API's error handler); a closed month refuses everything.
/// </summary>
public sealed class ReportCommands(SupervisionDb db, ReportFigures figures, ReportQueries queries, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<SupervisionText> text)
{
    public const int NarrativeMax = 4000;

    public async Task<ReportView> SaveAsync(string unitCode, ReportingPeriod period, SaveReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var narrative = CheckedNarrative(request.Narrative);
        var report = await EditableAsync(unitCode, period, request.Version, cancellationToken);
        Refuse(report.SaveNarrative(narrative, By, Now));
        await db.SaveOrConflictAsync(text["ReportConflict"], cancellationToken);
        return await queries.GetAsync(report.UnitCode, period, cancellationToken);
    }

    public async Task<ReportView> SubmitAsync(string unitCode, ReportingPeriod period, SaveReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var narrative = CheckedNarrative(request.Narrative);
        if (period >= ReportingPeriod.Of(ChinaTime.Today(timeProvider)))
        {
            Refuse(ReportProblem.FutureMonth);
        }

        var report = await EditableAsync(unitCode, period, request.Version, cancellationToken);
        var lines = (await figures.OwnLinesAsync(report.UnitCode, period, cancellationToken))
            .Concat(await figures.AdjustmentLinesAsync(report.UnitCode, period, report.Id, cancellationToken))
            .ToList();

        // The old lines of a returned report go with the resubmission (EF deletes the orphans).
        Refuse(report.Submit(lines, narrative, By, Now));
        await db.SaveOrConflictAsync(text["ReportConflict"], cancellationToken);
        return await queries.GetAsync(report.UnitCode, period, cancellationToken);
    }

    public Task<ReportView> ApproveAsync(string unitCode, ReportingPeriod period, DecideReportRequest request, CancellationToken cancellationToken) =>
        DecideAsync(unitCode, period, request, (r, opinion) => r.Approve(By, opinion, Now), cancellationToken);

    public Task<ReportView> ReturnAsync(string unitCode, ReportingPeriod period, DecideReportRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request?.Opinion)
            ? throw ValidationFailedException.For("opinion", text["ReportProblem.OpinionRequired"])
            : DecideAsync(unitCode, period, request, (r, opinion) => r.Return(By, opinion, Now), cancellationToken);

    private async Task<ReportView> DecideAsync(string unitCode, ReportingPeriod period, DecideReportRequest request, Func<MonthlyReport, string?, ReportProblem?> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Opinion is { Length: > 1000 })
        {
            throw ValidationFailedException.For("opinion", text["OpinionTooLong", 1000]);
        }

        var unit = await queries.CheckedUnitAsync(unitCode, cancellationToken);
        var report = await db.Reports.SingleOrDefaultAsync(r => r.UnitCode == unit.Code && r.Year == period.Year && r.Month == period.Month, cancellationToken);
        if (report is null)
        {
            Refuse(ReportProblem.NotSubmitted);
        }

        CheckVersion(report!, request.Version);
        Refuse(decide(report!, request.Opinion));
        await db.SaveOrConflictAsync(text["ReportConflict"], cancellationToken);
        return await queries.GetAsync(unit.Code, period, cancellationToken);
    }

    private async Task<MonthlyReport> EditableAsync(string unitCode, ReportingPeriod period, int version, CancellationToken cancellationToken)
    {
        var unit = await queries.CheckedUnitAsync(unitCode, cancellationToken);
        if (await db.ClosedMonths.AnyAsync(c => c.Year == period.Year && c.Month == period.Month, cancellationToken))
        {
            Refuse(ReportProblem.MonthClosed);
        }

        var report = await db.Reports.Include(r => r.Lines)
            .SingleOrDefaultAsync(r => r.UnitCode == unit.Code && r.Year == period.Year && r.Month == period.Month, cancellationToken);
        if (report is null)
        {
            report = MonthlyReport.Start(unit.Code, period);
            db.Reports.Add(report);
            return report;
        }

        CheckVersion(report, version);
        return report;
    }

    private void CheckVersion(MonthlyReport report, int version)
    {
        if (report.Version != version)
        {
            throw new ConcurrencyConflictException(text["ReportConflict"]);
        }
    }

    private string CheckedNarrative(string? narrative)
    {
        var value = narrative?.Trim() ?? string.Empty;
        return value.Length > NarrativeMax ? throw ValidationFailedException.For("narrative", text["NarrativeTooLong", NarrativeMax]) : value;
    }

    private void Refuse(ReportProblem? problem)
    {
        if (problem is { } p)
        {
            throw new DomainRuleException($"Report{p}", text[$"ReportProblem.{p}"]);
        }
    }

    private string By => currentUser.UserName ?? string.Empty;

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;
}
