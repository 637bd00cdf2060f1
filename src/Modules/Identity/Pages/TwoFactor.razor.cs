using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Modules.Identity.Pages;

/// <summary>Enrols an authenticator app (TOTP). Administrators are sent here until they have done it.</summary>
public sealed partial class TwoFactor
{
    private bool _enabled;
    private bool _required;
    private string _sharedKey = string.Empty;
    private string _qrSvg = string.Empty;
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(Name = "Input")]
    private CodeInput? Form { get; set; }

    private CodeInput Input => Form ??= new();

    [Inject]
    private UserManager<AppUser> UserManager { get; set; } = default!;

    [Inject]
    private SignInManager<AppUser> SignInManager { get; set; } = default!;

    [Inject]
    private IAuditTrail Audit { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await UserManager.GetUserAsync(HttpContext.User) ?? throw new InvalidOperationException("Signed-in user not found.");
        _enabled = user.TwoFactorEnabled;
        _required = HttpContext.User.HasClaim(ClaimNames.MustEnrolTwoFactor, "true");
        if (_enabled)
        {
            return;
        }

        var key = await UserManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await UserManager.ResetAuthenticatorKeyAsync(user);
            key = await UserManager.GetAuthenticatorKeyAsync(user);

            // A new key changes the security stamp; re-issue this session's cookie so it stays valid.
            await SignInManager.RefreshSignInAsync(user);
        }

        _sharedKey = FormatKey(key!);
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/Tianzhong:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=Tianzhong&digits=6");
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        _qrSvg = new SvgQRCode(data).GetGraphic(4);
    }

    private async Task EnableAsync()
    {
        var user = await UserManager.GetUserAsync(HttpContext.User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var code = (Input.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await UserManager.VerifyTwoFactorTokenAsync(user, UserManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _error = Text["SignIn.TwoFactorFailed"];
            return;
        }

        await UserManager.SetTwoFactorEnabledAsync(user, true);
        await Audit.RecordAsync(new AuditRecord(AuditAction.Update, "TwoFactor", user.UserName, AuditOutcome.Success, Detail: "enabled"), HttpContext.RequestAborted);
        await SignInManager.RefreshSignInAsync(user);
        Navigation.NavigateTo("/", forceLoad: true);
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }

    private sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
