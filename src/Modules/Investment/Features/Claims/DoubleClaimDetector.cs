using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Claims;

/// <summary>
/// Finds other units' projects that claim the same investment (a shared investor and the same normalised name) and
/// opens a double claim for each new pair, holding the checked project (whose change made the pair) at share 0 until
/// the city decides.
/// A county cannot see other units' confidential projects, yet a double claim hides exactly there; so the search
/// runs in a separate system scope, and only a yes/no leaves it. The caller's own scope is never widened.
/// </summary>
public sealed class DoubleClaimDetector(ISystemScopeFactory systemScopes, TimeProvider timeProvider)
{
    // Bounds the IN lists of one round of queries; an import of 10,000 rows takes 20 rounds, not 10,000.
    private const int Chunk = 500;

    /// <summary>True when the project is part of a double claim (new or already open).</summary>
    public async Task<bool> DetectAsync(Guid projectId, CancellationToken cancellationToken) =>
        await DetectManyAsync([projectId], cancellationToken) > 0;

    /// <summary>Checks several projects (an import, a merge) in one system scope; returns how many are in a claim.</summary>
    public async Task<int> DetectManyAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        if (projectIds.Count == 0)
        {
            return 0;
        }

        await using var scope = systemScopes.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var found = 0;
        foreach (var chunk in projectIds.Distinct().Chunk(Chunk))
        {
            found += await DetectChunkAsync(db, chunk, cancellationToken);
        }

        return found;
    }

    private async Task<int> DetectChunkAsync(InvestmentDb db, Guid[] ids, CancellationToken cancellationToken)
    {
        var checkedProjects = await db.Projects.Include(p => p.Investors)
            .Where(p => ids.Contains(p.Id) && p.Investors.Any())
            .ToListAsync(cancellationToken);
        if (checkedProjects.Count == 0)
        {
            return 0;
        }

        // Candidates share an investor (indexed); the name comparison needs the normaliser, so it runs on this small set.
        var investorIds = checkedProjects.SelectMany(p => p.Investors.Select(i => i.OrganisationId)).Distinct().ToList();
        var candidates = await db.Projects.AsNoTracking()
            .Where(p => p.Investors.Any(i => investorIds.Contains(i.OrganisationId)))
            .Select(p => new { p.Id, p.UnitCode, p.Figures.Name, Investors = p.Investors.Select(i => i.OrganisationId).ToList() })
            .ToListAsync(cancellationToken);
        var pairs = (from project in checkedProjects
                     let projectInvestors = project.Investors.Select(i => i.OrganisationId).ToList()
                     from candidate in candidates
                     where candidate.Id != project.Id
                           && DoubleClaimRules.AreSameClaim(project.UnitCode, project.Figures.Name, projectInvestors, candidate.UnitCode, candidate.Name, candidate.Investors)
                     select (Project: project, OtherId: candidate.Id, Shared: projectInvestors.Intersect(candidate.Investors).First()))
            .ToList();
        if (pairs.Count == 0)
        {
            return 0;
        }

        var involved = pairs.Select(p => p.OtherId).Concat(ids).Distinct().ToList();
        var known = (await db.DoubleClaims.AsNoTracking()
                .Where(c => involved.Contains(c.FirstProjectId) && involved.Contains(c.SecondProjectId))
                .Select(c => new { c.FirstProjectId, c.SecondProjectId })
                .ToListAsync(cancellationToken))
            .Select(c => Key(c.FirstProjectId, c.SecondProjectId))
            .ToHashSet();
        var otherIds = pairs.Select(p => p.OtherId).Distinct().ToList();
        var tracked = await db.Projects.Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var project in checkedProjects)
        {
            tracked.TryAdd(project.Id, project);
        }

        // The checked project (whose registration or change made the pair) is the one held, so no unit can lower
        // another unit's figures by editing its own projects.
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var (project, otherId, shared) in pairs)
        {
            if (known.Add(Key(project.Id, otherId)))
            {
                db.DoubleClaims.Add(DoubleClaim.Detect(tracked[otherId], project, shared, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return pairs.Select(p => p.Project.Id).Distinct().Count();
    }

    private static (Guid, Guid) Key(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
