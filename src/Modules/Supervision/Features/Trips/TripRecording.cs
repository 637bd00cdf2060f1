using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Trips;

// OrganisationId: The organisation visited (a live one from the investor resources).
// ProjectId: The project the visit concerns, if any; it must be the trip's unit's.
// FollowUp: What was agreed to follow up.
// NextFollowUpOn: When to follow up next; not before the departure.
public sealed record TripVisitRequest(Guid OrganisationId, Guid? ProjectId, string? FollowUp, DateOnly? NextFollowUpOn);

// UnitCode: The unit; a county officer may leave it out (its own) and may name no other; the city must name one.
public sealed record RecordTripRequest(string? UnitCode, string? LeaderName, string? LeaderPost, DateOnly? DepartedOn, DateOnly? ReturnedOn, string? Destination, string? ContactsMet, string? Outcome, IReadOnlyList<TripVisitRequest>? Visits);

// Version: The version the caller read; a stale one is refused with 409.
public sealed record ReviseTripRequest(string? LeaderName, string? LeaderPost, DateOnly? DepartedOn, DateOnly? ReturnedOn, string? Destination, string? ContactsMet, string? Outcome, int Version);

/// <summary>
/// Records and revises principal leaders' outbound investment trips (周动态). Each visit becomes a 登门拜访 interaction
/// in the investor resources. Unit scope is enforced by the persistence layer (a county officer writing for another
/// unit is refused there and audited); this validates the input first.
/// </summary>
public sealed class TripRecording(
    SupervisionDb db,
    IInteractionRecorder interactions,
    IOrganisationDirectory organisations,
    IInvestmentFigures projects,
    IUnitDirectory units,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    IStringLocalizer<TripsText> text)
{
    public async Task<TripView> RecordAsync(RecordTripRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var visits = request.Visits ?? [];
        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? currentUser.UnitCode : request.UnitCode.Trim();
        var input = new TripInput(request.LeaderName, request.LeaderPost, request.DepartedOn, request.ReturnedOn, request.Destination, request.ContactsMet, request.Outcome);
        var visitInputs = visits.Select(v => new TripVisitInput(v.OrganisationId, v.ProjectId, v.FollowUp, v.NextFollowUpOn)).ToList();
        var errors = Messages(TripRules.Check(input, visitInputs, ChinaTime.Today(timeProvider)));

        if (string.IsNullOrEmpty(unitCode))
        {
            errors["unitCode"] = [Message(new("unitCode", TripProblem.Required))];
        }
        else if (await units.FindUnitAsync(unitCode, cancellationToken) is null)
        {
            errors["unitCode"] = [text["UnknownUnit", unitCode]];
        }

        var names = await CheckOrganisationsAsync(visits, errors, cancellationToken);
        await CheckProjectsAsync(visits, unitCode, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var details = Details(input);
        var officials = $"{details.LeaderPost} {details.LeaderName}";

        // Everything is checked above, so what follows should not fail on input. The two modules keep separate
        // databases contexts (no shared transaction), so the interactions are written first, in one save (all or
        // none), then the trip. Should the trip's save fail after that (a lost connection), the interactions stay
        // in the investor resources as the true record of visits made, without the trip: the unit records the trip
        // again and removes the duplicates on the organisation's page. A county officer naming another unit is
        // refused by the first save's data-scope guard (403, audited) before anything is written.
        var interactionIds = await interactions.RecordVisitsAsync(
            [.. visits.Select(v => new VisitInteraction(unitCode!, v.OrganisationId, v.ProjectId, details.DepartedOn, officials, Clean(v.FollowUp), v.NextFollowUpOn))],
            cancellationToken);
        var tripVisits = visits.Select((v, i) => TripVisit.Create(v.OrganisationId, names[v.OrganisationId], v.ProjectId, Clean(v.FollowUp), v.NextFollowUpOn, interactionIds.Count > i ? interactionIds[i] : null));
        var trip = Trip.Record(unitCode!, details, tripVisits, currentUser.UserName ?? string.Empty, timeProvider.GetUtcNow().UtcDateTime);
        db.Trips.Add(trip);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // A page keeps this context for its circuit: a refused trip must not be saved by its next call.
            db.ChangeTracker.Clear();
            throw;
        }

        return TripView.From(trip, (await units.ListUnitsAsync(cancellationToken)).NameOf(trip.UnitCode));
    }

    /// <summary>
    /// Revises a trip's facts. Its visits stay as recorded: they are interactions in the investor resources by now
    /// and are corrected there.
    /// </summary>
    public async Task<TripView> ReviseAsync(Guid id, ReviseTripRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pages keep this handler for a circuit's lifetime: start from the stored row, not an earlier tracked one.
        db.ChangeTracker.Clear();
        var trip = await db.Trips.Include(t => t.Visits).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException(text["TripNotFound"]);
        var input = new TripInput(request.LeaderName, request.LeaderPost, request.DepartedOn, request.ReturnedOn, request.Destination, request.ContactsMet, request.Outcome);
        var errors = Messages(TripRules.Check(input, [], ChinaTime.Today(timeProvider)));
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (trip.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        trip.Revise(Details(input));
        try
        {
            await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        return TripView.From(trip, (await units.ListUnitsAsync(cancellationToken)).NameOf(trip.UnitCode));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TripDetails Details(TripInput input) =>
        new(input.LeaderName!.Trim(), input.LeaderPost!.Trim(), input.DepartedOn!.Value, input.ReturnedOn!.Value, input.Destination!.Trim(), input.ContactsMet?.Trim() ?? string.Empty, input.Outcome!.Trim());

    private async Task<Dictionary<Guid, string>> CheckOrganisationsAsync(IReadOnlyList<TripVisitRequest> visits, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var ids = visits.Select(v => v.OrganisationId).Where(id => id != Guid.Empty).Distinct().ToList();
        var found = ids.Count == 0 ? [] : (await organisations.FindManyAsync(ids, cancellationToken)).ToDictionary(o => o.Id);
        for (var i = 0; i < visits.Count; i++)
        {
            var field = TripRules.VisitField(i, "organisationId");
            if (visits[i].OrganisationId == Guid.Empty || errors.ContainsKey(field))
            {
                continue;
            }

            if (!found.TryGetValue(visits[i].OrganisationId, out var organisation))
            {
                errors[field] = [text["OrganisationNotFound"]];
            }
            else if (organisation.MergedIntoId is not null)
            {
                var survivor = await organisations.FindAsync(organisation.MergedIntoId.Value, cancellationToken);
                errors[field] = [text["OrganisationMerged", survivor?.Name ?? string.Empty]];
            }
        }

        return found.Values.ToDictionary(o => o.Id, o => o.Name);
    }

    // The project is read through the project library's contract, within the caller's scope: another unit's
    // confidential project is as unknown as a missing one.
    private async Task CheckProjectsAsync(IReadOnlyList<TripVisitRequest> visits, string? unitCode, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var ids = visits.Where(v => v.ProjectId is not null).Select(v => v.ProjectId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var found = (await projects.DescribeAsync(ids, cancellationToken)).ToDictionary(p => p.Id);
        for (var i = 0; i < visits.Count; i++)
        {
            if (visits[i].ProjectId is not { } projectId)
            {
                continue;
            }

            var field = TripRules.VisitField(i, "projectId");
            if (!found.TryGetValue(projectId, out var project))
            {
                errors[field] = [text["ProjectNotFound"]];
            }
            else if (unitCode is not null && project.UnitCode != unitCode)
            {
                errors[field] = [text["ProjectOfAnotherUnit"]];
            }
        }
    }

    private Dictionary<string, string[]> Messages(IEnumerable<TripProblemAt> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(Message).ToArray());

    private string Message(TripProblemAt problem) => text[$"TripProblem.{problem.Problem}", problem.Limit].Value;
}
