using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.Accounts;

namespace Tianzhong.Modules.Identity.Features.Bootstrap;

/// <summary>
/// Creates the roles and, when no account exists yet, the system administrator <c>admin</c>: with
/// <c>Bootstrap:AdminPassword</c> if given, otherwise with a random password printed once and a forced change.
/// </summary>
public sealed partial class AdminBootstrap(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<AdminBootstrap> logger) : IStartupTask
{
    public const string AdminUserName = "admin";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roleManager.CreateAsync(new AppRole(role)).ConfigureAwait(false);
            }
        }

        if (userManager.Users.Any())
        {
            return;
        }

        var configured = configuration["Bootstrap:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? UserAdministration.GeneratePassword() : configured;
        var admin = new AppUser
        {
            UserName = AdminUserName,
            DisplayName = "System administrator",
            MustChangePassword = string.IsNullOrEmpty(configured),
            CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await userManager.CreateAsync(admin, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Bootstrap:AdminPassword does not meet the password rules: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(admin, Roles.SystemAdministrator).ConfigureAwait(false);
        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, straight to the console and not through logging, so it never lands in a log sink.
            await Console.Out.WriteLineAsync($"{Environment.NewLine}=== Tianzhong: initial administrator account ==={Environment.NewLine}  user name: {AdminUserName}{Environment.NewLine}  password:  {password}{Environment.NewLine}  (shown once; you must change it at first sign-in){Environment.NewLine}").ConfigureAwait(false);
        }

        LogCreated(logger, AdminUserName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the initial system administrator account {UserName}")]
    private static partial void LogCreated(ILogger logger, string userName);
}
