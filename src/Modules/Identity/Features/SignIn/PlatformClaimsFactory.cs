using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Adds the data scope and the pending obligations (password change, two-factor enrolment) as claims.</summary>
public sealed class PlatformClaimsFactory(UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(ClaimNames.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(ClaimNames.Culture, user.PreferredCulture));
        if (user.UnitCode is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.Unit, user.UnitCode));
        }

        if (user.DepartmentCode is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.Department, user.DepartmentCode));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ClaimNames.MustChangePassword, "true"));
        }

        var isAdministrator = Roles.Administrators.Any(r => identity.HasClaim(identity.RoleClaimType, r));
        if (isAdministrator && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(ClaimNames.MustEnrolTwoFactor, "true"));
        }

        return identity;
    }
}
