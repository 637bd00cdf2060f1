using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Modules.Identity.Pages;

public sealed partial class LoginTwoFactor
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(Name = "Input")]
    private CodeInput? Form { get; set; }

    private CodeInput Input => Form ??= new();

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private SignInManager<AppUser> SignInManager { get; set; } = default!;

    [Inject]
    private UserManager<AppUser> UserManager { get; set; } = default!;

    [Inject]
    private SignInAuditing Auditing { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private async Task VerifyAsync()
    {
        var user = await SignInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            Navigation.NavigateTo("/account/login");
            return;
        }

        var code = (Input.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await SignInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        await Auditing.RecordAsync(user.UserName!, result, "web:2fa", HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            await AccountCulture.ApplyAsync(HttpContext, UserManager, user.UserName!);
            Navigation.NavigateTo(Login.SafeReturnUrl(ReturnUrl), forceLoad: true);
            return;
        }

        _error = result.IsLockedOut ? Text["SignIn.LockedOut"] : Text["SignIn.TwoFactorFailed"];
    }

    private sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
