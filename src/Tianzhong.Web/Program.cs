using Tianzhong.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddTianzhong();

var app = builder.Build();
await app.InitialiseAsync().ConfigureAwait(false);
if (args.Contains(AdminCommands.VerifyAudit))
{
    // `dotnet run --project src/Tianzhong.Web -- audit-verify`: checks the audit hash chain and exits 0 (intact) or 1.
    Environment.ExitCode = await app.VerifyAuditAsync().ConfigureAwait(false);
    return;
}

app.UseTianzhong();
await app.RunAsync().ConfigureAwait(false);

/// <summary>Entry point; public so integration and browser tests can host it.</summary>
public partial class Program;
