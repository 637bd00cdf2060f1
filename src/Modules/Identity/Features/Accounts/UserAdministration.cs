using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Domain;
using Tianzhong.Modules.Identity.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Identity.Features.Accounts;

public sealed record UserRow(
    string Id,
    string UserName,
    string DisplayName,
    string? PhoneMasked,
    IReadOnlyList<string> Roles,
    string? UnitCode,
    string? DepartmentCode,
    bool IsLockedOut,
    bool IsDisabled,
    bool TwoFactorEnabled,
    bool MustChangePassword,
    DateTime? LastSignInUtc);

public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? PhoneNumber, string? Password);

/// <summary>The account as created; <see cref="GeneratedPassword"/> is shown once when no password was given.</summary>
public sealed record CreatedUser(string Id, string UserName, string? GeneratedPassword);

public sealed record AssignRolesRequest(IReadOnlyList<string>? Roles, string? UnitCode, string? DepartmentCode);

/// <summary>
/// Account administration used by both the pages and the API. System administrators manage accounts; only the
/// security administrator assigns roles and data scopes (separation of duties).
/// </summary>
public sealed class UserAdministration(
    UserManager<AppUser> userManager,
    IdentityDb db,
    ICurrentUser currentUser,
    IUnitDirectory units,
    IAuditTrail audit,
    TimeProvider timeProvider,
    IStringLocalizer<IdentityText> text)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(string? search, CancellationToken cancellationToken)
    {
        var query = userManager.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        var users = await query.OrderBy(u => u.UserName).Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = users.Select(u => u.Id).ToList();

        // One query for every listed user's roles instead of one per user.
        var rolesByUser = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = timeProvider.GetUtcNow();
        var rows = new List<UserRow>(users.Count);
        foreach (var user in users)
        {
            var roles = rolesByUser[user.Id];
            rows.Add(new UserRow(
                user.Id,
                user.UserName!,
                user.DisplayName,
                user.PhoneNumber is null ? null : Masking.Mask(user.PhoneNumber),
                [.. roles.Order(StringComparer.Ordinal)],
                user.UnitCode,
                user.DepartmentCode,
                !user.IsDisabled && user.LockoutEnd > now,
                user.IsDisabled,
                user.TwoFactorEnabled,
                user.MustChangePassword,
                user.LastSignInUtc));
        }

        return rows;
    }

    public async Task<CreatedUser> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        var userName = request.UserName?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            errors["userName"] = [text["Required"]];
        }
        else if (userName.Length > 32 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            errors["userName"] = [text["UserNameFormat"]];
        }
        else if (await userManager.FindByNameAsync(userName).ConfigureAwait(false) is not null)
        {
            errors["userName"] = [text["UserNameTaken"]];
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors["displayName"] = [text["Required"]];
        }

        if (!string.IsNullOrWhiteSpace(request.PhoneNumber) && !IsMobileNumber(request.PhoneNumber.Trim()))
        {
            errors["phoneNumber"] = [text["PhoneFormat"]];
        }

        var generated = string.IsNullOrEmpty(request.Password) ? GeneratePassword() : null;
        var password = request.Password ?? generated!;
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = request.DisplayName?.Trim() ?? string.Empty,
            PhoneNumber = string.IsNullOrWhiteSpace(request.PhoneNumber) ? null : request.PhoneNumber.Trim(),
            MustChangePassword = true,
            CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        if (generated is null)
        {
            var passwordErrors = await ValidatePasswordAsync(user, password).ConfigureAwait(false);
            if (passwordErrors.Length > 0)
            {
                errors["password"] = passwordErrors;
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var result = await userManager.CreateAsync(user, password).ConfigureAwait(false);
        ThrowIfFailed(result, "password");
        return new CreatedUser(user.Id, user.UserName!, generated);
    }

    public async Task AssignRolesAsync(string userId, AssignRolesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await FindAsync(userId).ConfigureAwait(false);
        var roles = (request.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (user.Id == currentUser.UserId)
        {
            throw ValidationFailedException.For("roles", text["RoleProblem.Self"]);
        }

        if (await userManager.IsInRoleAsync(user, Roles.SystemAdministrator).ConfigureAwait(false) && !roles.Contains(Roles.SystemAdministrator)
            && (await userManager.GetUsersInRoleAsync(Roles.SystemAdministrator).ConfigureAwait(false)).Count <= 1)
        {
            throw ValidationFailedException.For("roles", text["RoleProblem.LastSystemAdministrator"]);
        }

        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? null : request.UnitCode.Trim();
        var departmentCode = string.IsNullOrWhiteSpace(request.DepartmentCode) ? null : request.DepartmentCode.Trim();
        var errors = new Dictionary<string, string[]>();
        foreach (var problem in RoleAssignmentRules.Check(roles, unitCode, departmentCode))
        {
            var field = problem switch
            {
                RoleAssignmentProblem.UnitRequired or RoleAssignmentProblem.UnitNotAllowed => "unitCode",
                RoleAssignmentProblem.DepartmentRequired or RoleAssignmentProblem.DepartmentNotAllowed => "departmentCode",
                _ => "roles",
            };
            errors[field] = [text[$"RoleProblem.{problem}"]];
        }

        if (unitCode is not null && !errors.ContainsKey("unitCode") && await units.FindUnitAsync(unitCode, cancellationToken).ConfigureAwait(false) is null)
        {
            errors["unitCode"] = [text["UnknownUnit", unitCode]];
        }

        if (departmentCode is not null && !errors.ContainsKey("departmentCode") && await units.FindDepartmentAsync(departmentCode, cancellationToken).ConfigureAwait(false) is null)
        {
            errors["departmentCode"] = [text["UnknownDepartment", departmentCode]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var current = await userManager.GetRolesAsync(user).ConfigureAwait(false);
        ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, current.Except(roles)).ConfigureAwait(false), "roles");
        ThrowIfFailed(await userManager.AddToRolesAsync(user, roles.Except(current)).ConfigureAwait(false), "roles");
        user.UnitCode = unitCode;
        user.DepartmentCode = departmentCode;
        ThrowIfFailed(await userManager.UpdateAsync(user).ConfigureAwait(false), "roles");
        await userManager.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        await audit.RecordAsync(
            new AuditRecord(AuditAction.Update, "UserRoles", user.Id, AuditOutcome.Success, string.Join(",", current.Order(StringComparer.Ordinal)), string.Join(",", roles.Order(StringComparer.Ordinal)) + $";unit={unitCode};department={departmentCode}"),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task SetLockAsync(string userId, bool locked, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        user.LockoutEnd = locked ? timeProvider.GetUtcNow().AddYears(100) : null;
        user.AccessFailedCount = 0;
        user.IsDisabled = locked;
        ThrowIfFailed(await userManager.UpdateAsync(user).ConfigureAwait(false), "userId");
        await userManager.UpdateSecurityStampAsync(user).ConfigureAwait(false);
    }

    /// <summary>Lifts a lockout after failed sign-ins without disabling or enabling the account.</summary>
    public async Task UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        user.LockoutEnd = user.IsDisabled ? user.LockoutEnd : null;
        user.AccessFailedCount = 0;
        ThrowIfFailed(await userManager.UpdateAsync(user).ConfigureAwait(false), "userId");
    }

    public async Task<string> ResetPasswordAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        var password = GeneratePassword();
        var token = await userManager.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        ThrowIfFailed(await userManager.ResetPasswordAsync(user, token, password).ConfigureAwait(false), "password");
        user.MustChangePassword = true;
        ThrowIfFailed(await userManager.UpdateAsync(user).ConfigureAwait(false), "password");
        await audit.RecordAsync(new AuditRecord(AuditAction.PasswordReset, "Account", user.UserName, AuditOutcome.Success), cancellationToken).ConfigureAwait(false);
        return password;
    }

    /// <summary>A random password that satisfies the platform's rules (all four character classes, 16 characters).</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#$%^&*?-+=";
        const string all = upper + lower + digits + symbols;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static bool IsMobileNumber(string phone) => phone.Length == 11 && phone[0] == '1' && phone.All(char.IsAsciiDigit);

    private async Task<string[]> ValidatePasswordAsync(AppUser user, string password)
    {
        var messages = new List<string>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, user, password).ConfigureAwait(false);
            messages.AddRange(result.Errors.Select(e => e.Description));
        }

        return [.. messages];
    }

    // Pages keep this service for the life of a circuit: start every change from the database, not from entities
    // an earlier (possibly failed) operation left in the change tracker.
    private async Task<AppUser> FindAsync(string userId)
    {
        db.ChangeTracker.Clear();
        return await userManager.FindByIdAsync(userId).ConfigureAwait(false) ?? throw new NotFoundException(text["UserNotFound"]);
    }

    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description)] });
        }
    }
}
