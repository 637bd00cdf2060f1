namespace Tianzhong.Kernel.Security;

/// <summary>The platform's roles. The three administrators are separate duties and see no business data.</summary>
public static class Roles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string SecurityAdministrator = "SecurityAdministrator";
    public const string AuditAdministrator = "AuditAdministrator";
    public const string CityOfficer = "CityOfficer";
    public const string CountyOfficer = "CountyOfficer";
    public const string Leader = "Leader";
    public const string DepartmentOfficer = "DepartmentOfficer";

    public static readonly IReadOnlyList<string> All =
        [SystemAdministrator, SecurityAdministrator, AuditAdministrator, CityOfficer, CountyOfficer, Leader, DepartmentOfficer];

    public static readonly IReadOnlyList<string> Administrators = [SystemAdministrator, SecurityAdministrator, AuditAdministrator];

    /// <summary>Roles that work with business data (projects, enterprises, subsidies...).</summary>
    public static readonly IReadOnlyList<string> Business = [CityOfficer, CountyOfficer, Leader, DepartmentOfficer];

    public static bool IsAdministrator(string role) => Administrators.Contains(role);

    /// <summary>A role that needs a unit scope.</summary>
    public static bool NeedsUnit(string role) => role == CountyOfficer;

    /// <summary>A role that needs a department scope.</summary>
    public static bool NeedsDepartment(string role) => role == DepartmentOfficer;
}
