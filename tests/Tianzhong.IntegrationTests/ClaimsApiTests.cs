using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class ClaimsApiTests(TianzhongFactory factory)
{
    private static async Task<JsonElement> SetInvestorsAsync(HttpClient client, string projectId, int version, params string[] organisationIds)
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/investment/projects/{projectId}/investors", new { organisationIds, version });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<List<JsonElement>> ClaimsOnAsync(HttpClient client, string projectId, string? status = null)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/investment/claims?pageSize=200" + (status is null ? string.Empty : "&status=" + status));
        return [.. page.GetProperty("items").EnumerateArray().Where(c =>
            (c.GetProperty("first").ValueKind == JsonValueKind.Object && c.GetProperty("first").GetProperty("id").GetString() == projectId)
            || (c.GetProperty("second").ValueKind == JsonValueKind.Object && c.GetProperty("second").GetProperty("id").GetString() == projectId))];
    }

    [Fact]
    public async Task Two_counties_claiming_one_investors_project_open_one_claim_and_the_city_splits_it()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var first = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        using var second = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411727");
        using var bystander = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        var core = InvestorsApiTests.Unique();
        var investor = await InvestorsApiTests.RegisterAsync(city, $"认领测试{core}集团有限公司");
        var investorId = investor.GetProperty("id").GetString()!;

        // The first unit's project is confidential talks: the second county cannot see it, yet the claim is found.
        var early = await InvestorsApiTests.RegisterProjectAsync(first, $"{core}智能装备产业园项目", confidential: true);
        var earlyId = early.GetProperty("id").GetString()!;
        var late = await InvestorsApiTests.RegisterProjectAsync(second, $"{core}智能装备产业园");
        var lateId = late.GetProperty("id").GetString()!;

        var alone = await SetInvestorsAsync(first, earlyId, early.GetProperty("version").GetInt32(), investorId);
        Assert.False(alone.GetProperty("inDoubleClaim").GetBoolean());

        using (var set = await second.PutAsJsonAsync($"/api/v1/investment/projects/{lateId}/investors", new { organisationIds = new[] { investorId }, version = late.GetProperty("version").GetInt32() }))
        {
            var body = await set.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            Assert.DoesNotContain(earlyId, body, StringComparison.OrdinalIgnoreCase);
            var held = JsonDocument.Parse(body).RootElement;
            Assert.True(held.GetProperty("inDoubleClaim").GetBoolean());
            Assert.Equal(0m, held.GetProperty("countShare").GetDecimal());

            // Setting the same investors again finds the known claim and opens no second one.
            await SetInvestorsAsync(second, lateId, held.GetProperty("version").GetInt32(), investorId);
        }

        var claim = Assert.Single(await ClaimsOnAsync(city, lateId, "Open"));
        Assert.Equal(earlyId, claim.GetProperty("first").GetProperty("id").GetString());
        Assert.Equal(1m, claim.GetProperty("first").GetProperty("countShare").GetDecimal());
        Assert.Equal(0m, claim.GetProperty("second").GetProperty("countShare").GetDecimal());
        Assert.Equal(investorId, claim.GetProperty("organisationId").GetString());
        var claimId = claim.GetProperty("id").GetString();

        var seenBySecond = Assert.Single(await ClaimsOnAsync(second, lateId));
        Assert.Equal(JsonValueKind.Null, seenBySecond.GetProperty("first").ValueKind);
        Assert.Empty(await ClaimsOnAsync(bystander, lateId));

        await (await second.PostAsJsonAsync($"/api/v1/investment/claims/{claimId}/decide", new { firstShare = 0.6m, version = 1 })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty(await (await city.PostAsJsonAsync($"/api/v1/investment/claims/{claimId}/decide", new { firstShare = 1.2m, version = 1 })).FieldErrorsAsync("firstShare"));
        Assert.NotEmpty(await (await city.PostAsJsonAsync($"/api/v1/investment/claims/{claimId}/decide", new { firstShare = 0.12345m, version = 1 })).FieldErrorsAsync("firstShare"));
        await (await city.PostAsJsonAsync($"/api/v1/investment/claims/{claimId}/decide", new { firstShare = 0.6m, version = 0 })).ProblemAsync(HttpStatusCode.Conflict);

        using (var decided = await city.PostAsJsonAsync($"/api/v1/investment/claims/{claimId}/decide", new { firstShare = 0.6m, remark = "按投资协议分成", version = 1 }))
        {
            var body = await decided.Content.ReadAsStringAsync();
            Assert.True(decided.StatusCode == HttpStatusCode.OK, body);
            var view = JsonDocument.Parse(body).RootElement;
            Assert.Equal("Decided", view.GetProperty("status").GetString());
            Assert.Equal(0.6m, view.GetProperty("firstShare").GetDecimal());
        }

        Assert.Equal(0.6m, (await first.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{earlyId}/investors")).GetProperty("countShare").GetDecimal());
        var after = await second.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{lateId}/investors");
        Assert.Equal(0.4m, after.GetProperty("countShare").GetDecimal());
        Assert.False(after.GetProperty("inDoubleClaim").GetBoolean());
        Assert.Empty(await ClaimsOnAsync(city, lateId, "Open"));
        await (await city.PostAsJsonAsync($"/api/v1/investment/claims/{claimId}/decide", new { firstShare = 1m, version = 1 })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Projects_of_one_unit_or_with_other_names_are_no_double_claim()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var core = InvestorsApiTests.Unique();
        var investorId = (await InvestorsApiTests.RegisterAsync(city, $"非认领{core}有限公司")).GetProperty("id").GetString()!;
        var a = await InvestorsApiTests.RegisterProjectAsync(city, $"{core}冷链物流项目", unitCode: "411702");
        var b = await InvestorsApiTests.RegisterProjectAsync(city, $"{core}冷链物流", unitCode: "411702");
        var c = await InvestorsApiTests.RegisterProjectAsync(city, $"{core}冷链物流二期", unitCode: "411721");
        foreach (var project in new[] { a, b, c })
        {
            var set = await SetInvestorsAsync(city, project.GetProperty("id").GetString()!, project.GetProperty("version").GetInt32(), investorId);
            Assert.False(set.GetProperty("inDoubleClaim").GetBoolean());
            Assert.Equal(1m, set.GetProperty("countShare").GetDecimal());
        }
    }
}
