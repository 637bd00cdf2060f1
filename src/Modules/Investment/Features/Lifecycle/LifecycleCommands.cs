using Tianzhong.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Lifecycle;

/// <summary>One uploaded evidence file: its name, kind and declared length, read only once the declared facts pass.</summary>
public sealed record EvidenceUpload(string FileName, EvidenceKind Kind, long Length, Func<CancellationToken, Task<byte[]>> ReadAsync);

/// <param name="TargetStage">The stage reached: Signed, Started or InProduction (the next one after the approved stage).</param>
/// <param name="OccurredOn">The date it was reached (China time), not in the future.</param>
/// <param name="Note">An optional note for the city.</param>
/// <param name="Files">The evidence: 1 to 10 files of pdf, jpg, png, docx or xlsx, 10 MB each at most.</param>
public sealed record SubmitStageRequest(ProjectStage? TargetStage, DateOnly? OccurredOn, string? Note, IReadOnlyList<EvidenceUpload> Files);

/// <param name="Opinion">The city's opinion; required to return a submission.</param>
/// <param name="Version">The submission version the caller read; a stale one is refused with 409.</param>
public sealed record DecisionRequest(string? Opinion, int Version);

/// <param name="Reason">Why the project stalls or is terminated (required); for a resume, optional.</param>
/// <param name="Version">The project version the caller read; a stale one is refused with 409.</param>
public sealed record HaltRequest(string? Reason, int Version);

/// <summary>
/// The lifecycle's writes: a unit submits a stage with evidence, the city approves or returns it, a unit stalls,
/// terminates or resumes a project. Every step leaves a line in the project's stage history.
/// </summary>
public sealed class LifecycleCommands(InvestmentDb db, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<LifecycleText> text)
{
    public const int MaxNoteLength = 1000;
    public const int MaxReasonLength = 500;

    public async Task<SubmissionView> SubmitAsync(Guid projectId, SubmitStageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pages keep this handler for a circuit's lifetime: start from the stored rows, not earlier tracked ones.
        db.ChangeTracker.Clear();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var errors = new FieldErrors();
        if (request.Note?.Trim().Length > MaxNoteLength)
        {
            errors.Add("note", text["TooLong", MaxNoteLength]);
        }

        if (request.TargetStage is not (null or ProjectStage.Signed or ProjectStage.Started or ProjectStage.InProduction))
        {
            errors.Add("targetStage", text["InvalidStage"]);
        }
        else if (request.TargetStage is null)
        {
            errors.Add("targetStage", text["Required"]);
        }

        if (request.OccurredOn is null)
        {
            errors.Add("occurredOn", text["Required"]);
        }

        var evidence = await ReadEvidenceAsync(request.Files, errors, cancellationToken);
        if (!errors.Has("targetStage") && request.OccurredOn is { } occurredOn)
        {
            var hasPending = await db.StageSubmissions.AnyAsync(s => s.ProjectId == projectId && s.Status == SubmissionStatus.Pending, cancellationToken);
            var problem = LifecycleRules.CheckSubmission(project, request.TargetStage!.Value, occurredOn, request.Files.Count, hasPending, ChinaTime.Today(timeProvider));
            if (problem is { } p)
            {
                errors.Add(FieldOf(p), text[$"LifecycleProblem.{p}"]);
            }
        }

        errors.ThrowIfAny();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var submission = StageSubmission.Create(project, request.TargetStage!.Value, request.OccurredOn!.Value, request.Note, evidence, UserName, now);
        db.StageSubmissions.Add(submission);
        db.StageHistory.Add(new StageHistoryEntry(project, StageEvent.Submitted, submission.TargetStage, submission.OccurredOn, UserName, submission.Note, submission.Id, now));
        await SaveAsync(cancellationToken);
        return ToView(submission, project);
    }

    public Task<SubmissionView> ApproveAsync(Guid submissionId, DecisionRequest request, CancellationToken cancellationToken) =>
        DecideAsync(submissionId, request, approve: true, cancellationToken);

    public Task<SubmissionView> ReturnAsync(Guid submissionId, DecisionRequest request, CancellationToken cancellationToken) =>
        DecideAsync(submissionId, request, approve: false, cancellationToken);

    public Task<LifecycleView> StallAsync(Guid projectId, HaltRequest request, CancellationToken cancellationToken) =>
        HaltAsync(projectId, ProjectStage.Stalled, request, cancellationToken);

    public Task<LifecycleView> TerminateAsync(Guid projectId, HaltRequest request, CancellationToken cancellationToken) =>
        HaltAsync(projectId, ProjectStage.Terminated, request, cancellationToken);

    public async Task<LifecycleView> ResumeAsync(Guid projectId, HaltRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var reason = Trimmed(request.Reason);
        if (reason?.Length > MaxReasonLength)
        {
            throw ValidationFailedException.For("reason", text["TooLong", MaxReasonLength]);
        }

        EnsureVersion(project.Version, request.Version);
        if (LifecycleRules.CheckResume(project) is { } problem)
        {
            throw Broken(problem);
        }

        LifecycleRules.Resume(project);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        db.StageHistory.Add(new StageHistoryEntry(project, StageEvent.Resumed, project.Stage, ChinaTime.Today(timeProvider), UserName, reason, null, now));
        await SaveAsync(cancellationToken);
        return await ViewOfAsync(project, cancellationToken);
    }

