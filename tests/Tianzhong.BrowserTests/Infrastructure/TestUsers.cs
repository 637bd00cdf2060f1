using Tianzhong.Kernel.Security;

namespace Tianzhong.BrowserTests.Infrastructure;

/// <summary>An account the fixture creates before the first test.</summary>
public sealed record TestUser(string UserName, string DisplayName, string Role, string? UnitCode = null, bool MustChangePassword = false, bool TwoFactor = false)
{
    /// <summary>Every test account starts with <see cref="TestUsers.Password"/>.</summary>
    public string Password { get; } = TestUsers.Password;
}

/// <summary>
/// The accounts the browser tests sign in with. Tests that change an account's state (password, language, lockout)
/// have an account of their own, so the order the tests run in does not matter.
/// </summary>
public static class TestUsers
{
    /// <summary>Meets the platform rules: 10+ characters, four character classes, not common, no user name in it.</summary>
    public const string Password = "Str0ng!Passw0rd#2026";

    /// <summary>The bootstrap administrator's password (Bootstrap:AdminPassword).</summary>
    public const string AdminPassword = "Adm1n!Bootstrap#2026";

    public static readonly TestUser CityOfficer = new("city.officer", "市级业务员", Roles.CityOfficer);

    public static readonly TestUser CountyOfficer = new("county.officer", "上蔡县业务员", Roles.CountyOfficer, UnitCode: "411722");

    public static readonly TestUser LockoutVictim = new("lockout.victim", "锁定测试员", Roles.CityOfficer);

    public static readonly TestUser MustChange = new("must.change", "改密测试员", Roles.CityOfficer, MustChangePassword: true);

    /// <summary>Switches the UI to English; kept apart so the other city-officer tests stay in Chinese.</summary>
    public static readonly TestUser LanguageSwitcher = new("language.switcher", "语言测试员", Roles.CityOfficer);

    /// <summary>The audit administrator, enrolled for two-factor sign-in as every administrator must be.</summary>
    public static readonly TestUser Auditor = new("auditor", "审计员", Roles.AuditAdministrator, TwoFactor: true);

    /// <summary>The security administrator, enrolled for two-factor sign-in.</summary>
    public static readonly TestUser SecurityOfficer = new("security.admin", "安全管理员甲", Roles.SecurityAdministrator, TwoFactor: true);

    public static readonly IReadOnlyList<TestUser> All = [CityOfficer, CountyOfficer, LockoutVictim, MustChange, LanguageSwitcher, Auditor, SecurityOfficer];
}
