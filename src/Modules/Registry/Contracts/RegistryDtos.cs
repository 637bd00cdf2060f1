namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>A unit with its layout roles and specialty.</summary>
/// <param name="Code">Platform code (the GB/T 2260 code where the unit has one).</param>
/// <param name="GbCode">GB/T 2260 code, or null for functional zones.</param>
/// <param name="StatisticalCode">Statistical code of a functional zone where one exists (经济开发区 411771).</param>
/// <param name="Name">Name as the gazette writes it.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Kind">City, District, County or FunctionalZone.</param>
/// <param name="LayoutRoles">Codes of its roles in 一核、两带、一轴、多点.</param>
/// <param name="Specialty">Its 多点 specialty in the seed's words.</param>
/// <param name="CoreFocus">What the 一核 paragraph assigns to it.</param>
public sealed record UnitDto(string Code, string? GbCode, string? StatisticalCode, string Name, string NameEn, string Kind, IReadOnlyList<string> LayoutRoles, string? Specialty, string? CoreFocus);

/// <summary>A layout role of plan A part 2(4).</summary>
/// <param name="Code">Core, NorthBelt, SouthBelt, Axis or Node.</param>
/// <param name="Name">The seed's name (一核 ...).</param>
/// <param name="Description">The seed's description.</param>
/// <param name="UnitCodes">The units that play it.</param>
public sealed record LayoutRoleDto(string Code, string Name, string Description, IReadOnlyList<string> UnitCodes);

/// <summary>Units and the layout, as served by <c>GET /api/v1/registry/units</c>.</summary>
/// <param name="City">The city itself.</param>
/// <param name="Units">The 10 county-level units and the 3 functional zones.</param>
/// <param name="LayoutRoles">The layout roles with their units.</param>
public sealed record UnitsResponse(UnitDto City, IReadOnlyList<UnitDto> Units, IReadOnlyList<LayoutRoleDto> LayoutRoles);

/// <summary>An industry direction.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Category">Category code.</param>
/// <param name="Name">Seed name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Box">专栏 number of its target list.</param>
/// <param name="Regions">Regions to approach.</param>
/// <param name="HostUnitCodes">Host units.</param>
/// <param name="HostText">The seed's phrase naming the hosts.</param>
/// <param name="SubSectors">Key sub-sectors.</param>
/// <param name="MajorGroups">GB/T 4754-2017 major groups.</param>
public sealed record DirectionDto(string Code, string Category, string Name, string NameEn, int? Box, IReadOnlyList<string> Regions, IReadOnlyList<string> HostUnitCodes, string? HostText, IReadOnlyList<string> SubSectors, IReadOnlyList<string> MajorGroups);

/// <summary>A direction category.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Seed name.</param>
public sealed record CategoryDto(string Code, string Name);

/// <summary>An industry cluster with its 2025 target.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Seed name.</param>
/// <param name="ScaleClass">Seed's scale words.</param>
/// <param name="TargetScaleYi">2025 scale target in 亿元.</param>
/// <param name="Direction">Direction code.</param>
public sealed record ClusterDto(string Code, string Name, string ScaleClass, decimal TargetScaleYi, string Direction);

/// <summary>A GB/T 4754-2017 section with its major groups.</summary>
/// <param name="Code">Section letter.</param>
/// <param name="Name">Official name.</param>
/// <param name="MajorGroups">Its major groups.</param>
public sealed record SectionDto(string Code, string Name, IReadOnlyList<MajorGroupDto> MajorGroups);

/// <summary>A GB/T 4754-2017 major group.</summary>
/// <param name="Code">Two-digit code.</param>
/// <param name="Name">Official name.</param>
public sealed record MajorGroupDto(string Code, string Name);

/// <summary>Everything about industries, as served by <c>GET /api/v1/registry/industries</c>.</summary>
/// <param name="Categories">Direction categories.</param>
/// <param name="Directions">Directions.</param>
/// <param name="Clusters">The nine clusters.</param>
/// <param name="Sections">GB/T 4754-2017.</param>
public sealed record IndustriesResponse(IReadOnlyList<CategoryDto> Categories, IReadOnlyList<DirectionDto> Directions, IReadOnlyList<ClusterDto> Clusters, IReadOnlyList<SectionDto> Sections);
