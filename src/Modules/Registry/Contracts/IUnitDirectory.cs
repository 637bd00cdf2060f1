namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>An administrative unit as other modules see it.</summary>
/// <param name="Code">The unit's platform code: its GB/T 2260 code where it has one.</param>
/// <param name="Name">The unit's name as the gazette writes it.</param>
/// <param name="Kind">City, district, county or functional zone.</param>
public sealed record UnitSummary(string Code, string Name, string Kind);

/// <summary>A city department that can lead or handle items (e.g. the talent office).</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">The department's name as the gazette writes it.</param>
public sealed record DepartmentSummary(string Code, string Name);

/// <summary>Read access to the units and departments, for modules that assign scopes or validate codes.</summary>
public interface IUnitDirectory
{
    /// <summary>The county-level units and functional zones (not the city itself), in gazette order.</summary>
    Task<IReadOnlyList<UnitSummary>> ListUnitsAsync(CancellationToken cancellationToken = default);

    /// <summary>The city departments.</summary>
    Task<IReadOnlyList<DepartmentSummary>> ListDepartmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Finds a unit by code, or null.</summary>
    Task<UnitSummary?> FindUnitAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Finds a department by code, or null.</summary>
    Task<DepartmentSummary?> FindDepartmentAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>Display helpers over a loaded unit list.</summary>
public static class UnitSummaries
{
    /// <summary>The unit's name, or its code when the list does not hold it.</summary>
    public static string NameOf(this IReadOnlyList<UnitSummary> units, string code)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.FirstOrDefault(u => u.Code == code)?.Name ?? code;
    }
}
