namespace Tianzhong.Modules.Chains.Domain;

/// <summary>Where a link sits from upstream to downstream.</summary>
public enum ChainSegment
{
    Upstream,
    Midstream,
    Downstream,
}

/// <summary>
/// An industry chain (产业链招商图谱) of one of plan A part 3's directions, run under the 双长制: a chain leader (链长,
/// a city leader) and an alliance head (产业联盟会长), with its 链主 enterprises.
/// </summary>
public sealed class IndustryChain
{
    private readonly List<ChainMaster> _masters = [];

    private IndustryChain()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The industry direction's code (Registry); one chain per direction.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int Order { get; private set; }

    /// <summary>链长: the city leader responsible, as written (name and post); empty until the city names one.</summary>
    public string? ChainLeader { get; private set; }

    /// <summary>产业联盟会长: the alliance head, as written.</summary>
    public string? AllianceHead { get; private set; }

    public IReadOnlyList<ChainMaster> Masters => _masters;

    public int Version { get; private set; }

    public static IndustryChain Create(string code, string name, int order) => new() { Id = Guid.NewGuid(), Code = code, Name = name, Order = order };

    public void Describe(string name, string? chainLeader, string? allianceHead)
    {
        Name = name;
        ChainLeader = chainLeader;
        AllianceHead = allianceHead;
        Version++;
    }

    public void SetMasters(IEnumerable<(Guid OrganisationId, string OrganisationName)> masters)
    {
        ArgumentNullException.ThrowIfNull(masters);
        _masters.Clear();
        _masters.AddRange(masters.DistinctBy(m => m.OrganisationId).Select(m => new ChainMaster(Id, m.OrganisationId, m.OrganisationName)));
        Version++;
    }
}

/// <summary>A 链主 enterprise of a chain.</summary>
public sealed class ChainMaster
{
    private ChainMaster()
    {
    }

    public ChainMaster(Guid chainId, Guid organisationId, string organisationName)
    {
        ChainId = chainId;
        OrganisationId = organisationId;
        OrganisationName = organisationName;
    }

    public long Id { get; private set; }

    public Guid ChainId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;
}

/// <summary>A link (环节) of a chain. Links form a tree: a link's parent is the link upstream of it.</summary>
public sealed class ChainLink
{
    private ChainLink()
    {
    }

    public Guid Id { get; private set; }

    public Guid ChainId { get; private set; }

    /// <summary>The link upstream this one hangs from; none for the chain's first links.</summary>
    public Guid? ParentId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public ChainSegment Segment { get; private set; }

    /// <summary>Order among the parent's children.</summary>
    public int Order { get; private set; }

    /// <summary>Why the link is there or what it covers, as the city writes it (for seeded links: the seed's words).</summary>
    public string? Note { get; private set; }

    public int Version { get; private set; }

    public static ChainLink Create(Guid chainId, Guid? parentId, string name, ChainSegment segment, int order, string? note) =>
        new() { Id = Guid.NewGuid(), ChainId = chainId, ParentId = parentId, Name = name, Segment = segment, Order = order, Note = note };

    public void Describe(string name, ChainSegment segment, int order, string? note)
    {
        Name = name;
        Segment = segment;
        Order = order;
        Note = note;
        Version++;
    }

    /// <summary>Moves the link under another parent; <see cref="LinkTree.CheckParent"/> must have accepted it.</summary>
    public void MoveUnder(Guid? parentId)
    {
        ParentId = parentId;
        Version++;
    }
}
