using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Modules.Identity.Pages;

public sealed partial class Login
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(Name = "Input")]
    private LoginInput? Form { get; set; }

    private LoginInput Input => Form ??= new();

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromQuery]
    private string? Reason { get; set; }

    [Inject]
    private SignInManager<AppUser> SignInManager { get; set; } = default!;

    [Inject]
    private UserManager<AppUser> UserManager { get; set; } = default!;

    [Inject]
    private SignInAuditing Auditing { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static string OtherCulture => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "en" : "zh-CN";

    private string SelfUrl => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private async Task SignInAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName) || string.IsNullOrEmpty(Input.Password))
        {
            _error = Text["Login.Missing"];
            return;
        }

        var result = await SignInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        await Auditing.RecordAsync(Input.UserName.Trim(), result, "web", HttpContext.RequestAborted);
        if (result.RequiresTwoFactor)
        {
            Navigation.NavigateTo($"/account/login-2fa?returnUrl={Uri.EscapeDataString(SafeReturnUrl(ReturnUrl))}");
            return;
        }

        if (result.Succeeded)
        {
            await AccountCulture.ApplyAsync(HttpContext, UserManager, Input.UserName.Trim());
            Navigation.NavigateTo(SafeReturnUrl(ReturnUrl), forceLoad: true);
            return;
        }

        var disabled = result.IsLockedOut && (await UserManager.FindByNameAsync(Input.UserName.Trim()))?.IsDisabled == true;
        _error = disabled ? Text["SignIn.Disabled"] : result.IsLockedOut ? Text["SignIn.LockedOut"] : Text["SignIn.Failed"];
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        LocalUrls.IsLocal(returnUrl) && !returnUrl!.StartsWith("/account/log", StringComparison.Ordinal) ? returnUrl : "/";

    private sealed class LoginInput
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
