using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class CreditCodeTests(TianzhongFactory factory)
{
    private const string HuaweiCode = "914403001922038216";

    [Fact]
    public async Task A_valid_code_is_recorded_a_stale_edit_and_a_duplicate_are_refused()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var huawei = await FindAsync(city, "华为技术有限公司");
        var version = huawei.GetProperty("version").GetInt32();
        var id = huawei.GetProperty("id").GetString();

        using (var ok = await city.PutAsJsonAsync($"/api/v1/registry/organisations/{id}/credit-code", new { creditCode = HuaweiCode.ToLowerInvariant(), version }))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal(version + 1, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }

        Assert.Equal(HuaweiCode, (await FindAsync(city, "华为技术有限公司")).GetProperty("creditCode").GetString());

        using (var stale = await city.PutAsJsonAsync($"/api/v1/registry/organisations/{id}/credit-code", new { creditCode = HuaweiCode, version }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var zte = await FindAsync(city, "中兴通讯股份有限公司");
        using (var duplicate = await city.PutAsJsonAsync($"/api/v1/registry/organisations/{zte.GetProperty("id").GetString()}/credit-code", new { creditCode = HuaweiCode, version = zte.GetProperty("version").GetInt32() }))
        {
            var problem = await duplicate.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains(HuaweiCode, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "Update"), e => e.ObjectType == "Organisation" && e.After!.Contains(HuaweiCode, StringComparison.Ordinal));
        Assert.Contains(await AuditReader.EntriesAsync(factory, "WriteRefused"), e => e.Outcome == Kernel.Auditing.AuditOutcome.Failure);
    }

    [Theory]
    [InlineData("91440300192203821", "统一社会信用代码应为 18 位。")]
    [InlineData("914403001922038217", "统一社会信用代码校验位不正确（GB 32100）。如为早期试点代码，请勾选“历史代码”。")]
    [InlineData("9144030019220382I6", "统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）。")]
    public async Task A_malformed_code_is_a_field_error_and_changes_nothing(string code, string message)
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var target = await FindAsync(city, "比亚迪股份有限公司");
        using var response = await city.PutAsJsonAsync($"/api/v1/registry/organisations/{target.GetProperty("id").GetString()}/credit-code", new { creditCode = code, version = target.GetProperty("version").GetInt32() });
        Assert.Equal(message, Assert.Single(await response.FieldErrorsAsync("creditCode")));
        var after = await FindAsync(city, "比亚迪股份有限公司");
        Assert.Equal(target.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("creditCode").ValueKind);
    }

    [Fact]
    public async Task A_legacy_pilot_code_is_accepted_only_with_the_explicit_override()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var target = await FindAsync(city, "雅迪科技集团有限公司");
        var id = target.GetProperty("id").GetString();
        const string legacy = "91320200MA1MXXXXX0";
        var checkFails = Kernel.Identifiers.UnifiedSocialCreditCode.Check(legacy);
        Assert.Equal(Kernel.Identifiers.IdentifierCheck.CheckCharacterMismatch, checkFails);

        using (var refused = await city.PutAsJsonAsync($"/api/v1/registry/organisations/{id}/credit-code", new { creditCode = legacy, version = target.GetProperty("version").GetInt32() }))
        {
            Assert.NotEmpty(await refused.FieldErrorsAsync("creditCode"));
        }

        using var accepted = await city.PutAsJsonAsync($"/api/v1/registry/organisations/{id}/credit-code", new { creditCode = legacy, legacyOverride = true, version = target.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_county_officer_may_not_edit_shared_organisations()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var target = await FindAsync(county, "比亚迪股份有限公司");
        using var response = await county.PutAsJsonAsync($"/api/v1/registry/organisations/{target.GetProperty("id").GetString()}/credit-code", new { creditCode = "91440300192317458F", version = 0 });
        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> FindAsync(HttpClient client, string name)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?search=" + Uri.EscapeDataString(name));
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
    }
}
