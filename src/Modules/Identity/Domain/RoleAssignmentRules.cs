using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Identity.Domain;

public enum RoleAssignmentProblem
{
    UnknownRole,
    AdministratorCombined,
    UnitRequired,
    UnitNotAllowed,
    DepartmentRequired,
    DepartmentNotAllowed,
}

/// <summary>
/// Separation of duties: an administrator role stands alone (no business role, no second administrator role);
/// a county officer needs exactly one unit, a department officer one department, and nobody else carries either.
/// </summary>
public static class RoleAssignmentRules
{
    public static IReadOnlyList<RoleAssignmentProblem> Check(IReadOnlyCollection<string> roles, string? unitCode, string? departmentCode)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var problems = new List<RoleAssignmentProblem>();
        if (roles.Any(r => !Roles.All.Contains(r)))
        {
            problems.Add(RoleAssignmentProblem.UnknownRole);
        }

        if (roles.Any(Roles.IsAdministrator) && roles.Count > 1)
        {
            problems.Add(RoleAssignmentProblem.AdministratorCombined);
        }

        var needsUnit = roles.Any(Roles.NeedsUnit);
        if (needsUnit && string.IsNullOrWhiteSpace(unitCode))
        {
            problems.Add(RoleAssignmentProblem.UnitRequired);
        }
        else if (!needsUnit && !string.IsNullOrWhiteSpace(unitCode))
        {
            problems.Add(RoleAssignmentProblem.UnitNotAllowed);
        }

        var needsDepartment = roles.Any(Roles.NeedsDepartment);
        if (needsDepartment && string.IsNullOrWhiteSpace(departmentCode))
        {
            problems.Add(RoleAssignmentProblem.DepartmentRequired);
        }
        else if (!needsDepartment && !string.IsNullOrWhiteSpace(departmentCode))
        {
            problems.Add(RoleAssignmentProblem.DepartmentNotAllowed);
        }

        return problems;
    }
}
