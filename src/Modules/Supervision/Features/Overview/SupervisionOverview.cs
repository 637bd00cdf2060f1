using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Features.Trips;

namespace Tianzhong.Modules.Supervision.Features.Overview;

/// <summary>Builds the home page's supervision figures from the month's report statuses, the latest frozen ranking and the week's trips.</summary>
public sealed class SupervisionOverview(SupervisionDb db, RankingComputation rankings, IUnitDirectory units, TripQueries trips, ICurrentUser currentUser, TimeProvider timeProvider) : ISupervisionOverview
{
    public async Task<SupervisionHighlights> GetAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(timeProvider);
        var period = ReportingPeriod.Of(today).Previous;
        // Statuses only: the home page has no use for the month's figures, which the reports page totals from every line.
        var statuses = await db.Reports.AsNoTracking().Where(r => r.Year == period.Year && r.Month == period.Month)
            .Select(r => new { r.UnitCode, r.Status }).ToListAsync(cancellationToken);
        var visibleUnits = (await units.ListUnitsAsync(cancellationToken)).Count(u => currentUser.SeesUnit(u.Code));
        var closed = await db.ClosedMonths.AnyAsync(c => c.Year == period.Year && c.Month == period.Month, cancellationToken);
        var ownUnit = currentUser.SeesAllUnits() ? null : currentUser.UnitCode;
        string? own = ownUnit is null ? null : statuses.SingleOrDefault(r => r.UnitCode == ownUnit)?.Status.ToString() ?? "NotStarted";
        var latest = await db.ClosedMonths.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.Month)
            .Select(c => new { c.Year, c.Month }).FirstOrDefaultAsync(cancellationToken);

        // Only a county has a rank of its own to show; the frozen ranking is read for it alone.
        var ownRanking = latest is not null && ownUnit is not null
            ? (await rankings.FrozenAsync(new ReportingPeriod(latest.Year, latest.Month), cancellationToken))?.Units.SingleOrDefault(u => u.UnitCode == ownUnit)
            : null;
        var week = await trips.WeekAsync(today, cancellationToken);
        return new SupervisionHighlights(
            period.Year, period.Month, closed, visibleUnits,
            statuses.Count(r => r.Status == ReportStatus.Submitted), statuses.Count(r => r.Status == ReportStatus.Approved),
            own,
            latest?.Year, latest?.Month, ownRanking?.Rank, ownRanking?.Score, week.TotalTrips);
    }
}
