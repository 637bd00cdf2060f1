using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.Accounts;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>
/// Keeps the account's language and the culture cookie in step at sign-in: a language chosen on the sign-in page
/// (the cookie) is remembered on the account; otherwise the account's remembered language is applied.
/// </summary>
public static class AccountCulture
{
    public static async Task ApplyAsync(HttpContext context, UserManager<AppUser> userManager, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(userManager);
        if (await userManager.FindByNameAsync(userName) is not { } user)
        {
            return;
        }

        var cookie = context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
        var chosen = cookie is null ? null : CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value;
        if (chosen is not null && SelfService.SupportedCultures.Contains(chosen) && chosen != user.PreferredCulture)
        {
            user.PreferredCulture = chosen;
            await userManager.UpdateAsync(user);
        }

        WriteCookie(context, user.PreferredCulture);
    }

    /// <summary>The one place the culture cookie is written (sign-in and the language switch).</summary>
    public static void WriteCookie(HttpContext context, string culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { IsEssential = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
    }
}
