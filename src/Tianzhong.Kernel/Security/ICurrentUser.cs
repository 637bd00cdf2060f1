namespace Tianzhong.Kernel.Security;

/// <summary>The person (or token) making the current request, with the data scope the platform enforces.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>True for start-up and background work that runs outside any request (seeding, migrations).</summary>
    bool IsSystem { get; }

    string? UserId { get; }

    string? UserName { get; }

    /// <summary>The unit a county officer is scoped to; null for users who are not unit-scoped.</summary>
    string? UnitCode { get; }

    /// <summary>The department a department officer is scoped to.</summary>
    string? DepartmentCode { get; }

    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    /// <summary>True when the user may read every unit's records (city officers and leaders; start-up work).</summary>
    public static bool SeesAllUnits(this ICurrentUser user) =>
        user.IsSystem || user.IsInRole(Roles.CityOfficer) || user.IsInRole(Roles.Leader);

    public static bool SeesUnit(this ICurrentUser user, string unitCode) =>
        user.SeesAllUnits() || string.Equals(user.UnitCode, unitCode, StringComparison.Ordinal);

    /// <summary>
    /// True when the user may write records of this unit outside the unit-scoped persistence guard (records every
    /// unit reads, such as chain attachments and map layers): the city any unit's, a county officer its own only.
    /// A null unit is a city-level record.
    /// </summary>
    public static bool WritesUnit(this ICurrentUser user, string? unitCode) =>
        user.IsSystem || user.IsInRole(Roles.CityOfficer)
        || (user.IsInRole(Roles.CountyOfficer) && unitCode is not null && string.Equals(user.UnitCode, unitCode, StringComparison.Ordinal));
}
