using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Features.Trips;

namespace Tianzhong.Modules.Supervision.Features.Overview;

/// <summary>Builds the home page's supervision figures from the month overview, the latest frozen ranking and the week's trips.</summary>
public sealed class SupervisionOverview(SupervisionDb db, ReportQueries reports, TripQueries trips, ICurrentUser currentUser, TimeProvider timeProvider) : ISupervisionOverview
{
    public async Task<SupervisionHighlights> GetAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(timeProvider);
        var period = ReportingPeriod.Of(today).Previous;
        var month = await reports.MonthAsync(period, cancellationToken);
        var own = currentUser.SeesAllUnits() ? null : month.Units.SingleOrDefault(u => u.UnitCode == currentUser.UnitCode);
        var latest = await db.ClosedMonths.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.Month)
            .Select(c => new { c.Year, c.Month, c.RankingJson }).FirstOrDefaultAsync(cancellationToken);
        var ownRanking = latest is not null && currentUser.UnitCode is { } unit
            ? RankingComputation.Deserialise(latest.RankingJson).Units.SingleOrDefault(u => u.UnitCode == unit)
            : null;
        var week = await trips.WeekAsync(today, cancellationToken);
        return new SupervisionHighlights(
            period.Year, period.Month, month.IsClosed, month.Units.Count,
            month.Units.Count(u => u.Status == ReportStatus.Submitted), month.Units.Count(u => u.Status == ReportStatus.Approved),
            own is null ? null : own.Status?.ToString() ?? "NotStarted",
            latest?.Year, latest?.Month, ownRanking?.Rank, ownRanking?.Score, week.TotalTrips);
    }
}
