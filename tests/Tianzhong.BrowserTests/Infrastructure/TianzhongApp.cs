using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.BrowserTests.Infrastructure;

/// <summary>
/// The collection fixture: the real app on Kestrel (a free loopback port, a throw-away SQLite file), the test
/// accounts, and one headless Debian Chromium driven by Playwright. Every browser test shares it; each test gets
/// its own browser context (cookies), see <see cref="BrowserTest"/>.
/// </summary>
public sealed class TianzhongApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium package. Playwright's own browser download is never used.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Upper bound for Playwright's auto-waiting assertions; the first Blazor render after start-up is slow.</summary>
    public const float ExpectTimeoutMs = 15_000;

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    // Runs in every page before its own scripts. Blazor activates interactive components only after DOMContentLoaded
    // and then throws the prerendered DOM away and renders afresh, so marking the prerendered test ids at
    // DOMContentLoaded (this listener is registered first, so it runs first) lets a locator tell the interactive
    // element from its prerendered copy: see BrowserTest.Interactive.
    private const string PrerenderMarkerScript = """
        document.addEventListener('DOMContentLoaded', () => {
          for (const element of document.querySelectorAll('[data-testid]')) {
            element.setAttribute('data-tz-prerendered', '');
          }
        }, { once: true });
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tianzhong-browser-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public CapturedLogs Logs { get; } = new();

    /// <summary>The app's root address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not running.");

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not running.");

    /// <summary>tests/Tianzhong.BrowserTests/bin/screenshots.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            // AppContext.BaseDirectory is tests/Tianzhong.BrowserTests/bin/<configuration>/<tfm>/; go up to bin/.
            var directory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            while (directory is not null && directory.Name != "bin")
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "screenshots");
        }
    }

    private string? _postgresDatabase;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}, which is missing. Install it with `apt-get install chromium` "
                + "(do not run `playwright install`; the suite never uses Playwright's own browser download).");
        }

        Directory.CreateDirectory(_directory);
        var database = Path.Combine(_directory, "tianzhong.db");
        var (provider, connectionString) = await DatabaseAsync(database);
        // Nothing runs in the root factory itself; the configured one made from it is the app, disposed below.
        // Mvc.Testing 10 quirk: a WithWebHostBuilder factory decides *whether* to use Kestrel from its own UseKestrel
        // call but takes the *port* from its parent's (the parent's CreateHost binds it), so both are told.
#pragma warning disable CA2000
        var root = new WebApplicationFactory<Program>();
#pragma warning restore CA2000
        root.UseKestrel(0);
        var factory = root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting($"ConnectionStrings:{provider}", connectionString);
            builder.UseSetting("Bootstrap:AdminPassword", TestUsers.AdminPassword);
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(Logs);

                // A provider-specific rule outranks the appsettings levels, so no category can hide a warning from the capture.
                logging.AddFilter<CapturedLogs>(category: null, LogLevel.Warning);
            });
        });
        _factory = factory;
        factory.UseKestrel(0);
        factory.StartServer();

        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel reported no http address: " + string.Join(", ", addresses));
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        await SeedUsersAsync();

        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies) in a Chinese-speaking browser, pointed at the app.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),

            // Chromium's default Accept-Language is en-US, which the app would honour; the tests expect the zh-CN default.
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            AcceptDownloads = true,
        });
        await context.AddInitScriptAsync(PrerenderMarkerScript);
        return context;
    }

    public async Task DisposeAsync()
    {
        // Everything after the last test's own check: closing circuits, shutting the app down.
        var mark = Logs.CheckedThrough;
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(PostgresAdmin);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }

        Logs.AssertNoUnexpected(mark, context: "after the last test's check or while the browser and the app shut down");
    }

    private static string? PostgresAdmin => Environment.GetEnvironmentVariable("TIANZHONG_TEST_POSTGRES");

    /// <summary>SQLite in a temp file, or a fresh PostgreSQL database when TIANZHONG_TEST_POSTGRES is set.</summary>
    private async Task<(string Provider, string ConnectionString)> DatabaseAsync(string sqliteFile)
    {
        if (string.IsNullOrWhiteSpace(PostgresAdmin))
        {
            return ("Sqlite", $"Data Source={sqliteFile}");
        }

        _postgresDatabase = $"tz_browser_{Guid.NewGuid():N}";
        await using (var connection = new Npgsql.NpgsqlConnection(PostgresAdmin))
        {
            await connection.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ("Postgres", new Npgsql.NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = _postgresDatabase }.ConnectionString);
    }

    private async Task SeedUsersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var account in TestUsers.All)
        {
            var user = new AppUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                UnitCode = account.UnitCode,
                MustChangePassword = account.MustChangePassword,
                LockoutEnabled = true,
                CreatedUtc = now,
            };
            Succeeded(await users.CreateAsync(user, account.Password), "create " + account.UserName);
            Succeeded(await users.AddToRoleAsync(user, account.Role), "give " + account.UserName + " the role " + account.Role);
            if (account.TwoFactor)
            {
                Succeeded(await users.ResetAuthenticatorKeyAsync(user), "authenticator key for " + account.UserName);
                Succeeded(await users.SetTwoFactorEnabledAsync(user, true), "two-factor for " + account.UserName);
                _authenticatorKeys[account.UserName] = (await users.GetAuthenticatorKeyAsync(user))!;
            }
        }
    }

    private readonly Dictionary<string, string> _authenticatorKeys = [];

    /// <summary>The Base32 authenticator key of a seeded account with two-factor sign-in.</summary>
    public string AuthenticatorKey(TestUser user) => _authenticatorKeys[user.UserName];

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: " + string.Join("; ", result.Errors.Select(e => e.Code + " " + e.Description)));
        }
    }
}
