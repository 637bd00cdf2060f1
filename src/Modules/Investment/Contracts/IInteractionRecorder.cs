namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>A visit (登门拜访) to an investor organisation, to be recorded as an interaction in the investor resources.</summary>
/// <param name="UnitCode">The unit that made the visit (the project's unit when a project is given).</param>
/// <param name="OrganisationId">The organisation visited (a live one).</param>
/// <param name="ProjectId">The project the visit concerns, if any; it must belong to <paramref name="UnitCode"/>.</param>
/// <param name="OccurredOn">The day of the visit; not after today.</param>
/// <param name="Officials">The officials who made the visit, as written.</param>
/// <param name="Notes">The follow-up agreed, if any.</param>
/// <param name="NextFollowUpOn">When to follow up next; not before <paramref name="OccurredOn"/>.</param>
public sealed record VisitInteraction(string UnitCode, Guid OrganisationId, Guid? ProjectId, DateOnly OccurredOn, string Officials, string? Notes, DateOnly? NextFollowUpOn);

/// <summary>
/// Records visits made elsewhere (e.g. a leader's outbound trip in supervision) as interactions of the investor
/// resources, so they show on the organisation's and the project's pages. Writes follow the caller's data scope.
/// </summary>
public interface IInteractionRecorder
{
    /// <summary>
    /// Records the visits in one save: all or none. Returns the new interactions' ids in the order given. Input
    /// the caller should have checked is refused with a validation error; another unit's record with 403 (audited).
    /// </summary>
    Task<IReadOnlyList<Guid>> RecordVisitsAsync(IReadOnlyList<VisitInteraction> visits, CancellationToken cancellationToken = default);
}
