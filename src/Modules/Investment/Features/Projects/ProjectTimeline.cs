using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Projects;

public enum TimelineKind
{
    Registered,
    Stage,
    Evidence,
    Funds,
    Interaction,
    Milestone,
}

/// <summary>One dated line of a project's story. <paramref name="Code"/> is the enum value the UI names (stage event, interaction kind ...).</summary>
public sealed record TimelineItem(DateOnly On, TimelineKind Kind, string Code, string Summary, string? By, decimal? AmountWan, Guid? FileId)
{
    public string? Remark { get; init; }
}

/// <summary>
/// Everything that happened to a project, newest first: registration, stage history, evidence files, funds,
/// interactions and milestones. What the caller may not see (another unit's rows) is left out by the context.
/// </summary>
public sealed class ProjectTimeline(InvestmentDb db, IStringLocalizer<InvestmentText> text)
{
    public async Task<IReadOnlyList<TimelineItem>> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.CreatedUtc, p.Figures.Name })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(text["ProjectNotFound"]);
        var items = new List<TimelineItem> { new(ChinaDay(project.CreatedUtc), TimelineKind.Registered, nameof(TimelineKind.Registered), project.Name, null, null, null) };

        var history = await db.StageHistory.AsNoTracking().Where(h => h.ProjectId == projectId).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        items.AddRange(history.Select(h => new TimelineItem(h.OccurredOn ?? ChinaDay(h.RecordedUtc), TimelineKind.Stage, h.Event.ToString(), h.Stage?.ToString() ?? string.Empty, h.ByUser, null, null) { Remark = h.Remark }));

        // Joined through the (scope-filtered) submissions, never reading file contents.
        var files = await db.StageSubmissions.AsNoTracking().Where(s => s.ProjectId == projectId)
            .Join(db.EvidenceFiles, s => s.Id, e => e.SubmissionId, (s, e) => new { s.SubmittedUtc, s.SubmittedBy, e.Id, e.FileName, e.Kind })
            .ToListAsync(cancellationToken);
        items.AddRange(files.Select(f => new TimelineItem(ChinaDay(f.SubmittedUtc), TimelineKind.Evidence, f.Kind.ToString(), f.FileName, f.SubmittedBy, null, f.Id)));

        var funds = await db.Funds.AsNoTracking().Where(f => f.ProjectId == projectId).OrderBy(f => f.ReceivedOn)
            .Select(f => new { f.ReceivedOn, f.Source, f.Status, f.AmountWan, f.RecordedBy }).ToListAsync(cancellationToken);
        items.AddRange(funds.Select(f => new TimelineItem(f.ReceivedOn, TimelineKind.Funds, f.Status.ToString(), f.Source.ToString(), f.RecordedBy, f.AmountWan, null)));

        var interactions = await db.Interactions.AsNoTracking().Where(i => i.ProjectId == projectId).OrderBy(i => i.OccurredOn)
            .Select(i => new { i.OccurredOn, i.Kind, i.Officials, i.Notes }).ToListAsync(cancellationToken);
        items.AddRange(interactions.Select(i => new TimelineItem(i.OccurredOn, TimelineKind.Interaction, i.Kind.ToString(), i.Officials, null, null, null) { Remark = i.Notes }));

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId)
            .Select(m => new { m.DueOn, m.CompletedOn, m.Title, m.Owner }).ToListAsync(cancellationToken);
        items.AddRange(milestones.Select(m => new TimelineItem(m.CompletedOn ?? m.DueOn, TimelineKind.Milestone, m.CompletedOn is null ? "Due" : "Completed", m.Title, m.Owner, null, null)));

        return [.. items.OrderByDescending(i => i.On).ThenByDescending(i => i.Kind)];
    }

    private static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(ChinaTime.FromUtc(utc));
}
