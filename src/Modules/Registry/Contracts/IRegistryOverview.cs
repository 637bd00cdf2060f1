namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>Counts for the home page, computed from the registry's own data.</summary>
/// <param name="CountyLevelUnits">County-level units (districts and counties).</param>
/// <param name="FunctionalZones">Functional zones.</param>
/// <param name="Clusters">Industry clusters with their 2025 targets in 亿元.</param>
/// <param name="Directions">Industry directions of plan A part 3.</param>
/// <param name="TargetOrganisations">Distinct target organisations of boxes 专栏1-14.</param>
/// <param name="Listings">Listings in the boxes (an organisation in two boxes counts twice).</param>
/// <param name="ListingsPerBox">Listings per box, box 1 first.</param>
public sealed record RegistryFigures(int CountyLevelUnits, int FunctionalZones, IReadOnlyList<ClusterDto> Clusters, int Directions, int TargetOrganisations, int Listings, IReadOnlyList<int> ListingsPerBox);

/// <summary>Home-page figures from the registry.</summary>
public interface IRegistryOverview
{
    /// <summary>Computes the figures from the database.</summary>
    Task<RegistryFigures> GetAsync(CancellationToken cancellationToken = default);
}
