using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class AttentionApiTests(TianzhongFactory factory)
{
    [Fact]
    public async Task A_project_signed_seven_months_ago_and_not_started_needs_attention_and_one_signed_five_months_ago_does_not()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var leader = await factory.CreateUserAsync(Roles.Leader);
        var late = await FundsSeed.ProjectAsync(factory, "411726", "泌阳县签而未开项目", signedOn: today.AddMonths(-7), leader: leader.UserName);
        var recent = await FundsSeed.ProjectAsync(factory, "411726", "泌阳县新签约项目", signedOn: today.AddMonths(-5), leader: leader.UserName);
        var quiet = await FundsSeed.ProjectAsync(factory, "411726", "泌阳县久未对接项目", createdUtc: TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-40));
        var other = await FundsSeed.ProjectAsync(factory, "411702", "驿城区节点逾期项目", signedOn: today.AddMonths(-1));
        await FundsSeed.MilestoneAsync(factory, other, "完成土地摘牌", leader.UserName, today.AddDays(-3));

        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var items = await ItemsAsync(city);
        Assert.Contains((late, "SignedNotStarted"), items);
        Assert.DoesNotContain(items, i => i.Project == recent);
        Assert.Contains((quiet, "NoRecentInteraction"), items);

        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        var own = await ItemsAsync(county);
        Assert.Contains((late, "SignedNotStarted"), own);
        Assert.DoesNotContain(own, i => i.Project == other);

        using var leaderClient = await factory.ClientForAsync(leader);
        var led = await ItemsAsync(leaderClient);
        Assert.Contains((late, "SignedNotStarted"), led);
        Assert.Contains((other, "MilestoneOverdue"), led);
        Assert.DoesNotContain(led, i => i.Project == quiet);
    }

    private static async Task<List<(Guid Project, string Reason)>> ItemsAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/investment/attention?take=500");
        return [.. list.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("projectId").GetGuid(), i.GetProperty("reason").GetString()!))];
    }
}
