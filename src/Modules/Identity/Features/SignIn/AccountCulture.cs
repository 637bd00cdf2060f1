using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Tianzhong.Modules.Identity.Data;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Puts the user's remembered language into the culture cookie at sign-in.</summary>
public static class AccountCulture
{
    public static async Task ApplyAsync(HttpContext context, UserManager<AppUser> userManager, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(userManager);
        if (await userManager.FindByNameAsync(userName) is { } user)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(user.PreferredCulture)),
                new CookieOptions { IsEssential = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
        }
    }
}
