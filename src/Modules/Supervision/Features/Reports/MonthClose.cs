using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Reports;

/// <summary>
/// The city closes a month (关账) once every unit's report is approved and the earlier months are closed. The reports,
/// their lines and the month's ranking are frozen in the same transaction; from then on a correction of the month is an
/// adjustment in the next open month.
/// </summary>
public sealed class MonthClose(SupervisionDb db, ReportQueries queries, RankingComputation computation, ICurrentUser currentUser, TimeProvider timeProvider, IUnitDirectory units, IStringLocalizer<SupervisionText> text)
{
    public async Task<MonthOverview> CloseAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        if (await db.ClosedMonths.AnyAsync(c => c.Year == period.Year && c.Month == period.Month, cancellationToken))
        {
            throw new DomainRuleException("MonthClosed", text["ReportProblem.MonthClosed"]);
        }

        if (period >= ReportingPeriod.Of(ChinaTime.Today(timeProvider)))
        {
            throw new DomainRuleException("MonthNotOver", text["ReportProblem.FutureMonth"]);
        }

        if (await queries.EarlierOpenMonthExistsAsync(period, cancellationToken))
        {
            throw new DomainRuleException("EarlierMonthOpen", text["EarlierMonthOpen"]);
        }

        var reports = await db.Reports.Where(r => r.Year == period.Year && r.Month == period.Month).ToListAsync(cancellationToken);
        var pending = (await units.ListUnitsAsync(cancellationToken))
            .Where(u => !reports.Any(r => r.UnitCode == u.Code && r.Status == ReportStatus.Approved))
            .Select(u => u.Name)
            .ToList();
        if (pending.Count > 0)
        {
            throw new DomainRuleException("ReportsNotApproved", text["ReportsNotApproved", string.Join(text["ListSeparator"], pending)]);
        }

        var ranking = await computation.ComputeAsync(period, provisional: false, cancellationToken);
        var by = currentUser.UserName ?? string.Empty;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var report in reports)
        {
            report.Close(by, now);
        }

        db.ClosedMonths.Add(ClosedMonth.Close(period, by, now, RankingComputation.Serialise(ranking)));
        try
        {
            await db.SaveOrConflictAsync(text["ReportConflict"], cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two closes of the same month at once: the month's primary key lets one through.
            throw new DomainRuleException("MonthClosed", text["ReportProblem.MonthClosed"]);
        }

        return await queries.MonthAsync(period, cancellationToken);
    }
}
