using Tianzhong.Modules.Identity.Features.Accounts;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Web.Infrastructure;

/// <summary>The language switch: sets the culture cookie and, for a signed-in user, remembers the choice on the account.</summary>
public static class CultureEndpoint
{
    public static void MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", async (string culture, string? returnUrl, HttpContext context, IServiceProvider services, CancellationToken ct) =>
        {
            if (!SelfService.SupportedCultures.Contains(culture))
            {
                return Results.BadRequest();
            }

            AccountCulture.WriteCookie(context, culture);
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await services.GetRequiredService<SelfService>().SetCultureAsync(culture, ct).ConfigureAwait(false);
            }

            return Results.LocalRedirect(LocalUrls.IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
