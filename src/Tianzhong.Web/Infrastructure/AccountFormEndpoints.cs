using Microsoft.AspNetCore.Identity;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Identity.Data;

namespace Tianzhong.Web.Infrastructure;

/// <summary>Sign-out is a POST (with antiforgery) so a link elsewhere cannot sign a user out.</summary>
public static class AccountFormEndpoints
{
    public static void MapAccountFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (string? reason, HttpContext context, SignInManager<AppUser> signInManager, IAuditTrail audit, CancellationToken ct) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await audit.RecordAsync(new AuditRecord(AuditAction.SignOut, "Account", context.User.Identity.Name, AuditOutcome.Success, Detail: reason == "idle" ? "idle-timeout" : "user"), ct).ConfigureAwait(false);

                // A new security stamp makes a copied cookie (or token) of this session worthless after sign-out.
                if (await signInManager.UserManager.GetUserAsync(context.User).ConfigureAwait(false) is { } user)
                {
                    await signInManager.UserManager.UpdateSecurityStampAsync(user).ConfigureAwait(false);
                }
            }

            await signInManager.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect(reason == "idle" ? "/account/login?reason=idle" : "/account/login");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }
}
