using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>An outbound investment trip of a unit's principal leader (周动态), reported every week.</summary>
public sealed class Trip : IUnitScoped
{
    private readonly List<TripVisit> _visits = [];

    private Trip()
    {
    }

    public Guid Id { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public string LeaderName { get; private set; } = string.Empty;

    /// <summary>The leader's post, e.g. 县委书记 or 县长.</summary>
    public string LeaderPost { get; private set; } = string.Empty;

    public DateOnly DepartedOn { get; private set; }

    public DateOnly ReturnedOn { get; private set; }

    public string Destination { get; private set; } = string.Empty;

    /// <summary>People met, as free text (names and positions).</summary>
    public string ContactsMet { get; private set; } = string.Empty;

    public string Outcome { get; private set; } = string.Empty;

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTime RecordedUtc { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<TripVisit> Visits => _visits;

    public static Trip Record(string unitCode, TripDetails details, IEnumerable<TripVisit> visits, string by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(visits);
        var trip = new Trip { Id = Guid.NewGuid(), UnitCode = unitCode, RecordedBy = by, RecordedUtc = nowUtc };
        trip.Apply(details);
        foreach (var visit in visits)
        {
            trip._visits.Add(visit.For(trip.Id));
        }

        return trip;
    }

    public void Revise(TripDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details);
        Version++;
    }

    private void Apply(TripDetails details)
    {
        LeaderName = details.LeaderName;
        LeaderPost = details.LeaderPost;
        DepartedOn = details.DepartedOn;
        ReturnedOn = details.ReturnedOn;
        Destination = details.Destination;
        ContactsMet = details.ContactsMet;
        Outcome = details.Outcome;
    }
}

/// <summary>The facts of a trip as entered.</summary>
public sealed record TripDetails(string LeaderName, string LeaderPost, DateOnly DepartedOn, DateOnly ReturnedOn, string Destination, string ContactsMet, string Outcome);

/// <summary>An organisation visited on a trip, with the follow-up recorded as an interaction in the project library.</summary>
public sealed class TripVisit
{
    private TripVisit()
    {
    }

    public Guid Id { get; private set; }

    public Guid TripId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    /// <summary>The project the visit concerns, if any.</summary>
    public Guid? ProjectId { get; private set; }

    public string? FollowUp { get; private set; }

    public DateOnly? NextFollowUpOn { get; private set; }

    /// <summary>The interaction this visit became in the investor resources.</summary>
    public Guid? InteractionId { get; private set; }

    public static TripVisit Create(Guid organisationId, string organisationName, Guid? projectId, string? followUp, DateOnly? nextFollowUpOn, Guid? interactionId) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = organisationId,
        OrganisationName = organisationName,
        ProjectId = projectId,
        FollowUp = followUp,
        NextFollowUpOn = nextFollowUpOn,
        InteractionId = interactionId,
    };

    internal TripVisit For(Guid tripId)
    {
        TripId = tripId;
        return this;
    }
}
