using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tianzhong.Bench;

/// <summary>The real application, in process on a test server, on the benchmark's database.</summary>
internal sealed class BenchHost(string provider, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseContentRoot(WebProjectDirectory());
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting($"ConnectionStrings:{provider}", connectionString);
        builder.UseSetting("Bootstrap:AdminPassword", "Adm1n!Bench#2026-" + Guid.NewGuid().ToString("N"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
    }

    // The factory looks for the web project next to the solution file by assembly name; it lives under src/.
    private static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tianzhong.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Tianzhong.Web");
            }
        }

        return AppContext.BaseDirectory;
    }
}
