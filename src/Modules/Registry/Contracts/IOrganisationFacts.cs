namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>An organisation's appearance in one box (专栏) of plan A.</summary>
/// <param name="Box">The box number.</param>
/// <param name="DirectionCode">The industry direction the box lists targets for.</param>
/// <param name="SubSector">The sub-sector the box names it under, if any.</param>
public sealed record ListingFact(int Box, string DirectionCode, string? SubSector);

/// <summary>What precision matching reads about one live organisation.</summary>
/// <param name="Id">The organisation.</param>
/// <param name="Name">Registered name.</param>
/// <param name="Region">Headquarters region (province or country) as recorded.</param>
/// <param name="IsForeign">Headquartered abroad.</param>
/// <param name="Traits">Investor-resource flags.</param>
/// <param name="Listings">Its listings in plan A's boxes (empty when not listed).</param>
public sealed record OrganisationFacts(Guid Id, string Name, string? Region, bool IsForeign, OrganisationTraits Traits, IReadOnlyList<ListingFact> Listings);

/// <summary>
/// Slim facts of every live (not merged) organisation in two set-based reads, for algorithms that must look at all
/// of them (precision matching scores every organisation). Never one query per organisation.
/// </summary>
public interface IOrganisationFacts
{
    /// <summary>Every live organisation with its listings, ordered by name.</summary>
    Task<IReadOnlyList<OrganisationFacts>> ListLiveAsync(CancellationToken cancellationToken = default);
}
