using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Web.Infrastructure;

/// <summary>
/// Re-checks an open circuit's user every minute: a disabled, locked or re-stamped account (roles changed,
/// password reset) loses the circuit instead of keeping it until the browser reloads.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, TimeProvider timeProvider)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        if (long.TryParse(authenticationState.User.FindFirstValue(ClaimNames.SessionExpires), System.Globalization.CultureInfo.InvariantCulture, out var expires)
            && timeProvider.GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await userManager.GetUserAsync(authenticationState.User).ConfigureAwait(false);
        if (user is null || user.IsDisabled || await userManager.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user).ConfigureAwait(false);
        return principalStamp == userStamp;
    }
}
