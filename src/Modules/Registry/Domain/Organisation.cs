using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Text;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Registry.Domain;

public enum OrganisationKind
{
    Enterprise,
    ResearchInstitute,
}

/// <summary>
/// An enterprise or research institute. One organisation named in several boxes of plan A is one organisation
/// with several listings, never two organisations.
/// </summary>
public sealed class Organisation
{
    private readonly List<OrganisationListing> _listings = [];

    private Organisation()
    {
    }

    public Organisation(string key, string name, OrganisationKind kind, int order)
    {
        Id = Guid.CreateVersion7();
        Key = key;
        Name = name;
        NormalisedName = NameNormaliser.Normalise(name);
        Kind = kind;
        Order = order;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable key of a gazette-listed organisation (its reference-data identity).</summary>
    public string Key { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name without spaces, punctuation and legal-form suffixes: what duplicate detection compares.</summary>
    public string NormalisedName { get; private set; } = string.Empty;

    public OrganisationKind Kind { get; private set; }

    /// <summary>Province-level region (or home country) of the headquarters.</summary>
    public string? Region { get; private set; }

    public bool IsForeign { get; private set; }

    /// <summary>统一社会信用代码 when known.</summary>
    public string? CreditCode { get; private set; }

    /// <summary>True when <see cref="CreditCode"/> is a legacy pilot code accepted despite its check character.</summary>
    public bool CreditCodeIsLegacy { get; private set; }

    /// <summary>What the investor resources record about it: 世界500强, 央企, 上市, 专精特新 and so on.</summary>
    public OrganisationTraits Traits { get; private set; }

    /// <summary>Set when this record was merged into another; it then stays only so old links can be followed.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>Order of first appearance in the gazette (user-registered organisations come after all listed ones).</summary>
    public int Order { get; private set; }

    /// <summary>Optimistic concurrency token: a save with a stale version is refused, never silently applied.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<OrganisationListing> Listings => _listings;

    public void Describe(string name, OrganisationKind kind, string? region, bool isForeign, int order)
    {
        Name = name;
        NormalisedName = NameNormaliser.Normalise(name);
        Kind = kind;
        Region = region;
        IsForeign = isForeign;
        Order = order;
    }

    /// <summary>An organisation registered by a user (not from the gazette); its key is derived from its id.</summary>
    public static Organisation Register(string name, OrganisationKind kind, string? region, bool isForeign, UnifiedSocialCreditCode? creditCode, OrganisationTraits traits)
    {
        var organisation = new Organisation { Id = Guid.CreateVersion7(), Name = name, NormalisedName = NameNormaliser.Normalise(name), Kind = kind, Region = region, IsForeign = isForeign, Traits = traits, Order = int.MaxValue, Version = 1 };
        organisation.Key = $"u-{organisation.Id:N}";
        organisation.CreditCode = creditCode?.Value;
        organisation.CreditCodeIsLegacy = creditCode?.IsLegacyOverride ?? false;
        return organisation;
    }

    public void DescribeProfile(OrganisationTraits traits, string? region, bool isForeign)
    {
        Traits = traits;
        Region = region;
        IsForeign = isForeign;
        Version++;
    }

    public void MergeInto(Guid survivorId)
    {
        MergedIntoId = survivorId;
        Version++;
    }

    /// <summary>Another record was merged into this one; the version moves so concurrent merges are serialised.</summary>
    public void AbsorbMerge() => Version++;

    public void SetListings(IEnumerable<OrganisationListing> listings)
    {
        var wanted = listings.ToList();
        _listings.RemoveAll(l => !wanted.Any(w => w.SameAs(l)));
        _listings.AddRange(wanted.Where(w => !_listings.Any(l => l.SameAs(w))));
    }

    public void AssignCreditCode(UnifiedSocialCreditCode? code)
    {
        CreditCode = code?.Value;
        CreditCodeIsLegacy = code?.IsLegacyOverride ?? false;
        Version++;
    }
}

/// <summary>An organisation's appearance in one box (专栏) of plan A, in the box's own wording.</summary>
public sealed class OrganisationListing
{
    private OrganisationListing()
    {
    }

    public OrganisationListing(int box, string directionCode, string? subSector, string nameAsListed)
    {
        Box = box;
        DirectionCode = directionCode;
        SubSector = subSector;
        NameAsListed = nameAsListed;
    }

    public long Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public int Box { get; private set; }

    public string DirectionCode { get; private set; } = string.Empty;

    public string? SubSector { get; private set; }

    public string NameAsListed { get; private set; } = string.Empty;

    public bool SameAs(OrganisationListing other) =>
        other is not null && Box == other.Box && DirectionCode == other.DirectionCode && SubSector == other.SubSector && NameAsListed == other.NameAsListed;
}
