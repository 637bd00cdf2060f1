namespace Tianzhong.Kernel.Security;

/// <summary>
/// Named authorization policies. Every API endpoint carries exactly one of them (checked by an integration test
/// that enumerates all endpoints), so no endpoint is left open by accident.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: reference data such as units and industries.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Business roles (city, county, leader, department): business data, filtered by data scope.</summary>
    public const string BusinessRead = "BusinessRead";

    /// <summary>Writing a unit's own records (projects ...): city officers for any unit, county officers for their own (scope-guarded).</summary>
    public const string UnitWrite = "UnitWrite";

    /// <summary>City-level edits of shared business records (e.g. an organisation's credit code): city officers.</summary>
    public const string CityWrite = "CityWrite";

    /// <summary>Seeing the list of accounts: the system and the security administrator.</summary>
    public const string ViewAccounts = "ViewAccounts";

    /// <summary>Accounts: create, disable, unlock, reset. System administrator only.</summary>
    public const string ManageAccounts = "ManageAccounts";

    /// <summary>Roles, scopes and security policies. Security administrator only.</summary>
    public const string ManageSecurity = "ManageSecurity";

    /// <summary>Reading and exporting the audit log. Audit administrator only.</summary>
    public const string ReadAudit = "ReadAudit";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [Authenticated] = Roles.All,
        [BusinessRead] = Roles.Business,
        [UnitWrite] = [Roles.CityOfficer, Roles.CountyOfficer],
        [CityWrite] = [Roles.CityOfficer],
        [ViewAccounts] = [Roles.SystemAdministrator, Roles.SecurityAdministrator],
        [ManageAccounts] = [Roles.SystemAdministrator],
        [ManageSecurity] = [Roles.SecurityAdministrator],
        [ReadAudit] = [Roles.AuditAdministrator],
    };
}
