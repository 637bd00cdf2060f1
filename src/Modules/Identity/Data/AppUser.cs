using Microsoft.AspNetCore.Identity;
using Tianzhong.Kernel.Auditing;

namespace Tianzhong.Modules.Identity.Data;

/// <summary>An account. Roles come from ASP.NET Core Identity; the data scope (unit or department) lives here.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>GB/T 2260 or platform code of the unit a county officer works for.</summary>
    public string? UnitCode { get; set; }

    /// <summary>Code of the department a department officer works for.</summary>
    public string? DepartmentCode { get; set; }

    public string PreferredCulture { get; set; } = "zh-CN";

    /// <summary>Set for accounts created with a generated or reset password; cleared by the owner's own change.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    [RecordedElsewhereInAudit]
    public DateTime? LastSignInUtc { get; set; }
}

public sealed class AppRole : IdentityRole
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}