    private async Task<LifecycleView> HaltAsync(Guid projectId, ProjectStage halt, HaltRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var reason = Trimmed(request.Reason);
        if (reason is null)
        {
            throw ValidationFailedException.For("reason", text["LifecycleProblem.ReasonRequired"]);
        }

        if (reason.Length > MaxReasonLength)
        {
            throw ValidationFailedException.For("reason", text["TooLong", MaxReasonLength]);
        }

        EnsureVersion(project.Version, request.Version);
        if (LifecycleRules.CheckHalt(project, halt, reason) is { } problem)
        {
            throw Broken(problem);
        }

        var today = ChinaTime.Today(timeProvider);
        LifecycleRules.Halt(project, halt, reason, today);
        var @event = halt == ProjectStage.Stalled ? StageEvent.Stalled : StageEvent.Terminated;
        db.StageHistory.Add(new StageHistoryEntry(project, @event, halt, today, UserName, reason, null, timeProvider.GetUtcNow().UtcDateTime));
        await SaveAsync(cancellationToken);
        return await ViewOfAsync(project, cancellationToken);
    }

    private async Task<SubmissionView> DecideAsync(Guid submissionId, DecisionRequest request, bool approve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var submission = await db.StageSubmissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken)
            ?? throw new NotFoundException(text["SubmissionNotFound"]);
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == submission.ProjectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var opinion = Trimmed(request.Opinion);
        if (opinion?.Length > MaxNoteLength)
        {
            throw ValidationFailedException.For("opinion", text["TooLong", MaxNoteLength]);
        }

        if (!approve && opinion is null)
        {
            throw ValidationFailedException.For("opinion", text["LifecycleProblem.OpinionRequired"]);
        }

        EnsureVersion(submission.Version, request.Version);
        if (LifecycleRules.CheckDecision(project, submission, approve, opinion) is { } problem)
        {
            throw problem == LifecycleProblem.OpinionRequired ? ValidationFailedException.For("opinion", text[$"LifecycleProblem.{problem}"]) : Broken(problem);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (approve)
        {
            LifecycleRules.Approve(project, submission, UserName, opinion, now);
        }
        else
        {
            LifecycleRules.Return(submission, UserName, opinion!, now);
        }

        db.StageHistory.Add(new StageHistoryEntry(project, approve ? StageEvent.Approved : StageEvent.Returned, submission.TargetStage, submission.OccurredOn, UserName, opinion, submission.Id, now));
        await SaveAsync(cancellationToken);
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(e => e.SubmissionId == submission.Id).OrderBy(e => e.FileName)
            .Select(e => new EvidenceView(e.Id, e.SubmissionId, e.Kind, e.FileName, e.ContentType, e.Length, e.Sha256))
            .ToListAsync(cancellationToken);
        return ToView(submission, project, evidence);
    }

    private async Task<List<EvidenceFile>> ReadEvidenceAsync(IReadOnlyList<EvidenceUpload> files, FieldErrors errors, CancellationToken cancellationToken)
    {
        var evidence = new List<EvidenceFile>();
        if (files.Count > EvidenceChecks.MaxFiles)
        {
            errors.Add("files", text["EvidenceProblem.TooMany", EvidenceChecks.MaxFiles]);
            return evidence;
        }

        foreach (var file in files)
        {
            if (EvidenceChecks.CheckDeclared(file.FileName, file.Length) is { } declared)
            {
                errors.Add("files", text[$"EvidenceProblem.{declared}", file.FileName]);
                continue;
            }

            var content = await file.ReadAsync(cancellationToken);
            if (EvidenceChecks.CheckContent(file.FileName, content) is { } problem)
            {
                errors.Add("files", text[$"EvidenceProblem.{problem}", file.FileName]);
                continue;
            }

            evidence.Add(EvidenceChecks.ToEvidence(file.Kind, file.FileName, content));
        }

        return evidence;
    }

    private static string FieldOf(LifecycleProblem problem) => problem switch
    {
        LifecycleProblem.DateInFuture or LifecycleProblem.DateBeforePreviousStage => "occurredOn",
        LifecycleProblem.EvidenceRequired => "files",
        _ => "targetStage",
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private string UserName => currentUser.UserName ?? string.Empty;

    private void EnsureVersion(int stored, int requested)
    {
        if (stored != requested)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }
    }

    private DomainRuleException Broken(LifecycleProblem problem) => new($"Lifecycle.{problem}", text[$"LifecycleProblem.{problem}"]);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);
    }

    private async Task<LifecycleView> ViewOfAsync(Project project, CancellationToken cancellationToken)
    {
        var pending = await db.StageSubmissions.Where(s => s.ProjectId == project.Id && s.Status == SubmissionStatus.Pending).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return LifecycleQueries.ToView(project, pending);
    }

    private static SubmissionView ToView(StageSubmission s, Project project, IReadOnlyList<EvidenceView>? evidence = null) => new(
        s.Id, s.ProjectId, project.Figures.Name, s.UnitCode, s.TargetStage, s.OccurredOn, s.Note, s.Status, s.SubmittedBy, s.SubmittedUtc, s.DecidedBy, s.DecidedUtc, s.Opinion, s.Version,
        evidence ?? [.. s.Evidence.Select(e => new EvidenceView(e.Id, s.Id, e.Kind, e.FileName, e.ContentType, e.Length, e.Sha256))]);

    /// <summary>Collects every problem of a request, so one 400 names all the fields at once.</summary>
    private sealed class FieldErrors
    {
        private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

        public void Add(string field, string message)
        {
            if (!_errors.TryGetValue(field, out var messages))
            {
                _errors[field] = messages = [];
            }

            messages.Add(message);
        }

        public bool Has(string field) => _errors.ContainsKey(field);

        public void ThrowIfAny()
        {
            if (_errors.Count > 0)
            {
                throw new ValidationFailedException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
            }
        }
    }
}
