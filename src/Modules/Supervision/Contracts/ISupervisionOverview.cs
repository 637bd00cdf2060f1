namespace Tianzhong.Modules.Supervision.Contracts;

/// <summary>What the home page shows of supervision for the signed-in user.</summary>
/// <param name="Year">The month to report (the last finished one): year.</param>
/// <param name="Month">Its month.</param>
/// <param name="MonthClosed">True once the city closed it.</param>
/// <param name="Units">Units whose reports the user sees.</param>
/// <param name="Submitted">Of those, reports submitted and awaiting review.</param>
/// <param name="Approved">Of those, reports approved.</param>
/// <param name="OwnStatus">A county's own report status (Draft, Submitted, Returned, Approved), NotStarted, or null for city roles.</param>
/// <param name="LatestClosedYear">The latest closed month: year (null when none).</param>
/// <param name="LatestClosedMonth">Its month.</param>
/// <param name="OwnRank">A county's rank in that month's ranking.</param>
/// <param name="OwnScore">Its score.</param>
/// <param name="TripsThisWeek">Trips this ISO week the user sees.</param>
public sealed record SupervisionHighlights(int Year, int Month, bool MonthClosed, int Units, int Submitted, int Approved, string? OwnStatus, int? LatestClosedYear, int? LatestClosedMonth, int? OwnRank, decimal? OwnScore, int TripsThisWeek);

/// <summary>Supervision figures for the home page, within the caller's data scope.</summary>
public interface ISupervisionOverview
{
    /// <summary>The month to report, the latest closed ranking and this week's trips.</summary>
    Task<SupervisionHighlights> GetAsync(CancellationToken cancellationToken = default);
}
