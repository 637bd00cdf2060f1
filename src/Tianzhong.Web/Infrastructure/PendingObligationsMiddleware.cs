using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Web.Resources;

namespace Tianzhong.Web.Infrastructure;

/// <summary>
/// A user who must change the password (or, as an administrator, enrol two-factor sign-in) can do only that:
/// pages redirect to the right form, API calls get 403 until it is done.
/// </summary>
public sealed class PendingObligationsMiddleware(RequestDelegate next)
{
    private static readonly string[] AlwaysAllowed = ["/account", "/_framework", "/_content", "/_blazor", "/culture", "/api/v1/account", "/api/v1/auth", "/health", "/css", "/js", "/favicon"];

    public async Task InvokeAsync(HttpContext context, IStringLocalizer<WebText> text)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !AlwaysAllowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && !Path.HasExtension(context.Request.Path.Value))
        {
            var target = user.HasClaim(ClaimNames.MustChangePassword, "true") ? "/account/change-password"
                : user.HasClaim(ClaimNames.MustEnrolTwoFactor, "true") ? "/account/two-factor"
                : null;
            if (target is not null)
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(
                        new ProblemDetails { Status = 403, Title = text["Error.Forbidden"], Detail = text[target.EndsWith("password", StringComparison.Ordinal) ? "Obligation.ChangePassword" : "Obligation.EnrolTwoFactor"] },
                        options: null,
                        contentType: "application/problem+json").ConfigureAwait(false);
                    return;
                }

                context.Response.Redirect(target);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }
}
