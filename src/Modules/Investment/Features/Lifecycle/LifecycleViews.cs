using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Lifecycle;

/// <summary>An evidence file's description; its content is only ever served by the (audited) download.</summary>
public sealed record EvidenceView(Guid Id, Guid SubmissionId, EvidenceKind Kind, string FileName, string ContentType, long Length, string Sha256);

public sealed record SubmissionView(
    Guid Id,
    Guid ProjectId,
    string ProjectName,
    string UnitCode,
    ProjectStage TargetStage,
    DateOnly OccurredOn,
    string? Note,
    SubmissionStatus Status,
    string SubmittedBy,
    DateTime SubmittedUtc,
    string? DecidedBy,
    DateTime? DecidedUtc,
    string? Opinion,
    int Version,
    IReadOnlyList<EvidenceView> Evidence);

public sealed record HistoryView(long Id, StageEvent Event, ProjectStage? Stage, DateOnly? OccurredOn, string ByUser, string? Remark, Guid? SubmissionId, DateTime RecordedUtc);

/// <summary>Where a project stands in its lifecycle, with what the caller may do next.</summary>
public sealed record LifecycleView(
    Guid ProjectId,
    string ProjectName,
    string UnitCode,
    ProjectStage Stage,
    ProjectStage ReachedStage,
    ProjectStage? NextStage,
    DateOnly? SignedOn,
    DateOnly? StartedOn,
    DateOnly? InProductionOn,
    string? HaltReason,
    DateOnly? HaltedOn,
    Guid? PendingSubmissionId,
    int Version);

/// <param name="Status">Only submissions with this status (the approval queue asks for Pending).</param>
/// <param name="UnitCode">Only this unit's submissions (a county officer sees only its own anyway).</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Rows per page, 1 to 200.</param>
public sealed record SubmissionQuery(SubmissionStatus? Status = null, string? UnitCode = null, int Page = 1, int PageSize = 20);

public sealed record SubmissionPage(IReadOnlyList<SubmissionView> Items, int Total, int Page, int PageSize);

public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Content);
