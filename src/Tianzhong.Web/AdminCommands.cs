using Tianzhong.Modules.Identity.Features.Audit;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Web;

/// <summary>Operator commands run from the command line instead of serving requests.</summary>
public static class AdminCommands
{
    public const string VerifyAudit = "audit-verify";

    public static async Task<int> VerifyAuditAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var result = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(CancellationToken.None);
        if (result.IsIntact)
        {
            await Console.Out.WriteLineAsync($"Audit log intact: {result.EntriesChecked} entries verified.");
            return 0;
        }

        await Console.Error.WriteLineAsync($"Audit log BROKEN at entry {result.FirstBrokenSequence} ({result.Reason}); {result.EntriesChecked} entries before it verified.");
        return 1;
    }
}
