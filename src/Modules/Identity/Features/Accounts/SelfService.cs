using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Resources;

namespace Tianzhong.Modules.Identity.Features.Accounts;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>What every signed-in user may do to their own account: change the password, choose the language.</summary>
public sealed class SelfService(UserManager<AppUser> userManager, ICurrentUser currentUser, IAuditTrail audit, IStringLocalizer<IdentityText> text)
{
    public static readonly IReadOnlyList<string> SupportedCultures = ["zh-CN", "en"];

    public async Task<AppUser> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await CurrentAsync().ConfigureAwait(false);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            errors["currentPassword"] = [text["Required"]];
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            errors["newPassword"] = [text["Required"]];
        }
        else if (request.NewPassword == request.CurrentPassword)
        {
            errors["newPassword"] = [text["Password.SameAsOld"]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (!await userManager.CheckPasswordAsync(user, request.CurrentPassword!).ConfigureAwait(false))
        {
            throw ValidationFailedException.For("currentPassword", text["Password.CurrentWrong"]);
        }

        var result = await userManager.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["newPassword"] = [.. result.Errors.Select(e => e.Description)] });
        }

        user.MustChangePassword = false;
        await userManager.UpdateAsync(user).ConfigureAwait(false);
        await audit.RecordAsync(new AuditRecord(AuditAction.PasswordChanged, "Account", user.UserName, AuditOutcome.Success), cancellationToken).ConfigureAwait(false);
        return user;
    }

    public async Task SetCultureAsync(string? culture, CancellationToken cancellationToken)
    {
        if (culture is null || !SupportedCultures.Contains(culture))
        {
            throw ValidationFailedException.For("culture", text["CultureUnsupported"]);
        }

        var user = await CurrentAsync().ConfigureAwait(false);
        user.PreferredCulture = culture;
        await userManager.UpdateAsync(user).ConfigureAwait(false);
    }

    private async Task<AppUser> CurrentAsync() =>
        await userManager.FindByIdAsync(currentUser.UserId ?? string.Empty).ConfigureAwait(false)
            ?? throw new ForbiddenException(text["UserNotFound"]);
}
