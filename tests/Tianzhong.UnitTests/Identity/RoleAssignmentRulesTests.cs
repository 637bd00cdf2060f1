using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Identity;

/// <summary>
/// Separation of duties: an administrator role stands alone; a county officer needs a unit, a department officer a
/// department, and nobody else carries either.
/// </summary>
public sealed class RoleAssignmentRulesTests
{
    private const string Shangcai = "411722";
    private const string TalentOffice = "talent-office";

    public static TheoryData<string> AdministratorRoles() => [.. Roles.Administrators];

    public static TheoryData<string, string> AdministratorAndBusinessRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var admin in Roles.Administrators)
        {
            foreach (var business in Roles.Business)
            {
                data.Add(admin, business);
            }
        }

        return data;
    }

    public static TheoryData<string, string> TwoAdministratorRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var first in Roles.Administrators)
        {
            foreach (var second in Roles.Administrators.Where(r => r != first))
            {
                data.Add(first, second);
            }
        }

        return data;
    }

    [Fact]
    public void RoleCatalogueIsSplitIntoAdministratorsAndBusiness()
    {
        Assert.Equal(7, Roles.All.Count);
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), Roles.Administrators.Concat(Roles.Business).Order(StringComparer.Ordinal));
        Assert.Empty(Roles.Administrators.Intersect(Roles.Business));
    }

    [Theory]
    [MemberData(nameof(AdministratorRoles))]
    public void AnAdministratorRoleAloneIsFine(string role)
    {
        Assert.Empty(RoleAssignmentRules.Check([role], null, null));
    }

    [Fact]
    public void ValidBusinessAssignmentsHaveNoProblems()
    {
        Assert.Empty(RoleAssignmentRules.Check([Roles.CityOfficer], null, null));
        Assert.Empty(RoleAssignmentRules.Check([Roles.Leader], null, null));
        Assert.Empty(RoleAssignmentRules.Check([Roles.CountyOfficer], Shangcai, null));
        Assert.Empty(RoleAssignmentRules.Check([Roles.DepartmentOfficer], null, TalentOffice));
        Assert.Empty(RoleAssignmentRules.Check([Roles.CityOfficer, Roles.Leader], null, null));
        Assert.Empty(RoleAssignmentRules.Check([Roles.CountyOfficer, Roles.DepartmentOfficer], Shangcai, TalentOffice));
    }

    [Theory]
    [InlineData("Janitor")]
    [InlineData("systemadministrator")] // role names are exact
    [InlineData("")]
    public void UnknownRoleIsReported(string role)
    {
        Assert.Equal([RoleAssignmentProblem.UnknownRole], RoleAssignmentRules.Check([role], null, null));
    }

    [Fact]
    public void UnknownRoleNextToAKnownOneIsReported()
    {
        Assert.Equal([RoleAssignmentProblem.UnknownRole], RoleAssignmentRules.Check([Roles.CityOfficer, "Janitor"], null, null));
    }

    [Theory]
    [MemberData(nameof(AdministratorAndBusinessRoles))]
    public void AdministratorCombinedWithABusinessRoleIsRefused(string admin, string business)
    {
        // Give the business role the scope it needs so that only the combination is wrong.
        var unit = Roles.NeedsUnit(business) ? Shangcai : null;
        var department = Roles.NeedsDepartment(business) ? TalentOffice : null;

        Assert.Equal([RoleAssignmentProblem.AdministratorCombined], RoleAssignmentRules.Check([admin, business], unit, department));
    }

    [Theory]
    [MemberData(nameof(TwoAdministratorRoles))]
    public void TwoAdministratorRolesAreRefused(string first, string second)
    {
        Assert.Equal([RoleAssignmentProblem.AdministratorCombined], RoleAssignmentRules.Check([first, second], null, null));
    }

    [Fact]
    public void AllThreeAdministratorRolesAreRefused()
    {
        Assert.Equal([RoleAssignmentProblem.AdministratorCombined], RoleAssignmentRules.Check([.. Roles.Administrators], null, null));
    }

    [Fact]
    public void AdministratorWithAnUnknownRoleReportsBoth()
    {
        Assert.Equal(
            [RoleAssignmentProblem.UnknownRole, RoleAssignmentProblem.AdministratorCombined],
            RoleAssignmentRules.Check([Roles.AuditAdministrator, "Janitor"], null, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void CountyOfficerWithoutUnitIsRefused(string? unit)
    {
        Assert.Equal([RoleAssignmentProblem.UnitRequired], RoleAssignmentRules.Check([Roles.CountyOfficer], unit, null));
    }

    [Theory]
    [InlineData(Roles.CityOfficer)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.SystemAdministrator)]
    public void RolesWithoutUnitScopeMayNotCarryAUnit(string role)
    {
        Assert.Equal([RoleAssignmentProblem.UnitNotAllowed], RoleAssignmentRules.Check([role], Shangcai, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void DepartmentOfficerWithoutDepartmentIsRefused(string? department)
    {
        Assert.Equal([RoleAssignmentProblem.DepartmentRequired], RoleAssignmentRules.Check([Roles.DepartmentOfficer], null, department));
    }

    [Theory]
    [InlineData(Roles.CityOfficer)]
    [InlineData(Roles.CountyOfficer)]
    [InlineData(Roles.SecurityAdministrator)]
    public void RolesWithoutDepartmentScopeMayNotCarryADepartment(string role)
    {
        var unit = Roles.NeedsUnit(role) ? Shangcai : null;

        Assert.Equal([RoleAssignmentProblem.DepartmentNotAllowed], RoleAssignmentRules.Check([role], unit, TalentOffice));
    }

    [Fact]
    public void CountyOfficerWithDepartmentButNoUnitReportsBoth()
    {
        Assert.Equal(
            [RoleAssignmentProblem.UnitRequired, RoleAssignmentProblem.DepartmentNotAllowed],
            RoleAssignmentRules.Check([Roles.CountyOfficer], null, TalentOffice));
    }

    [Fact]
    public void CityOfficerWithUnitAndDepartmentReportsBoth()
    {
        Assert.Equal(
            [RoleAssignmentProblem.UnitNotAllowed, RoleAssignmentProblem.DepartmentNotAllowed],
            RoleAssignmentRules.Check([Roles.CityOfficer], Shangcai, TalentOffice));
    }

    [Fact]
    public void CountyAndDepartmentOfficerWithoutScopesReportsBothRequirements()
    {
        Assert.Equal(
            [RoleAssignmentProblem.UnitRequired, RoleAssignmentProblem.DepartmentRequired],
            RoleAssignmentRules.Check([Roles.CountyOfficer, Roles.DepartmentOfficer], null, null));
    }

    [Fact]
    public void EveryProblemKindIsReachable()
    {
        var seen = new HashSet<RoleAssignmentProblem>();
        seen.UnionWith(RoleAssignmentRules.Check(["Janitor"], null, null));
        seen.UnionWith(RoleAssignmentRules.Check([Roles.SystemAdministrator, Roles.SecurityAdministrator], null, null));
        seen.UnionWith(RoleAssignmentRules.Check([Roles.CountyOfficer], null, null));
        seen.UnionWith(RoleAssignmentRules.Check([Roles.CityOfficer], Shangcai, null));
        seen.UnionWith(RoleAssignmentRules.Check([Roles.DepartmentOfficer], null, null));
        seen.UnionWith(RoleAssignmentRules.Check([Roles.Leader], null, TalentOffice));

        Assert.Equal(Enum.GetValues<RoleAssignmentProblem>().Order(), seen.Order());
    }

    [Fact]
    public void NullRolesAreRejectedAsAnArgument()
    {
        Assert.Throws<ArgumentNullException>(() => RoleAssignmentRules.Check(null!, null, null));
    }
}
