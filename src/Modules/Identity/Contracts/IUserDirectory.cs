namespace Tianzhong.Modules.Identity.Contracts;

/// <summary>A platform user as other modules see it (no contact data).</summary>
/// <param name="UserName">Sign-in name, the stable reference other modules store.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="UnitCode">The unit of a county officer.</param>
/// <param name="Roles">Role names.</param>
public sealed record UserSummary(string UserName, string DisplayName, string? UnitCode, IReadOnlyList<string> Roles);

/// <summary>Looks up active users, e.g. to check that a project's responsible leader and service team exist.</summary>
public interface IUserDirectory
{
    /// <summary>The active (not disabled) users among these user names; unknown names are skipped.</summary>
    Task<IReadOnlyList<UserSummary>> FindAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default);

    /// <summary>Active users holding a role, by display name.</summary>
    Task<IReadOnlyList<UserSummary>> ListInRoleAsync(string role, CancellationToken cancellationToken = default);
}
