using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Investment.Contracts;

namespace Tianzhong.Modules.Chains.Features.Gaps;

/// <summary>A link with its figures and gap status.</summary>
public sealed record LinkGap(Guid LinkId, Guid? ParentId, string Name, ChainSegment Segment, int Order, GapStatus Status, LinkFigures Figures, int TargetEnterprises);

/// <summary>
/// Computes every link's figures and gap status for a chain. The statuses are the city's picture, the same for every
/// viewer, so the attached projects are read in the system scope; only counts and sums leave this class, never the
/// names of projects a county may not see.
/// </summary>
public sealed class LinkGaps(ChainsDb db, ISystemScopeFactory systemScopes)
{
    public async Task<IReadOnlyList<LinkGap>> ForChainAsync(Guid chainId, CancellationToken cancellationToken = default)
    {
        var links = await db.Links.AsNoTracking().Where(l => l.ChainId == chainId)
            .Select(l => new { l.Id, l.ParentId, l.Name, l.Segment, l.Order })
            .ToListAsync(cancellationToken);
        var counts = await db.Attachments.AsNoTracking().Where(a => a.ChainId == chainId && a.Kind != AttachmentKind.Project)
            .GroupBy(a => new { a.LinkId, a.Kind })
            .Select(g => new { g.Key.LinkId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var projectLinks = await db.Attachments.AsNoTracking().Where(a => a.ChainId == chainId && a.Kind == AttachmentKind.Project && a.ProjectId != null)
            .Select(a => new { a.LinkId, ProjectId = a.ProjectId!.Value })
            .ToListAsync(cancellationToken);
        var rules = await db.Settings.AsNoTracking().Where(s => s.Id == ChainSettings.SingletonId).Select(s => s.Gaps).FirstOrDefaultAsync(cancellationToken) ?? GapRules.Default;

        var projects = await CountedProjectsAsync([.. projectLinks.Select(p => p.ProjectId)], cancellationToken);
        return [.. links.Select(l =>
        {
            int Count(AttachmentKind kind) => counts.Where(c => c.LinkId == l.Id && c.Kind == kind).Sum(c => c.Count);
            var counted = projectLinks.Where(p => p.LinkId == l.Id && projects.ContainsKey(p.ProjectId)).Select(p => projects[p.ProjectId]).ToList();
            var figures = new LinkFigures(Count(AttachmentKind.LocalEnterprise), counted.Count, counted.Sum());
            return new LinkGap(l.Id, l.ParentId, l.Name, l.Segment, l.Order, rules.Evaluate(figures), figures, Count(AttachmentKind.TargetEnterprise));
        })];
    }

    // Signed-or-later projects with their contract investment, read whatever the caller's scope.
    private async Task<Dictionary<Guid, decimal>> CountedProjectsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var scope = systemScopes.CreateSystemScope();
        var digests = await scope.ServiceProvider.GetRequiredService<IProjectDigests>().FindManyAsync(ids, cancellationToken);
        return digests.Where(d => d.IsSignedOrLater).ToDictionary(d => d.Id, d => d.ContractInvestmentWan);
    }
}
