using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Identity.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.ThreeOnes;

/// <param name="Leader">User name of the responsible city leader (role Leader); empty clears it.</param>
/// <param name="Team">User names of the service team.</param>
/// <param name="Version">The project version the caller read.</param>
public sealed record AssignThreeOnesRequest(string? Leader, IReadOnlyList<string>? Team, int Version);

/// <param name="Title">What is to be done.</param>
/// <param name="Owner">User name of the person responsible.</param>
/// <param name="DueOn">Due date.</param>
/// <param name="Version">For revisions: the milestone version the caller read.</param>
public sealed record MilestoneRequest(string? Title, string? Owner, DateOnly? DueOn, int Version = 0);

/// <param name="CompletedOn">Completion date; today when omitted.</param>
/// <param name="Version">The milestone version the caller read.</param>
public sealed record CompleteMilestoneRequest(DateOnly? CompletedOn, int Version);

public sealed record MilestoneView(Guid Id, Guid ProjectId, string Title, string Owner, DateOnly DueOn, DateOnly? CompletedOn, bool IsOverdue, int Version);

public sealed record ThreeOnesView(Guid ProjectId, string? Leader, IReadOnlyList<string> Team, IReadOnlyList<MilestoneView> Milestones, int ProjectVersion);

/// <summary>
/// 三个一 for major (亿元以上) projects: the city names one responsible leader and one service team; the unit keeps
/// one action plan of milestones with owners and due dates. Overdue milestones show on the attention lists.
/// </summary>
public sealed class ThreeOnesPlanning(InvestmentDb db, IUserDirectory users, TimeProvider timeProvider, IStringLocalizer<InvestmentText> text)
{
    public const int MaxTeamSize = 20;

    public async Task<ThreeOnesView> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.ServiceTeam).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var today = ChinaTime.Today(timeProvider);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.DueOn).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return new ThreeOnesView(project.Id, project.ResponsibleLeader, [.. project.ServiceTeam.Select(t => t.UserName).Order(StringComparer.Ordinal)],
            [.. milestones.Select(m => View(m, today))], project.Version);
    }

    public async Task<ThreeOnesView> AssignAsync(Guid projectId, AssignThreeOnesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var project = await db.Projects.Include(p => p.ServiceTeam).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        if (!project.IsOverHundredMillion)
        {
            throw new DomainRuleException("ThreeOnesForMajorProjects", text["ThreeOnes.MajorOnly"]);
        }

        var team = (request.Team ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var errors = new Dictionary<string, string[]>();
        if (team.Count > MaxTeamSize)
        {
            errors["team"] = [text["ThreeOnes.TeamTooLarge", MaxTeamSize]];
        }

        var leader = string.IsNullOrWhiteSpace(request.Leader) ? null : request.Leader.Trim();
        var known = await users.FindAsync([.. team, .. leader is null ? Array.Empty<string>() : [leader]], cancellationToken);
        if (leader is not null && !known.Any(u => Same(u.UserName, leader) && u.Roles.Contains(Roles.Leader)))
        {
            errors["leader"] = [text["ThreeOnes.NotALeader", leader]];
        }

        var unknown = team.Where(t => !known.Any(u => Same(u.UserName, t))).ToList();
        if (unknown.Count > 0 && !errors.ContainsKey("team"))
        {
            errors["team"] = [text["ThreeOnes.UnknownUsers", string.Join(", ", unknown)]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        EnsureVersion(project.Version, request.Version);
        project.AssignThreeOnes(leader is null ? null : known.First(u => Same(u.UserName, leader)).UserName, team.Select(t => known.First(u => Same(u.UserName, t)).UserName));
        await SaveAsync(cancellationToken);
        return await GetAsync(projectId, cancellationToken);
    }

    public async Task<MilestoneView> PlanAsync(Guid projectId, MilestoneRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var (title, owner, dueOn) = await ValidateAsync(request, cancellationToken);
        var milestone = Milestone.Plan(project, title, owner, dueOn);
        db.Milestones.Add(milestone);
        await SaveAsync(cancellationToken);
        return View(milestone, ChinaTime.Today(timeProvider));
    }

    public async Task<MilestoneView> ReviseAsync(Guid milestoneId, MilestoneRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var milestone = await LoadAsync(milestoneId, cancellationToken);
        var (title, owner, dueOn) = await ValidateAsync(request, cancellationToken);
        EnsureVersion(milestone.Version, request.Version);
        milestone.Revise(title, owner, dueOn);
        await SaveAsync(cancellationToken);
        return View(milestone, ChinaTime.Today(timeProvider));
    }

    public async Task<MilestoneView> CompleteAsync(Guid milestoneId, CompleteMilestoneRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var milestone = await LoadAsync(milestoneId, cancellationToken);
        var today = ChinaTime.Today(timeProvider);
        var on = request.CompletedOn ?? today;
        if (on > today)
        {
            throw ValidationFailedException.For("completedOn", text["DateInFuture"]);
        }

        EnsureVersion(milestone.Version, request.Version);
        milestone.Complete(on);
        await SaveAsync(cancellationToken);
        return View(milestone, today);
    }

    public async Task<MilestoneView> ReopenAsync(Guid milestoneId, int version, CancellationToken cancellationToken)
    {
        var milestone = await LoadAsync(milestoneId, cancellationToken);
        EnsureVersion(milestone.Version, version);
        milestone.Reopen();
        await SaveAsync(cancellationToken);
        return View(milestone, ChinaTime.Today(timeProvider));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static MilestoneView View(Milestone m, DateOnly today) => new(m.Id, m.ProjectId, m.Title, m.Owner, m.DueOn, m.CompletedOn, m.IsOverdue(today), m.Version);

    private async Task<Milestone> LoadAsync(Guid milestoneId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Milestones.FirstOrDefaultAsync(m => m.Id == milestoneId, cancellationToken)
            ?? throw new NotFoundException(text["MilestoneNotFound"]);
    }

    private async Task<(string Title, string Owner, DateOnly DueOn)> ValidateAsync(MilestoneRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var title = request.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors["title"] = [text["Required"]];
        }
        else if (title.Length > 200)
        {
            errors["title"] = [text["TooLong", 200]];
        }

        var owner = request.Owner?.Trim() ?? string.Empty;
        var known = owner.Length == 0 ? [] : await users.FindAsync([owner], cancellationToken);
        if (owner.Length == 0)
        {
            errors["owner"] = [text["Required"]];
        }
        else if (known.Count == 0)
        {
            errors["owner"] = [text["ThreeOnes.UnknownUsers", owner]];
        }

        if (request.DueOn is not { } dueOn)
        {
            errors["dueOn"] = [text["Required"]];
        }
        else if (dueOn.Year is < 2000 or > 2100)
        {
            errors["dueOn"] = [text["YearRange"]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return (title, known[0].UserName, request.DueOn!.Value);
    }

    private void EnsureVersion(int stored, int given)
    {
        if (stored != given)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);
    }
}
