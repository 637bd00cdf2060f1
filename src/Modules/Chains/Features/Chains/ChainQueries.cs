using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Features.Gaps;
using Tianzhong.Modules.Chains.Resources;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Features.Chains;

/// <summary>Reads chains, their links with gap statuses and suggestions, and what is attached to a link.</summary>
public sealed class ChainQueries(ChainsDb db, LinkGaps gaps, IProjectDigests projects, IUnitDirectory units, IAuditTrail audit, IStringLocalizer<ChainsText> text)
{
    /// <summary>Every chain in plan order with its links' figures added up.</summary>
    public async Task<IReadOnlyList<ChainSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var file = ChainsFile.Load();
        var chains = await db.Chains.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.Name, c.Order, c.ChainLeader, c.AllianceHead })
            .ToListAsync(cancellationToken);
        var result = new List<ChainSummary>(chains.Count);
        foreach (var c in chains)
        {
            var links = await gaps.ForChainAsync(c.Id, cancellationToken);
            var category = file.CategoryOf(c.Code);
            result.Add(new ChainSummary(
                c.Code, c.Name, category?.Code, category?.Name, c.Order, c.ChainLeader, c.AllianceHead, links.Count,
                links.Count(l => l.Status == GapStatus.Missing), links.Count(l => l.Status == GapStatus.Weak), links.Count(l => l.Status == GapStatus.Strong),
                links.Sum(l => l.Figures.LocalEnterprises), links.Sum(l => l.Figures.Projects), links.Sum(l => l.Figures.InvestmentWan)));
        }

        return result;
    }

    /// <summary>One chain by code with its links in tree order; 404 when unknown.</summary>
    public async Task<ChainView> GetAsync(string code, CancellationToken cancellationToken)
    {
        var chain = await db.Chains.AsNoTracking().Include(c => c.Masters).SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new NotFoundException(text["ChainNotFound"]);
        var links = await LinkViewsAsync(chain.Id, cancellationToken);
        var rules = await db.Settings.AsNoTracking().Where(s => s.Id == ChainSettings.SingletonId).Select(s => s.Gaps).FirstOrDefaultAsync(cancellationToken) ?? GapRules.Default;
        return new ChainView(
            chain.Id, chain.Code, chain.Name, ChainsFile.Load().CategoryOf(chain.Code)?.Name, chain.ChainLeader, chain.AllianceHead,
            [.. chain.Masters.OrderBy(m => m.OrganisationName, StringComparer.Ordinal).Select(m => new ChainMasterView(m.OrganisationId, m.OrganisationName))],
            links, rules, chain.Version);
    }

    /// <summary>A link with its enterprises and the projects the caller may see; 404 when unknown.</summary>
    public async Task<LinkDetail> GetLinkAsync(Guid linkId, CancellationToken cancellationToken)
    {
        var link = await db.Links.AsNoTracking().Where(l => l.Id == linkId).Select(l => new { l.ChainId }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(text["LinkNotFound"]);
        var chain = await db.Chains.AsNoTracking().Where(c => c.Id == link.ChainId).Select(c => new { c.Code, c.Name }).SingleAsync(cancellationToken);
        var view = (await LinkViewsAsync(link.ChainId, cancellationToken)).Single(l => l.Id == linkId);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.LinkId == linkId).OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var unitNames = (await units.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        string? UnitName(string? code) => code is not null && unitNames.TryGetValue(code, out var name) ? name : null;

        AttachedEnterprise Enterprise(LinkAttachment a) => new(a.Id, a.OrganisationId!.Value, a.Name, a.UnitCode, UnitName(a.UnitCode));
        var projectIds = attachments.Where(a => a.Kind == AttachmentKind.Project && a.ProjectId is not null).Select(a => a.ProjectId!.Value).ToList();

        // The caller's own scope: a project the caller may not see is left out of the list (the figures still count it).
        var digests = projectIds.Count == 0 ? [] : (await projects.FindManyAsync(projectIds, cancellationToken)).ToDictionary(d => d.Id);
        var listed = attachments.Where(a => a.Kind == AttachmentKind.Project && a.ProjectId is { } id && digests.ContainsKey(id))
            .Select(a =>
            {
                var d = digests[a.ProjectId!.Value];
                return new AttachedProject(a.Id, d.Id, d.Name, d.UnitCode, UnitName(d.UnitCode), d.Stage, d.ContractInvestmentWan, d.IsSignedOrLater);
            })
            .ToList();
        return new LinkDetail(
            view, chain.Code, chain.Name,
            [.. attachments.Where(a => a.Kind == AttachmentKind.LocalEnterprise).Select(Enterprise)],
            [.. attachments.Where(a => a.Kind == AttachmentKind.TargetEnterprise).Select(Enterprise)],
            listed);
    }

    /// <summary>Records that the chain's graph was exported as an image.</summary>
    public Task RecordImageExportAsync(string code, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(AuditAction.Export, nameof(IndustryChain), code, AuditOutcome.Success, Detail: "chain graph PNG"), cancellationToken);

    /// <summary>The chain's links with figures, status, suggestion, note and version, each link before its children.</summary>
    internal async Task<IReadOnlyList<ChainLinkView>> LinkViewsAsync(Guid chainId, CancellationToken cancellationToken)
    {
        var figures = await gaps.ForChainAsync(chainId, cancellationToken);
        var extra = await db.Links.AsNoTracking().Where(l => l.ChainId == chainId).Select(l => new { l.Id, l.Note, l.Version }).ToDictionaryAsync(l => l.Id, cancellationToken);
        var parents = figures.Where(f => f.ParentId is not null).Select(f => f.ParentId!.Value).ToHashSet();
        var views = figures.Select(f => new ChainLinkView(
            f.LinkId, f.ParentId, f.Name, f.Segment, f.Order, extra.GetValueOrDefault(f.LinkId)?.Note, f.Status, ChainSuggestions.For(f.Status, parents.Contains(f.LinkId)),
            f.Figures.LocalEnterprises, f.Figures.Projects, f.Figures.InvestmentWan, f.TargetEnterprises, extra.GetValueOrDefault(f.LinkId)?.Version ?? 0)).ToList();
        return TreeOrder(views);
    }

    /// <summary>Depth-first: first links by order, each followed by its children by order. Links whose parent is gone come last.</summary>
    internal static IReadOnlyList<ChainLinkView> TreeOrder(IReadOnlyList<ChainLinkView> links)
    {
        var ids = links.Select(l => l.Id).ToHashSet();
        var children = links.ToLookup(l => l.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        var result = new List<ChainLinkView>(links.Count);
        var seen = new HashSet<Guid>();
        void Walk(Guid? parent)
        {
            foreach (var link in children[parent].OrderBy(l => l.Order).ThenBy(l => l.Name, StringComparer.Ordinal))
            {
                if (seen.Add(link.Id))
                {
                    result.Add(link);
                    Walk(link.Id);
                }
            }
        }

        Walk(null);
        result.AddRange(links.Where(l => !seen.Contains(l.Id)));
        return result;
    }
}
