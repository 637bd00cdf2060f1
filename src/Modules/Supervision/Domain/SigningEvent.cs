namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>A centralised signing (集中签约) event with the projects signed at it.</summary>
public sealed class SigningEvent
{
    private readonly List<SigningEventProject> _projects = [];

    private SigningEvent()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = string.Empty;

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTime RecordedUtc { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<SigningEventProject> Projects => _projects;

    /// <summary>The total contract investment of the projects signed, in 万元 (as recorded at the event).</summary>
    public decimal TotalWan => _projects.Sum(p => p.ContractInvestmentWan);

    public static SigningEvent Record(string title, DateOnly heldOn, string place, IEnumerable<SigningEventProject> projects, string by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var signing = new SigningEvent { Id = Guid.NewGuid(), Title = title, HeldOn = heldOn, Place = place, RecordedBy = by, RecordedUtc = nowUtc };
        foreach (var project in projects)
        {
            signing._projects.Add(project.For(signing.Id));
        }

        return signing;
    }
}

/// <summary>A project signed at a centralised signing event, with its figures as of the event.</summary>
public sealed class SigningEventProject
{
    private SigningEventProject()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid ProjectId { get; private set; }

    public string ProjectName { get; private set; } = string.Empty;

    public string UnitCode { get; private set; } = string.Empty;

    public decimal ContractInvestmentWan { get; private set; }

    public static SigningEventProject Create(Guid projectId, string projectName, string unitCode, decimal contractInvestmentWan) => new()
    {
        Id = Guid.NewGuid(),
        ProjectId = projectId,
        ProjectName = projectName,
        UnitCode = unitCode,
        ContractInvestmentWan = contractInvestmentWan,
    };

    internal SigningEventProject For(Guid eventId)
    {
        EventId = eventId;
        return this;
    }
}
