namespace Tianzhong.Modules.Chains.Domain;

/// <summary>What is attached to a link.</summary>
public enum AttachmentKind
{
    /// <summary>An enterprise already operating in the city (本地企业).</summary>
    LocalEnterprise,

    /// <summary>An enterprise to attract (目标企业), e.g. one of plan A's boxes.</summary>
    TargetEnterprise,

    /// <summary>A project of the project library.</summary>
    Project,
}

/// <summary>An organisation or a project attached to a chain link.</summary>
public sealed class LinkAttachment
{
    private LinkAttachment()
    {
    }

    public long Id { get; private set; }

    public Guid ChainId { get; private set; }

    public Guid LinkId { get; private set; }

    public AttachmentKind Kind { get; private set; }

    /// <summary>The organisation (local or target enterprise); null for a project.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The project; null for an enterprise.</summary>
    public Guid? ProjectId { get; private set; }

    /// <summary>The organisation's or project's name when attached, for lists that must not call other modules per row.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The unit the local enterprise or project belongs to; null for a target enterprise.</summary>
    public string? UnitCode { get; private set; }

    public string AttachedBy { get; private set; } = string.Empty;

    public DateTime AttachedUtc { get; private set; }

    public static LinkAttachment Organisation(Guid chainId, Guid linkId, AttachmentKind kind, Guid organisationId, string name, string? unitCode, string by, DateTime nowUtc)
    {
        if (kind == AttachmentKind.Project)
        {
            throw new ArgumentException("A project is attached with Project().", nameof(kind));
        }

        return new() { ChainId = chainId, LinkId = linkId, Kind = kind, OrganisationId = organisationId, Name = name, UnitCode = unitCode, AttachedBy = by, AttachedUtc = nowUtc };
    }

    public static LinkAttachment Project(Guid chainId, Guid linkId, Guid projectId, string name, string unitCode, string by, DateTime nowUtc) =>
        new() { ChainId = chainId, LinkId = linkId, Kind = AttachmentKind.Project, ProjectId = projectId, Name = name, UnitCode = unitCode, AttachedBy = by, AttachedUtc = nowUtc };
}
