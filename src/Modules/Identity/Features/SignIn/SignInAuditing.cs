using Microsoft.AspNetCore.Identity;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Identity.Data;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Records the outcome of every sign-in attempt, whichever door (page or token endpoint) it came through.</summary>
public sealed class SignInAuditing(IAuditTrail audit, UserManager<AppUser> userManager, TimeProvider timeProvider)
{
    public async Task RecordAsync(string userName, SignInResult result, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (action, outcome) = result switch
        {
            { Succeeded: true } => (AuditAction.SignInSucceeded, AuditOutcome.Success),
            { IsLockedOut: true } => (AuditAction.LockedOut, AuditOutcome.Denied),
            { RequiresTwoFactor: true } => (AuditAction.PasswordVerified, AuditOutcome.Success),
            _ => (AuditAction.SignInFailed, AuditOutcome.Failure),
        };
        await audit.RecordAsync(new AuditRecord(action, "Account", userName, outcome, Detail: channel, UserNameOverride: userName), cancellationToken).ConfigureAwait(false);
        if (result.Succeeded && await userManager.FindByNameAsync(userName).ConfigureAwait(false) is { } user)
        {
            user.LastSignInUtc = timeProvider.GetUtcNow().UtcDateTime;
            await userManager.UpdateAsync(user).ConfigureAwait(false);
        }
    }
}
