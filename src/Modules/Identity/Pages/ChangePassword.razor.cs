using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.Accounts;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Modules.Identity.Pages;

public sealed partial class ChangePassword
{
    private readonly List<string> _errors = [];
    private bool _mustChange;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(Name = "Input")]
    private PasswordInput? Form { get; set; }

    private PasswordInput Input => Form ??= new();

    [Inject]
    private SelfService SelfService { get; set; } = default!;

    [Inject]
    private SignInManager<AppUser> SignInManager { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized() => _mustChange = HttpContext.User.HasClaim(ClaimNames.MustChangePassword, "true");

    private async Task ChangeAsync()
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            _errors.Add(Text["ChangePassword.Mismatch"]);
            return;
        }

        try
        {
            var user = await SelfService.ChangePasswordAsync(new ChangePasswordRequest(Input.CurrentPassword, Input.NewPassword), HttpContext.RequestAborted);
            await SignInManager.RefreshSignInAsync(user);
        }
        catch (ValidationFailedException e)
        {
            _errors.AddRange(e.Errors.SelectMany(x => x.Value));
            return;
        }

        Navigation.NavigateTo("/?passwordChanged=1", forceLoad: true);
    }

    private sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
