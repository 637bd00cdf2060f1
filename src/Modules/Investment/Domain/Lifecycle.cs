using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Investment.Domain;

public enum SubmissionStatus
{
    Pending,
    Approved,
    Returned,
}

/// <summary>What happened to a project's stage, as kept in its history.</summary>
public enum StageEvent
{
    Submitted,
    Approved,
    Returned,
    Stalled,
    Terminated,
    Resumed,
}

public enum EvidenceKind
{
    Contract,
    Permit,
    Photo,
    Other,
}

/// <summary>
/// A unit's claim that a project reached 签约, 开工 or 投产 on a date, with evidence. It counts only once the city
/// approves it; a returned submission carries the city's opinion and can be submitted again.
/// </summary>
public sealed class StageSubmission : IUnitScoped
{
    private readonly List<EvidenceFile> _evidence = [];

    private StageSubmission()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public ProjectStage TargetStage { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string? Note { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public string SubmittedBy { get; private set; } = string.Empty;

    public DateTime SubmittedUtc { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public string? Opinion { get; private set; }

    public IReadOnlyList<EvidenceFile> Evidence => _evidence;

    public int Version { get; private set; }

    public static StageSubmission Create(Project project, ProjectStage target, DateOnly occurredOn, string? note, IEnumerable<EvidenceFile> evidence, string submittedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(project);
        var submission = new StageSubmission
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            UnitCode = project.UnitCode,
            TargetStage = target,
            OccurredOn = occurredOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Status = SubmissionStatus.Pending,
            SubmittedBy = submittedBy,
            SubmittedUtc = nowUtc,
            Version = 1,
        };
        submission._evidence.AddRange(evidence);
        project.NoteSubmission();
        return submission;
    }

    internal void Decide(bool approve, string decidedBy, string? opinion, DateTime nowUtc)
    {
        Status = approve ? SubmissionStatus.Approved : SubmissionStatus.Returned;
        DecidedBy = decidedBy;
        DecidedUtc = nowUtc;
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        Version++;
    }
}

/// <summary>A file supporting a stage submission (contract, permit, photo), stored with the record it proves.</summary>
public sealed class EvidenceFile
{
    private EvidenceFile()
    {
    }

    public EvidenceFile(EvidenceKind kind, string fileName, string contentType, byte[] content, string sha256)
    {
        ArgumentNullException.ThrowIfNull(content);
        Id = Guid.CreateVersion7();
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Length { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];
}

/// <summary>One line of a project's stage history; never changed once written.</summary>
public sealed class StageHistoryEntry : IUnitScoped
{
    private StageHistoryEntry()
    {
    }

    public StageHistoryEntry(Project project, StageEvent @event, ProjectStage? stage, DateOnly? occurredOn, string byUser, string? remark, Guid? submissionId, DateTime recordedUtc)
    {
        ArgumentNullException.ThrowIfNull(project);
        ProjectId = project.Id;
        UnitCode = project.UnitCode;
        Event = @event;
        Stage = stage;
        OccurredOn = occurredOn;
        ByUser = byUser;
        Remark = remark;
        SubmissionId = submissionId;
        RecordedUtc = recordedUtc;
    }

    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public StageEvent Event { get; private set; }

    public ProjectStage? Stage { get; private set; }

    public DateOnly? OccurredOn { get; private set; }

    public string ByUser { get; private set; } = string.Empty;

    public string? Remark { get; private set; }

    public Guid? SubmissionId { get; private set; }

    public DateTime RecordedUtc { get; private set; }
}
