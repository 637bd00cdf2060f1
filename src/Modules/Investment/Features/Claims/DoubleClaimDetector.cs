using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Claims;

/// <summary>
/// Finds other units' projects that claim the same investment (a shared investor and the same normalised name) and
/// opens a double claim for each new pair, holding the later project at share 0 until the city decides.
/// A county cannot see other units' confidential projects, yet a double claim hides exactly there; so the search
/// runs in a separate system scope, and only a yes/no leaves it. The caller's own scope is never widened.
/// </summary>
public sealed class DoubleClaimDetector(ISystemScopeFactory systemScopes, TimeProvider timeProvider)
{
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
        foreach (var projectId in projectIds.Distinct())
        {
            found += await DetectInAsync(db, projectId, cancellationToken) ? 1 : 0;
        }

        return found;
    }

    private async Task<bool> DetectInAsync(InvestmentDb db, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Investors).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || project.Investors.Count == 0)
        {
            return false;
        }

        var investorIds = project.Investors.Select(i => i.OrganisationId).ToList();

        // Candidates share an investor (indexed); the name comparison needs the normaliser, so it runs on this small set.
        var candidates = await db.Projects.AsNoTracking()
            .Where(p => p.Id != projectId && p.UnitCode != project.UnitCode && p.Investors.Any(i => investorIds.Contains(i.OrganisationId)))
            .Select(p => new { p.Id, p.UnitCode, p.Figures.Name, Investors = p.Investors.Select(i => i.OrganisationId).ToList() })
            .ToListAsync(cancellationToken);
        var matches = candidates
            .Where(c => DoubleClaimRules.AreSameClaim(project.UnitCode, project.Figures.Name, investorIds, c.UnitCode, c.Name, c.Investors))
            .ToList();
        if (matches.Count == 0)
        {
            return false;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var match in matches)
        {
            var known = await db.DoubleClaims.AnyAsync(
                c => (c.FirstProjectId == projectId && c.SecondProjectId == match.Id) || (c.FirstProjectId == match.Id && c.SecondProjectId == projectId),
                cancellationToken);
            if (known)
            {
                continue;
            }

            // The project whose registration or change created the collision is the one held, so no unit can lower
            // another unit's figures by editing its own projects.
            var other = await db.Projects.FirstAsync(p => p.Id == match.Id, cancellationToken);
            var shared = investorIds.Intersect(match.Investors).First();
            db.DoubleClaims.Add(DoubleClaim.Detect(other, project, shared, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
