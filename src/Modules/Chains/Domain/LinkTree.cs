namespace Tianzhong.Modules.Chains.Domain;

/// <summary>Why a link cannot hang where it was asked to.</summary>
public enum LinkParentProblem
{
    None,
    Itself,
    AnotherChain,
    Cycle,
    UnknownParent,
}

/// <summary>The tree rule: a link hangs under a link of its own chain, never under itself or one of its own descendants.</summary>
public static class LinkTree
{
    /// <param name="linkId">The link to place (null for a new link, which cannot close a cycle).</param>
    /// <param name="chainId">The link's chain.</param>
    /// <param name="parentId">The proposed parent, or null for a first link.</param>
    /// <param name="links">Every link of the chain (id, chain, parent).</param>
    public static LinkParentProblem CheckParent(Guid? linkId, Guid chainId, Guid? parentId, IReadOnlyCollection<(Guid Id, Guid ChainId, Guid? ParentId)> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (parentId is not { } parent)
        {
            return LinkParentProblem.None;
        }

        if (parent == linkId)
        {
            return LinkParentProblem.Itself;
        }

        var byId = links.ToDictionary(l => l.Id);
        if (!byId.TryGetValue(parent, out var parentLink))
        {
            return LinkParentProblem.UnknownParent;
        }

        if (parentLink.ChainId != chainId)
        {
            return LinkParentProblem.AnotherChain;
        }

        // Walk up from the proposed parent: meeting the link itself means the link would become its own ancestor.
        var seen = new HashSet<Guid>();
        for (Guid? current = parent; current is { } id && byId.TryGetValue(id, out var link); current = link.ParentId)
        {
            if (id == linkId || !seen.Add(id))
            {
                return LinkParentProblem.Cycle;
            }
        }

        return LinkParentProblem.None;
    }
}
