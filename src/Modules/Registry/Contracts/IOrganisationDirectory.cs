namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>What the investor resources (客商资源库) record about an organisation; several may apply.</summary>
[Flags]
public enum OrganisationTraits
{
    None = 0,

    /// <summary>世界500强.</summary>
    Global500 = 1,

    /// <summary>中国500强.</summary>
    China500 = 2,

    /// <summary>民营500强.</summary>
    Private500 = 4,

    /// <summary>央企.</summary>
    CentralStateOwned = 8,

    /// <summary>国企.</summary>
    StateOwned = 16,

    /// <summary>上市.</summary>
    Listed = 32,

    /// <summary>行业龙头.</summary>
    IndustryLeader = 64,

    /// <summary>专精特新.</summary>
    Specialised = 128,

    /// <summary>外资.</summary>
    ForeignInvested = 256,
}

/// <summary>An organisation as other modules see it.</summary>
/// <param name="Id">Identity.</param>
/// <param name="Name">Registered name.</param>
/// <param name="CreditCode">统一社会信用代码 when known.</param>
/// <param name="Region">Headquarters region (province or country).</param>
/// <param name="IsForeign">Headquartered abroad.</param>
/// <param name="Traits">Investor-resource flags.</param>
/// <param name="IsGazetteListed">Named in one of plan A's target lists.</param>
/// <param name="MergedIntoId">The surviving organisation when this one was merged into it.</param>
/// <param name="Version">Optimistic concurrency version.</param>
public sealed record OrganisationSummary(Guid Id, string Name, string? CreditCode, string? Region, bool IsForeign, OrganisationTraits Traits, bool IsGazetteListed, Guid? MergedIntoId, int Version);

/// <summary>A new organisation to register.</summary>
/// <param name="Name">Registered name.</param>
/// <param name="CreditCode">统一社会信用代码, optional; must pass the GB 32100 check.</param>
/// <param name="Region">Headquarters region.</param>
/// <param name="IsForeign">Headquartered abroad.</param>
/// <param name="Traits">Investor-resource flags.</param>
/// <param name="AcknowledgeSimilar">True once the user has seen the similar names and still wants a new record.</param>
public sealed record NewOrganisation(string? Name, string? CreditCode, string? Region, bool IsForeign, OrganisationTraits Traits, bool AcknowledgeSimilar);

/// <summary>One page of live organisations.</summary>
/// <param name="Items">The organisations on this page.</param>
/// <param name="Total">How many match in all.</param>
public sealed record OrganisationSummaryPage(IReadOnlyList<OrganisationSummary> Items, int Total);

/// <summary>
/// Organisations for the modules that link to them (investors of projects). No organisation twice: a used credit
/// code is refused, a similar name must be acknowledged, and duplicates are merged.
/// </summary>
public interface IOrganisationDirectory
{
    /// <summary>One organisation, or null.</summary>
    Task<OrganisationSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The organisations with these ids (unknown ids are skipped).</summary>
    Task<IReadOnlyList<OrganisationSummary>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Live (not merged) organisations whose name contains the term, best matches first.</summary>
    Task<IReadOnlyList<OrganisationSummary>> SearchAsync(string term, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Live (not merged) organisations, paged in the database: the name contains <paramref name="term"/> (or the credit code
    /// equals it) and every flag of <paramref name="traits"/> is set. Ordered by name.
    /// </summary>
    Task<OrganisationSummaryPage> SearchPageAsync(string? term, OrganisationTraits traits, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The organisation holding this credit code, or null.</summary>
    Task<OrganisationSummary?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default);

    /// <summary>Live organisations whose name is similar to this one (the same once legal-form suffixes are dropped, or contained).</summary>
    Task<IReadOnlyList<OrganisationSummary>> FindSimilarAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Registers an organisation: 400 on bad input, 409 on a used credit code or an unacknowledged similar name.</summary>
    Task<OrganisationSummary> RegisterAsync(NewOrganisation organisation, CancellationToken cancellationToken = default);

    /// <summary>Sets flags and headquarters; a stale version gets 409.</summary>
    Task<OrganisationSummary> DescribeAsync(Guid id, OrganisationTraits traits, string? region, bool isForeign, int version, CancellationToken cancellationToken = default);

    /// <summary>Marks <paramref name="mergedId"/> as merged into <paramref name="survivorId"/>; repeating it is harmless.</summary>
    Task MarkMergedAsync(Guid mergedId, Guid survivorId, CancellationToken cancellationToken = default);
}
