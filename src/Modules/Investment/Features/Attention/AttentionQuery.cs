using Tianzhong.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Funds;

namespace Tianzhong.Modules.Investment.Features.Attention;

/// <summary>A project (or one of its milestones) that needs attention.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ProjectName">Its name.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="Reason">Why it needs attention.</param>
/// <param name="Since">Last interaction or registration (在谈), signing date (签而未开), planned production date (开而未投) or due date (milestone).</param>
/// <param name="Detail">The milestone's title, for overdue milestones.</param>
/// <param name="MilestoneId">The milestone, for overdue milestones.</param>
public sealed record AttentionItem(Guid ProjectId, string ProjectName, string UnitCode, AttentionReason Reason, DateOnly Since, string? Detail, Guid? MilestoneId);

public sealed record AttentionCount(AttentionReason Reason, int Count);

/// <param name="Items">Up to the requested number per reason (or overall, for the home page), oldest first.</param>
/// <param name="Total">All items, however many were returned.</param>
/// <param name="Counts">All items per reason.</param>
public sealed record AttentionList(IReadOnlyList<AttentionItem> Items, int Total, IReadOnlyList<AttentionCount> Counts);

/// <summary>
/// The current user's attention list, computed in the database with the cut-off dates of <see cref="AttentionRules"/>:
/// county officers their unit's projects, city officers all, leaders the projects they lead or serve on; everyone
/// also the overdue milestones they own.
/// </summary>
public sealed class AttentionQuery(InvestmentDb db, ICurrentUser currentUser, TimeProvider timeProvider, IOptions<AttentionThresholds> thresholds)
{
    public const int MaxTake = 500;

    /// <summary>The list with at most <paramref name="takePerReason"/> items of each reason.</summary>
    public async Task<AttentionList> ListAsync(int takePerReason, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(takePerReason, 1, MaxTake);
        var today = ChinaTime.Today(timeProvider);
        var limits = thresholds.Value;
        var items = new List<AttentionItem>();
        var counts = new List<AttentionCount>();
        foreach (var reason in Enum.GetValues<AttentionReason>())
        {
            var (count, found) = await ReasonAsync(reason, today, limits, take, cancellationToken);
            counts.Add(new AttentionCount(reason, count));
            items.AddRange(found);
        }

        return new AttentionList(items, counts.Sum(c => c.Count), counts);
    }

    /// <summary>For the home page: the <paramref name="take"/> oldest items of any reason and the total count.</summary>
    public async Task<AttentionList> TopAsync(int take, CancellationToken cancellationToken)
    {
        var list = await ListAsync(take, cancellationToken);
        return list with { Items = [.. list.Items.OrderBy(i => i.Since).ThenBy(i => i.Reason).Take(Math.Clamp(take, 1, MaxTake))] };
    }

    private async Task<(int Count, List<AttentionItem> Items)> ReasonAsync(AttentionReason reason, DateOnly today, AttentionThresholds limits, int take, CancellationToken cancellationToken)
    {
        var projects = ProjectsInScope();
        switch (reason)
        {
            case AttentionReason.NoRecentInteraction:
            {
                var quiet = projects.Needing(db, reason, today, limits)
                    .Select(p => new { p.Id, p.Figures.Name, p.UnitCode, p.CreatedUtc, Last = db.Interactions.Where(i => i.ProjectId == p.Id).Max(i => (DateOnly?)i.OccurredOn) });
                var count = await quiet.CountAsync(cancellationToken);
                var rows = await quiet.OrderBy(x => x.Last != null).ThenBy(x => x.Last).ThenBy(x => x.CreatedUtc).ThenBy(x => x.Id).Take(take).ToListAsync(cancellationToken);
                return (count, rows.ConvertAll(x => new AttentionItem(x.Id, x.Name, x.UnitCode, reason, x.Last ?? DateOnly.FromDateTime(ChinaTime.FromUtc(x.CreatedUtc)), null, null)));
            }

            case AttentionReason.SignedNotStarted:
            {
                var late = projects.Needing(db, reason, today, limits);
                var count = await late.CountAsync(cancellationToken);
                var rows = await late.OrderBy(p => p.SignedOn).ThenBy(p => p.Id).Take(take)
                    .Select(p => new AttentionItem(p.Id, p.Figures.Name, p.UnitCode, reason, p.SignedOn!.Value, null, null))
                    .ToListAsync(cancellationToken);
                return (count, rows);
            }

            case AttentionReason.StartedNotProducing:
            {
                var late = projects.Needing(db, reason, today, limits);
                var count = await late.CountAsync(cancellationToken);
                var rows = await late.OrderBy(p => p.Figures.PlannedProduction).ThenBy(p => p.Id).Take(take)
                    .Select(p => new AttentionItem(p.Id, p.Figures.Name, p.UnitCode, reason, p.Figures.PlannedProduction!.Value, null, null))
                    .ToListAsync(cancellationToken);
                return (count, rows);
            }

            default:
            {
                var owner = currentUser.UserName ?? string.Empty;
                var overdue = from m in db.Milestones.AsNoTracking()
                              join p in db.Projects on m.ProjectId equals p.Id
                              where m.CompletedOn == null && m.DueOn < today && (projects.Any(s => s.Id == m.ProjectId) || m.Owner == owner)
                              select new { m.Id, m.ProjectId, m.Title, m.DueOn, p.Figures.Name, p.UnitCode };
                var count = await overdue.CountAsync(cancellationToken);
                var rows = await overdue.OrderBy(x => x.DueOn).ThenBy(x => x.Id).Take(take).ToListAsync(cancellationToken);
                return (count, rows.ConvertAll(x => new AttentionItem(x.ProjectId, x.Name, x.UnitCode, reason, x.DueOn, x.Title, x.Id)));
            }
        }
    }

    /// <summary>The projects whose state this user answers for (the context's data scope applies on top).</summary>
    private IQueryable<Project> ProjectsInScope()
    {
        var projects = db.Projects.AsNoTracking();
        if (currentUser.IsSystem || currentUser.IsInRole(Roles.CityOfficer))
        {
            return projects;
        }

        if (currentUser.IsInRole(Roles.CountyOfficer) && currentUser.UnitCode is { } unit)
        {
            return projects.Where(p => p.UnitCode == unit);
        }

        if (currentUser.IsInRole(Roles.Leader) && currentUser.UserName is { } leader)
        {
            return projects.Where(p => p.ResponsibleLeader == leader || p.ServiceTeam.Any(m => m.UserName == leader));
        }

        return projects.Where(p => false);
    }
}
