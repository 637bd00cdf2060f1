using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class AccountsApiTests(TianzhongFactory factory)
{
    [Fact]
    public async Task Creating_an_account_with_a_short_password_names_the_field_and_writes_nothing()
    {
        using var admin = await factory.ClientForRoleAsync(Roles.SystemAdministrator);
        var before = await UserCountAsync();
        using var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new { userName = "shortpw", displayName = "短密码", password = "Ab1!" });
        var messages = await response.FieldErrorsAsync("password");
        Assert.Contains("密码至少需要 10 个字符。", messages);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Missing_fields_and_bad_phone_are_all_reported_in_English_when_asked()
    {
        using var admin = await factory.ClientForRoleAsync(Roles.SystemAdministrator, acceptLanguage: "en");
        using var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new { userName = "", displayName = "", phoneNumber = "12345" });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("This field is required.", errors.GetProperty("userName")[0].GetString());
        Assert.Equal("This field is required.", errors.GetProperty("displayName")[0].GetString());
        Assert.Equal("Enter an 11-digit mobile number.", errors.GetProperty("phoneNumber")[0].GetString());
    }

    [Fact]
    public async Task A_common_password_is_refused()
    {
        using var admin = await factory.ClientForRoleAsync(Roles.SystemAdministrator);
        using var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new { userName = "commonpw", displayName = "x", password = "Password123!" });
        Assert.Contains("该密码过于常见，请换一个。", await response.FieldErrorsAsync("password"));
    }

    [Fact]
    public async Task An_account_without_password_gets_a_generated_one_that_must_be_changed_and_its_phone_is_masked_and_encrypted()
    {
        using var admin = await factory.ClientForRoleAsync(Roles.SystemAdministrator);
        using var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new { userName = "newofficer", displayName = "新干部", phoneNumber = "13812345678" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var generated = created.GetProperty("generatedPassword").GetString()!;
        Assert.True(generated.Length >= 10);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/identity/users?search=newofficer");
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal("138****5678", row.GetProperty("phoneMasked").GetString());
        Assert.True(row.GetProperty("mustChangePassword").GetBoolean());
        Assert.DoesNotContain("13812345678", await RawPhoneColumnAsync("newofficer"), StringComparison.Ordinal);

        var audit = await AuditReader.EntriesAsync(factory, "Create");
        var entry = audit.Last(e => e.ObjectType == "AppUser");
        Assert.DoesNotContain("PasswordHash", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_security_administrator_assigns_roles_and_scopes_are_validated()
    {
        var target = await factory.CreateUserAsync(role: null);
        var id = await IdOfAsync(target.UserName);
        using var security = await factory.ClientForRoleAsync(Roles.SecurityAdministrator);
        using var system = await factory.ClientForRoleAsync(Roles.SystemAdministrator);

        using (var bySystem = await system.PutAsJsonAsync($"/api/v1/identity/users/{id}/roles", new { roles = new[] { Roles.CityOfficer } }))
        {
            await bySystem.ProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var unknownUnit = await security.PutAsJsonAsync($"/api/v1/identity/users/{id}/roles", new { roles = new[] { Roles.CountyOfficer }, unitCode = "419999" }))
        {
            Assert.Contains("未知的单位代码：419999。", await unknownUnit.FieldErrorsAsync("unitCode"));
        }

        using (var combined = await security.PutAsJsonAsync($"/api/v1/identity/users/{id}/roles", new { roles = new[] { Roles.AuditAdministrator, Roles.CityOfficer } }))
        {
            Assert.NotEmpty(await combined.FieldErrorsAsync("roles"));
        }

        using (var ok = await security.PutAsJsonAsync($"/api/v1/identity/users/{id}/roles", new { roles = new[] { Roles.CountyOfficer }, unitCode = "411722" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        }

        using var county = await factory.ClientForAsync(target);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync("/api/v1/registry/target-enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await county.GetAsync("/api/v1/identity/users")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_or_changing_its_roles_revokes_its_tokens_at_once()
    {
        var officer = await factory.CreateUserAsync(Roles.CityOfficer);
        var other = await factory.CreateUserAsync(Roles.CityOfficer);
        using var officerClient = await factory.ClientForAsync(officer);
        using var otherClient = await factory.ClientForAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await officerClient.GetAsync("/api/v1/registry/units")).StatusCode);

        using var system = await factory.ClientForRoleAsync(Roles.SystemAdministrator);
        Assert.Equal(HttpStatusCode.NoContent, (await system.PostAsync($"/api/v1/identity/users/{await IdOfAsync(officer.UserName)}/disable", null)).StatusCode);
        await (await officerClient.GetAsync("/api/v1/registry/units")).ProblemAsync(HttpStatusCode.Unauthorized);
        using (var again = await factory.RequestTokenAsync(officer))
        {
            Assert.Equal("该账户已停用，请联系系统管理员。", (await again.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        }

        using var security = await factory.ClientForRoleAsync(Roles.SecurityAdministrator);
        Assert.Equal(HttpStatusCode.NoContent, (await security.PutAsJsonAsync($"/api/v1/identity/users/{await IdOfAsync(other.UserName)}/roles", new { roles = new[] { Roles.Leader } })).StatusCode);
        await (await otherClient.GetAsync("/api/v1/registry/units")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_security_administrator_cannot_change_their_own_roles()
    {
        var security = await factory.CreateUserAsync(Roles.SecurityAdministrator);
        using var client = await factory.ClientForAsync(security);
        using (var self = await client.PutAsJsonAsync($"/api/v1/identity/users/{await IdOfAsync(security.UserName)}/roles", new { roles = new[] { Roles.SystemAdministrator } }))
        {
            Assert.Equal("不能修改自己的角色。", Assert.Single(await self.FieldErrorsAsync("roles")));
        }
    }

    [Fact]
    public async Task The_last_system_administrator_cannot_be_removed()
    {
        await using var fresh = new TianzhongFactory();
        await ((IAsyncLifetime)fresh).InitializeAsync();
        try
        {
            using var security = await fresh.ClientForRoleAsync(Roles.SecurityAdministrator);
            await using var scope = fresh.Services.CreateAsyncScope();
            var admins = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.SystemAdministrator);
            var admin = Assert.Single(admins);
            using var response = await security.PutAsJsonAsync($"/api/v1/identity/users/{admin.Id}/roles", new { roles = new[] { Roles.Leader } });
            Assert.Equal("不能移除最后一名系统管理员。", Assert.Single(await response.FieldErrorsAsync("roles")));
        }
        finally
        {
            await ((IAsyncLifetime)fresh).DisposeAsync();
        }
    }

    private async Task<int> UserCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users.Count();
    }

    private async Task<string> IdOfAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }

    private async Task<string> RawPhoneColumnAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"PhoneNumber\" FROM identity_users WHERE \"UserName\" = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = userName;
        command.Parameters.Add(parameter);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
