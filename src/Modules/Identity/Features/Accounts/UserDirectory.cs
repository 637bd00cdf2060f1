using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Identity.Contracts;
using Tianzhong.Modules.Identity.Data;

namespace Tianzhong.Modules.Identity.Features.Accounts;

/// <summary>Read-only user lookups for other modules.</summary>
public sealed class UserDirectory(IdentityDb db) : IUserDirectory
{
    /// <summary>Pickers list at most this many people; a city's officers and leaders stay well below it.</summary>
    public const int MaxUsers = 500;

    public async Task<IReadOnlyList<UserSummary>> FindAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userNames);
        if (userNames.Count == 0)
        {
            return [];
        }

        var normalised = userNames.Select(n => n.ToUpperInvariant()).ToList();
        return await Summaries(db.Users.Where(u => !u.IsDisabled && normalised.Contains(u.NormalizedUserName!)), cancellationToken);
    }

    public async Task<IReadOnlyList<UserSummary>> ListInRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        var normalisedRole = role.ToUpperInvariant();
        var users = db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalisedRole)));
        return await Summaries(users, cancellationToken);
    }

    private async Task<IReadOnlyList<UserSummary>> Summaries(IQueryable<AppUser> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking()
            .Select(u => new { u.UserName, u.DisplayName, u.UnitCode, Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList() })
            .OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Take(MaxUsers)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UserSummary(r.UserName!, r.DisplayName, r.UnitCode, [.. r.Roles.OfType<string>()]))];
    }
}
