using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Investment.Domain;

public enum InteractionKind
{
    Visit,
    Talks,
    OnlineMeeting,
    Event,
    Call,
}

/// <summary>A person at an investor organisation (客商). Phones and e-mails are personal data: masked in lists, encrypted at rest.</summary>
public sealed class Contact
{
    private Contact()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Title { get; private set; }

    [PersonalData]
    public string? Phone { get; private set; }

    [PersonalData]
    public string? Email { get; private set; }

    public int Version { get; private set; }

    public static Contact Add(Guid organisationId, string name, string? title, string? phone, string? email) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganisationId = organisationId,
        Name = name.Trim(),
        Title = Clean(title),
        Phone = Clean(phone),
        Email = Clean(email),
        Version = 1,
    };

    public void Revise(string name, string? title, string? phone, string? email)
    {
        Name = name.Trim();
        Title = Clean(title);
        Phone = Clean(phone);
        Email = Clean(email);
        Version++;
    }

    public void MoveTo(Guid organisationId)
    {
        OrganisationId = organisationId;
        Version++;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One contact with an investor: a visit, talks, an online meeting, an event or a call, recorded by a unit.</summary>
public sealed class Interaction : IUnitScoped
{
    private Interaction()
    {
    }

    public Guid Id { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public Guid OrganisationId { get; private set; }

    public Guid? ProjectId { get; private set; }

    public InteractionKind Kind { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    /// <summary>The officials who took part, as written.</summary>
    public string Officials { get; private set; } = string.Empty;

    /// <summary>The investor's people who took part, as written (contacts by name).</summary>
    public string? ContactNames { get; private set; }

    public string? Notes { get; private set; }

    public DateOnly? NextFollowUpOn { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTime RecordedUtc { get; private set; }

    public int Version { get; private set; }

    public static Interaction Record(string unitCode, Guid organisationId, Guid? projectId, InteractionKind kind, DateOnly occurredOn, string officials, string? contactNames, string? notes, DateOnly? nextFollowUpOn, string recordedBy, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        UnitCode = unitCode,
        OrganisationId = organisationId,
        ProjectId = projectId,
        Kind = kind,
        OccurredOn = occurredOn,
        Officials = officials.Trim(),
        ContactNames = string.IsNullOrWhiteSpace(contactNames) ? null : contactNames.Trim(),
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        NextFollowUpOn = nextFollowUpOn,
        RecordedBy = recordedBy,
        RecordedUtc = nowUtc,
        Version = 1,
    };

    public void MoveTo(Guid organisationId)
    {
        OrganisationId = organisationId;
        Version++;
    }
}

public enum InteractionProblem
{
    Required,
    DateInFuture,
    FollowUpBeforeInteraction,
    ProjectOfAnotherUnit,
}

public static class InteractionRules
{
    public static IReadOnlyList<(string Field, InteractionProblem Problem)> Check(DateOnly occurredOn, string? officials, DateOnly? nextFollowUpOn, DateOnly today)
    {
        var problems = new List<(string, InteractionProblem)>();
        if (string.IsNullOrWhiteSpace(officials))
        {
            problems.Add(("officials", InteractionProblem.Required));
        }

        if (occurredOn > today)
        {
            problems.Add(("occurredOn", InteractionProblem.DateInFuture));
        }

        if (nextFollowUpOn < occurredOn)
        {
            problems.Add(("nextFollowUpOn", InteractionProblem.FollowUpBeforeInteraction));
        }

        return problems;
    }
}
