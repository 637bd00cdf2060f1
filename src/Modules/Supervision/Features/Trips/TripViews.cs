using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Features.Trips;

public sealed record TripVisitView(Guid Id, Guid OrganisationId, string OrganisationName, Guid? ProjectId, string? FollowUp, DateOnly? NextFollowUpOn, Guid? InteractionId);

public sealed record TripView(
    Guid Id,
    string UnitCode,
    string UnitName,
    string LeaderName,
    string LeaderPost,
    DateOnly DepartedOn,
    DateOnly ReturnedOn,
    string Destination,
    string ContactsMet,
    string Outcome,
    string RecordedBy,
    DateTime RecordedUtc,
    int Version,
    IReadOnlyList<TripVisitView> Visits)
{
    public static TripView From(Trip trip, string unitName)
    {
        ArgumentNullException.ThrowIfNull(trip);
        return new(trip.Id, trip.UnitCode, unitName, trip.LeaderName, trip.LeaderPost, trip.DepartedOn, trip.ReturnedOn, trip.Destination, trip.ContactsMet, trip.Outcome, trip.RecordedBy, trip.RecordedUtc, trip.Version,
            [.. trip.Visits.Select(v => new TripVisitView(v.Id, v.OrganisationId, v.OrganisationName, v.ProjectId, v.FollowUp, v.NextFollowUpOn, v.InteractionId))]);
    }
}

/// <summary>A row of the trip list.</summary>
public sealed record TripRow(Guid Id, string UnitCode, string UnitName, string LeaderName, string LeaderPost, DateOnly DepartedOn, DateOnly ReturnedOn, string Destination, string Outcome, int VisitCount, int Version);

public sealed record TripPage(IReadOnlyList<TripRow> Items, int Total, int Page, int PageSize);

/// <summary>One unit's line in the weekly roll-up.</summary>
// Trips: Trips with at least one day in the week.
// LeaderDays: The days of those trips inside the week, summed over the trips.
// Organisations: Distinct organisations visited on those trips.
public sealed record UnitWeekRow(string UnitCode, string UnitName, int Trips, int LeaderDays, int Organisations);

/// <summary>A trip as the weekly bulletin lists it.</summary>
public sealed record WeekTripView(Guid Id, string UnitCode, string UnitName, string LeaderName, string LeaderPost, DateOnly DepartedOn, DateOnly ReturnedOn, int DaysInWeek, string Destination, IReadOnlyList<string> OrganisationNames, string ContactsMet, string Outcome);

/// <summary>
/// The weekly roll-up (周动态) of an ISO week: every unit the caller sees in gazette order, the week's trips for the
/// bulletin, and the units without a trip.
/// </summary>
public sealed record TripWeekView(
    int IsoYear,
    int IsoWeek,
    DateOnly FirstDay,
    DateOnly LastDay,
    IReadOnlyList<UnitWeekRow> Units,
    IReadOnlyList<WeekTripView> Trips,
    IReadOnlyList<UnitSummary> UnitsWithoutTrips)
{
    public int TotalTrips => Units.Sum(u => u.Trips);

    public int TotalLeaderDays => Units.Sum(u => u.LeaderDays);

    public int TotalOrganisations => Units.Sum(u => u.Organisations);
}
