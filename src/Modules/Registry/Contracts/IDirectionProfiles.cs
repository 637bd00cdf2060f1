namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>What plan A part 3 says about an industry direction, for precision matching.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">The seed's name.</param>
/// <param name="Box">The 专栏 listing its target enterprises, if any.</param>
/// <param name="Regions">The regions to approach, in the seed's words (provinces, cities, areas or countries).</param>
/// <param name="HostUnitCodes">The units the seed names as hosts.</param>
/// <param name="SubSectors">Key sub-sectors in the seed's words.</param>
public sealed record DirectionProfile(string Code, string Name, int? Box, IReadOnlyList<string> Regions, IReadOnlyList<string> HostUnitCodes, IReadOnlyList<string> SubSectors);

/// <summary>Industry directions with their box, regions, host units and sub-sectors.</summary>
public interface IDirectionProfiles
{
    /// <summary>One direction, or null.</summary>
    Task<DirectionProfile?> FindAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The directions whose host units include this unit, in plan order.</summary>
    Task<IReadOnlyList<DirectionProfile>> HostedByAsync(string unitCode, CancellationToken cancellationToken = default);
}
