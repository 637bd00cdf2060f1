using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class AuthenticationTests(TianzhongFactory factory)
{
    [Fact]
    public async Task A_token_opens_the_api_and_the_sign_in_is_audited()
    {
        var user = await factory.CreateUserAsync(Roles.CityOfficer);
        using var response = await factory.RequestTokenAsync(user);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        Assert.Equal("Bearer", token!.TokenType);
        Assert.Equal(3600, token.ExpiresIn);

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/registry/units")).StatusCode);
        Assert.Contains(await AuditReader.EntriesAsync(factory, "SignInSucceeded"), e => e.UserName == user.UserName);

        // The sign-in entry already records the time; the last-sign-in column does not add an "update" entry.
        Assert.DoesNotContain(await AuditReader.EntriesAsync(factory, "Update"), e => e.After?.Contains("LastSignInUtc", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem_and_audited_as_a_failure()
    {
        var user = await factory.CreateUserAsync(Roles.CityOfficer);
        using var response = await factory.RequestTokenAsync(user, password: "Wrong!Passw0rd#1");
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误。", problem.GetProperty("detail").GetString());
        Assert.Contains(await AuditReader.EntriesAsync(factory, "SignInFailed"), e => e.UserName == user.UserName);
    }

    [Fact]
    public async Task Missing_fields_are_named_in_a_400()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "", password = "" });
        Assert.NotEmpty(await response.FieldErrorsAsync("userName"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var user = await factory.CreateUserAsync(Roles.CityOfficer);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await factory.RequestTokenAsync(user, password: "Wrong!Passw0rd#1");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var locked = await factory.RequestTokenAsync(user);
        var problem = await locked.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("30", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(await AuditReader.EntriesAsync(factory, "LockedOut"), e => e.UserName == user.UserName);
    }

    [Theory]
    [InlineData("not-a-real-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_token_is_a_401(string token)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/registry/units");
        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_from_another_installation_is_a_401()
    {
        await using var other = new TianzhongFactory();
        await ((IAsyncLifetime)other).InitializeAsync();
        try
        {
            var user = await other.CreateUserAsync(Roles.CityOfficer);
            using var response = await other.RequestTokenAsync(user);
            var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;

            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/registry/units")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)other).DisposeAsync();
        }
    }

    [Fact]
    public async Task Administrators_need_their_TOTP_code()
    {
        var admin = await factory.CreateUserAsync(Roles.SystemAdministrator);
        using var withoutCode = await factory.RequestTokenAsync(admin, code: "000000");
        await withoutCode.ProblemAsync(HttpStatusCode.Unauthorized);
        using var withCode = await factory.RequestTokenAsync(admin);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Fact]
    public async Task A_user_who_must_change_the_password_can_only_change_it()
    {
        var user = await factory.CreateUserAsync(Roles.CityOfficer, mustChangePassword: true);
        using var client = await factory.ClientForAsync(user);
        using var blocked = await client.GetAsync("/api/v1/registry/units");
        await blocked.ProblemAsync(HttpStatusCode.Forbidden);

        using var changed = await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = user.Password, newPassword = "N3w!Passw0rd#2026" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using var fresh = await factory.ClientForAsync(user with { Password = "N3w!Passw0rd#2026" });
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/registry/units")).StatusCode);
    }

    [Fact]
    public async Task A_bootstrap_administrator_exists_and_must_enrol_two_factor()
    {
        var admin = new TestUser("admin", TianzhongFactory.AdminPassword, null);
        using var client = await factory.ClientForAsync(admin);
        using var response = await client.GetAsync("/api/v1/identity/users");
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("管理员须先启用双因素登录。", problem.GetProperty("detail").GetString());
    }
}
