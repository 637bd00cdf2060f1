using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Lifecycle;

/// <summary>
/// Reads the lifecycle: a project's state, submissions and history, the city's approval queue, evidence downloads.
/// The data scope comes from the context's filters: a county sees its own unit's submissions and history only.
/// </summary>
public sealed class LifecycleQueries(InvestmentDb db, IAuditTrail audit, IStringLocalizer<LifecycleText> text)
{
    public const int MaxPageSize = 200;

    public async Task<LifecycleView> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var pending = await db.StageSubmissions.Where(s => s.ProjectId == projectId && s.Status == SubmissionStatus.Pending)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return ToView(project, pending);
    }

    public async Task<IReadOnlyList<SubmissionView>> ProjectSubmissionsAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await EnsureProjectAsync(projectId, cancellationToken);
        var rows = await Rows(db.StageSubmissions.Where(s => s.ProjectId == projectId))
            .OrderByDescending(r => r.SubmittedUtc).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        return await WithEvidenceAsync(rows, cancellationToken);
    }

    public async Task<IReadOnlyList<HistoryView>> HistoryAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await EnsureProjectAsync(projectId, cancellationToken);
        return await db.StageHistory.AsNoTracking().Where(h => h.ProjectId == projectId).OrderBy(h => h.Id)
            .Select(h => new HistoryView(h.Id, h.Event, h.Stage, h.OccurredOn, h.ByUser, h.Remark, h.SubmissionId, h.RecordedUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<SubmissionPage> SearchAsync(SubmissionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        var submissions = db.StageSubmissions.AsQueryable();
        if (query.Status is { } status)
        {
            submissions = submissions.Where(s => s.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = query.UnitCode.Trim();
            submissions = submissions.Where(s => s.UnitCode == unit);
        }

        var rows = Rows(submissions);
        var total = await rows.CountAsync(cancellationToken);

        // The queue is worked oldest first; any other listing shows the newest first.
        var ordered = query.Status == SubmissionStatus.Pending
            ? rows.OrderBy(r => r.SubmittedUtc).ThenBy(r => r.Id)
            : rows.OrderByDescending(r => r.SubmittedUtc).ThenByDescending(r => r.Id);
        var page = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new SubmissionPage(await WithEvidenceAsync(page, cancellationToken), total, query.Page, query.PageSize);
    }

    /// <summary>An evidence file's content, for a caller who can see its submission; every download is audited.</summary>
    public async Task<EvidenceDownload> DownloadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking()
            .Where(e => e.Id == fileId && db.StageSubmissions.Any(s => s.Id == e.SubmissionId))
            .Select(e => new { e.SubmissionId, e.FileName, e.ContentType, e.Sha256, e.Content })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(text["EvidenceNotFound"]);
        await audit.RecordAsync(
            new AuditRecord(AuditAction.Export, nameof(EvidenceFile), fileId.ToString(), AuditOutcome.Success, Detail: $"submission={file.SubmissionId};file={file.FileName};sha256={file.Sha256}"),
            cancellationToken);
        return new EvidenceDownload(file.FileName, file.ContentType, file.Content);
    }

    internal static LifecycleView ToView(Project p, Guid? pendingSubmissionId) => new(
        p.Id, p.Figures.Name, p.UnitCode, p.Stage, p.ReachedStage, p.Stage is ProjectStage.Stalled or ProjectStage.Terminated ? null : LifecycleRules.NextStage(p.Stage),
        p.SignedOn, p.StartedOn, p.InProductionOn, p.HaltReason, p.HaltedOn, pendingSubmissionId, p.Version);

    private async Task EnsureProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException(text["ProjectNotFound"]);
        }
    }

    private IQueryable<SubmissionRow> Rows(IQueryable<StageSubmission> submissions) =>
        from s in submissions.AsNoTracking()
        join p in db.Projects on s.ProjectId equals p.Id
        select new SubmissionRow
        {
            Id = s.Id,
            ProjectId = s.ProjectId,
            ProjectName = p.Figures.Name,
            UnitCode = s.UnitCode,
            TargetStage = s.TargetStage,
            OccurredOn = s.OccurredOn,
            Note = s.Note,
            Status = s.Status,
            SubmittedBy = s.SubmittedBy,
            SubmittedUtc = s.SubmittedUtc,
            DecidedBy = s.DecidedBy,
            DecidedUtc = s.DecidedUtc,
            Opinion = s.Opinion,
            Version = s.Version,
        };

    private async Task<IReadOnlyList<SubmissionView>> WithEvidenceAsync(List<SubmissionRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var evidence = ids.Count == 0 ? [] : await db.EvidenceFiles.AsNoTracking().Where(e => ids.Contains(e.SubmissionId)).OrderBy(e => e.FileName)
            .Select(e => new EvidenceView(e.Id, e.SubmissionId, e.Kind, e.FileName, e.ContentType, e.Length, e.Sha256))
            .ToListAsync(cancellationToken);
        var bySubmission = evidence.ToLookup(e => e.SubmissionId);
        return [.. rows.Select(r => new SubmissionView(
            r.Id, r.ProjectId, r.ProjectName, r.UnitCode, r.TargetStage, r.OccurredOn, r.Note, r.Status, r.SubmittedBy, r.SubmittedUtc, r.DecidedBy, r.DecidedUtc, r.Opinion, r.Version,
            [.. bySubmission[r.Id]]))];
    }

    // Built with an initialiser (not a constructor) so the database can still order and page by its members.
    private sealed class SubmissionRow
    {
        public Guid Id { get; init; }

        public Guid ProjectId { get; init; }

        public string ProjectName { get; init; } = string.Empty;

        public string UnitCode { get; init; } = string.Empty;

        public ProjectStage TargetStage { get; init; }

        public DateOnly OccurredOn { get; init; }

        public string? Note { get; init; }

        public SubmissionStatus Status { get; init; }

        public string SubmittedBy { get; init; } = string.Empty;

        public DateTime SubmittedUtc { get; init; }

        public string? DecidedBy { get; init; }

        public DateTime? DecidedUtc { get; init; }

        public string? Opinion { get; init; }

        public int Version { get; init; }
    }
}
