using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>Where a unit's month stands: 草稿 → 已报送 → 已退回 / 已审核; the city's close then freezes it.</summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>What happened to a report, kept for its history.</summary>
public enum ReportAction
{
    Saved,
    Submitted,
    Returned,
    Approved,
    Closed,
}

/// <summary>Why a report action was refused (each has its message in the resources).</summary>
public enum ReportProblem
{
    AlreadySubmitted,
    AlreadyApproved,
    NotSubmitted,
    MonthClosed,
    OpinionRequired,
    FutureMonth,
}

/// <summary>
/// A unit's monthly report (月报): its figures as lines computed from the project library and the trips, frozen at
/// submission, plus the unit's own account of the month. The city approves or returns it, then closes the month.
/// </summary>
public sealed class MonthlyReport : IUnitScoped
{
    private readonly List<ReportLine> _lines = [];
    private readonly List<ReportEvent> _events = [];

    private MonthlyReport()
    {
    }

    public Guid Id { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public int Month { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>The unit's account of the month: highlights, problems, next steps.</summary>
    public string Narrative { get; private set; } = string.Empty;

    public string? SubmittedBy { get; private set; }

    public DateTime? SubmittedUtc { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    /// <summary>The city's opinion on its last decision (required when returning).</summary>
    public string? Opinion { get; private set; }

    /// <summary>True once the city closed the month; nothing about the report changes after that.</summary>
    public bool IsClosed { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ReportLine> Lines => _lines;

    public IReadOnlyList<ReportEvent> Events => _events;

    public ReportingPeriod Period => new(Year, Month);

    public static MonthlyReport Start(string unitCode, ReportingPeriod period) => new()
    {
        Id = Guid.NewGuid(),
        UnitCode = unitCode,
        Year = period.Year,
        Month = period.Month,
        Status = ReportStatus.Draft,
    };

    /// <summary>Keeps the unit's account while it drafts (or after a return).</summary>
    public ReportProblem? SaveNarrative(string narrative, string by, DateTime nowUtc)
    {
        var problem = EditableProblem();
        if (problem is not null)
        {
            return problem;
        }

        Narrative = narrative;
        Record(ReportAction.Saved, by, nowUtc, null);
        return null;
    }

    /// <summary>Submits the month with its lines as computed now; a second submission is refused.</summary>
    public ReportProblem? Submit(IEnumerable<ReportLine> lines, string narrative, string by, DateTime nowUtc)
    {
        var problem = EditableProblem();
        if (problem is not null)
        {
            return problem;
        }

        _lines.Clear();
        foreach (var line in lines)
        {
            _lines.Add(line.For(Id));
        }

        Narrative = narrative;
        Status = ReportStatus.Submitted;
        SubmittedBy = by;
        SubmittedUtc = nowUtc;
        Opinion = null;
        Record(ReportAction.Submitted, by, nowUtc, null);
        return null;
    }

    public ReportProblem? Approve(string by, string? opinion, DateTime nowUtc) => Decide(ReportStatus.Approved, ReportAction.Approved, by, opinion, nowUtc);

    public ReportProblem? Return(string by, string? opinion, DateTime nowUtc) =>
        string.IsNullOrWhiteSpace(opinion) ? ReportProblem.OpinionRequired : Decide(ReportStatus.Returned, ReportAction.Returned, by, opinion, nowUtc);

    /// <summary>Freezes the approved report as the city closes its month.</summary>
    public void Close(string by, DateTime nowUtc)
    {
        IsClosed = true;
        Record(ReportAction.Closed, by, nowUtc, null);
    }

    private ReportProblem? Decide(ReportStatus status, ReportAction action, string by, string? opinion, DateTime nowUtc)
    {
        if (IsClosed)
        {
            return ReportProblem.MonthClosed;
        }

        if (Status != ReportStatus.Submitted)
        {
            return Status == ReportStatus.Approved ? ReportProblem.AlreadyApproved : ReportProblem.NotSubmitted;
        }

        Status = status;
        DecidedBy = by;
        DecidedUtc = nowUtc;
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        Record(action, by, nowUtc, Opinion);
        return null;
    }

    private ReportProblem? EditableProblem() => IsClosed ? ReportProblem.MonthClosed : Status switch
    {
        ReportStatus.Submitted => ReportProblem.AlreadySubmitted,
        ReportStatus.Approved => ReportProblem.AlreadyApproved,
        _ => null,
    };

    private void Record(ReportAction action, string by, DateTime nowUtc, string? opinion)
    {
        _events.Add(new ReportEvent(Guid.NewGuid(), Id, action, by, nowUtc, opinion));
        Version++;
    }
}

/// <summary>One step in a report's history.</summary>
public sealed record ReportEvent(Guid Id, Guid ReportId, ReportAction Action, string By, DateTime AtUtc, string? Opinion);

/// <summary>
/// One record behind a unit-month figure: a verified funds record, a stage the city approved, or a trip. An adjustment
/// line corrects an earlier closed month (its <see cref="SourceYear"/>/<see cref="SourceMonth"/>) and may be negative.
/// </summary>
public sealed class ReportLine
{
    private ReportLine()
    {
    }

    public Guid Id { get; private set; }

    public Guid ReportId { get; private set; }

    public FigureKind Kind { get; private set; }

    /// <summary>The record it comes from (funds record, project or trip).</summary>
    public Guid Reference { get; private set; }

    /// <summary>The project that owns the record (the trip itself for trips).</summary>
    public Guid ProjectId { get; private set; }

    public string Label { get; private set; } = string.Empty;

    public DateOnly OccurredOn { get; private set; }

    /// <summary>Funds: the amount in 万元, weighted by count share. Stage lines: the project's contract investment.</summary>
    public decimal AmountWan { get; private set; }

    /// <summary>How much the line counts as a project (its count share; negative in an adjustment that withdraws it).</summary>
    public decimal Share { get; private set; }

    public string? DirectionCode { get; private set; }

    public string? MajorGroupCode { get; private set; }

    public bool IsAdjustment { get; private set; }

    public int? SourceYear { get; private set; }

    public int? SourceMonth { get; private set; }

    public static ReportLine Create(FigureKind kind, Guid reference, Guid projectId, string label, DateOnly occurredOn, decimal amountWan, decimal share, string? directionCode, string? majorGroupCode) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Reference = reference,
        ProjectId = projectId,
        Label = label,
        OccurredOn = occurredOn,
        AmountWan = amountWan,
        Share = share,
        DirectionCode = directionCode,
        MajorGroupCode = majorGroupCode,
    };

    /// <summary>A correction of <paramref name="source"/> booked in a later month, with the amount and share it adds (either may be negative).</summary>
    public ReportLine AsAdjustment(ReportingPeriod source, decimal amountWan, decimal share) => new()
    {
        Id = Guid.NewGuid(),
        Kind = Kind,
        Reference = Reference,
        ProjectId = ProjectId,
        Label = Label,
        OccurredOn = OccurredOn,
        AmountWan = amountWan,
        Share = share,
        DirectionCode = DirectionCode,
        MajorGroupCode = MajorGroupCode,
        IsAdjustment = true,
        SourceYear = source.Year,
        SourceMonth = source.Month,
    };

    /// <summary>True for funds lines, whose amount is what counts; stage and trip lines count by share.</summary>
    public bool CountsByAmount => Kind is FigureKind.FundsOutsideProvince or FigureKind.FundsOutsideCity;

    internal ReportLine For(Guid reportId)
    {
        ReportId = reportId;
        return this;
    }
}
