using Microsoft.AspNetCore.Localization;
using Tianzhong.Modules.Identity.Features.Accounts;

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

            WriteCookie(context, culture);
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await services.GetRequiredService<SelfService>().SetCultureAsync(culture, ct).ConfigureAwait(false);
            }

            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    // Same rule as ASP.NET Core's IsLocalUrl: one leading slash, not "//" or "/\\" (which browsers treat as another host).
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    public static void WriteCookie(HttpContext context, string culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.FromUnixTimeSeconds(0).AddYears(100), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
    }
}
