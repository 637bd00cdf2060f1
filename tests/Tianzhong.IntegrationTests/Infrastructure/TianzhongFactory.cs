using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Xunit;

namespace Tianzhong.IntegrationTests.Infrastructure;

public sealed record TestUser(string UserName, string Password, string? TotpKey);

public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

/// <summary>The real application on a fresh database (SQLite, or PostgreSQL when configured), with helpers to make users and clients.</summary>
public class TianzhongFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Adm1n!Tianzhong#2026";
    public const string DefaultPassword = "Str0ng!Passw0rd#2026";

    private TestDatabase? _database;
    private int _userCounter;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialised.");

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Services; // starts the host: migrations, reference data, bootstrap administrator
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting($"ConnectionStrings:{Database.Provider}", Database.ConnectionString);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Creates an account with one role (and its scope); administrators get TOTP enrolled so they pass the 2FA obligation.</summary>
    public async Task<TestUser> CreateUserAsync(string? role, string? unitCode = null, string? departmentCode = null, bool mustChangePassword = false, bool enableTotp = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var name = $"{(role ?? "norole").ToLowerInvariant()}{Interlocked.Increment(ref _userCounter)}";
        var user = new AppUser
        {
            UserName = name,
            DisplayName = name,
            UnitCode = unitCode,
            DepartmentCode = departmentCode,
            MustChangePassword = mustChangePassword,
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, DefaultPassword));
        if (role is not null)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        string? key = null;
        if (enableTotp || (role is not null && Roles.IsAdministrator(role)))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new TestUser(name, DefaultPassword, key);
    }

    public async Task<HttpResponseMessage> RequestTokenAsync(TestUser user, string? password = null, string? code = null)
    {
        using var client = CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new
        {
            userName = user.UserName,
            password = password ?? user.Password,
            twoFactorCode = code ?? (user.TotpKey is null ? null : Totp.Code(user.TotpKey, TimeProvider.System.GetUtcNow())),
        });
    }

    /// <summary>An API client carrying a bearer token for the user.</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user, string? acceptLanguage = null)
    {
        using var response = await RequestTokenAsync(user);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("No token.");
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        }

        return client;
    }

    public async Task<HttpClient> ClientForRoleAsync(string role, string? unitCode = null, string? departmentCode = null, string? acceptLanguage = null) =>
        await ClientForAsync(await CreateUserAsync(role, unitCode, departmentCode), acceptLanguage);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppFixtureGroup : ICollectionFixture<TianzhongFactory>
{
    public const string Name = "app";
}
