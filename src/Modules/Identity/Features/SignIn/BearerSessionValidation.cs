using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Resources;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>
/// Bearer tokens are self-contained, so on their own they would stay valid for their whole hour after an account is
/// disabled, locked, or given other roles. Every API request with a token is therefore checked against the account's
/// current security stamp (which changes on each of those events); a stale token gets 401.
/// </summary>
public sealed class BearerSessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UserManager<AppUser> userManager, IOptions<IdentityOptions> options, IStringLocalizer<IdentityText> text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(userManager);
        var user = context.User;
        var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (bearer && user.Identity?.IsAuthenticated == true)
        {
            var account = await userManager.FindByIdAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty);
            var stamp = user.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
            if (account is null || account.IsDisabled || await userManager.IsLockedOutAsync(account) || stamp != account.SecurityStamp)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(
                    new { type = "https://tools.ietf.org/html/rfc9110#section-15.5.2", title = text["Token.Revoked"].Value, status = 401 },
                    options: null,
                    contentType: "application/problem+json");
                return;
            }
        }

        await next(context);
    }
}
