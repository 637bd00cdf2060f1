using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// Precision matching through the API: ranking and reasons for organisations with known facts, the weights' rules,
/// following a recommendation into the project library. Chains and links are written through ChainsDb (the chain
/// API is another feature); the direction is 装备制造产业 (box 1; regions include 广东; hosted by 驿城区 411702).
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class MatchingApiTests(TianzhongFactory factory)
{
    internal const string Direction = "equipment";
    private const string HostUnit = "411702";

    /// <summary>The direction's chain (created when missing) and a new link of it with a unique name.</summary>
    internal static async Task<(Guid ChainId, Guid LinkId, string LinkName)> NewLinkAsync(IServiceProvider services, string directionCode = Direction)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<ChainsDb>();
        var chain = await db.Chains.FirstOrDefaultAsync(c => c.Code == directionCode);
        if (chain is null)
        {
            chain = IndustryChain.Create(directionCode, "装备制造产业链", 1);
            db.Chains.Add(chain);
            await db.SaveChangesAsync();
        }

        var name = $"测试环节{InvestorsApiTests.Unique()}";
        var link = ChainLink.Create(chain.Id, null, name, ChainSegment.Midstream, 99, null);
        db.Links.Add(link);
        await db.SaveChangesAsync();
        return (chain.Id, link.Id, name);
    }

    internal static async Task AttachAsync(IServiceProvider services, Guid chainId, Guid linkId, AttachmentKind kind, Guid organisationId, string name)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<ChainsDb>();
        db.Attachments.Add(LinkAttachment.Organisation(chainId, linkId, kind, organisationId, name, kind == AttachmentKind.LocalEnterprise ? HostUnit : null, "test", DateTime.UnixEpoch));
        await db.SaveChangesAsync();
    }

    internal static async Task ListAsync(IServiceProvider services, Guid organisationId, int box, string directionCode, string? subSector)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        var organisation = await db.Organisations.Include(o => o.Listings).FirstAsync(o => o.Id == organisationId);
        organisation.SetListings([new OrganisationListing(box, directionCode, subSector, organisation.Name)]);
        await db.SaveChangesAsync();
    }

    internal static async Task<Guid> OrganisationAsync(HttpClient client, string name, string? region, string traits)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/investment/organisations", new { name, region, traits, acknowledgeSimilar = true });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static async Task InteractAsync(HttpClient client, Guid organisationId, DateOnly on)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/investment/interactions", new { organisationId, kind = "Visit", occurredOn = on, officials = "招商局", unitCode = HostUnit });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static DateOnly Today() => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8));

    private static decimal Value(JsonElement row, string component) =>
        row.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("component").GetString() == component).GetProperty("value").GetDecimal();

    private static string Text(JsonElement row, string component) =>
        row.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("component").GetString() == component).GetProperty("text").GetString()!;

    [Fact]
    public async Task Organisations_are_ranked_by_their_parts_with_a_reason_each()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var (chainId, linkId, linkName) = await NewLinkAsync(factory.Services);
        var tag = $"精准{InvestorsApiTests.Unique()}";

        // A: attached target of a missing link, listed in box 1, 广东, 世界500强 + 上市 + 行业龙头, five interactions this week.
        var a = await OrganisationAsync(city, $"{tag}甲集团", "广东省", "Global500, Listed, IndustryLeader");
        await AttachAsync(factory.Services, chainId, linkId, AttachmentKind.TargetEnterprise, a, $"{tag}甲集团");
        await ListAsync(factory.Services, a, 1, Direction, null);
        for (var i = 0; i < 5; i++)
        {
            await InteractAsync(city, a, Today().AddDays(-i));
        }

        // B: 河南 (not a plan region), 上市, one interaction 200 days ago, a local enterprise on the link.
        var b = await OrganisationAsync(city, $"{tag}乙公司", "河南", "Listed");
        await InteractAsync(city, b, Today().AddDays(-200));
        await AttachAsync(factory.Services, chainId, linkId, AttachmentKind.LocalEnterprise, b, $"{tag}乙公司");

        // C: nothing known but a listing under the link's name in another direction (does not count).
        var c = await OrganisationAsync(city, $"{tag}丙公司", null, "None");
        await ListAsync(factory.Services, c, 2, "food", linkName);

        var page = await city.GetFromJsonAsync<JsonElement>($"/api/v1/chains/{Direction}/recommendations?linkId={linkId}&search={Uri.EscapeDataString(tag)}&pageSize=10");
        Assert.Equal("Link", page.GetProperty("scope").GetString());
        Assert.Equal(linkName, page.GetProperty("linkName").GetString());
        var rows = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([a, b, c], rows.Select(r => r.GetProperty("organisationId").GetGuid()));

        // The link has a local enterprise now but no counted project: weak (0.5), below the default three players.
        var first = rows[0];
        Assert.Equal(0.5m, Value(first, "GapFit"));
        Assert.Equal(1m, Value(first, "PlanListing"));
        Assert.Equal(1m, Value(first, "Region"));
        Assert.Equal(1m, Value(first, "Flags"));
        Assert.Equal(1m, Value(first, "Interactions"));
        Assert.Equal(0m, Value(first, "Presence"));
        Assert.Contains(linkName, Text(first, "GapFit"), StringComparison.Ordinal);
        Assert.Contains("专栏1", Text(first, "PlanListing"), StringComparison.Ordinal);
        Assert.Contains("广东", Text(first, "Region"), StringComparison.Ordinal);

        var second = rows[1];
        Assert.Equal(0m, Value(second, "Region"));
        Assert.Equal(0.3333m, Value(second, "Flags"));
        Assert.Equal(0.35m, Value(second, "Interactions")); // 0.5 x 1/5 + 0.5 x 0.5
        Assert.Equal(1m, Value(second, "Presence"));
        Assert.Contains("本地企业", Text(second, "Presence"), StringComparison.Ordinal);

        var third = rows[2];
        Assert.Equal(0m, third.GetProperty("score").GetDecimal());
        Assert.Contains("总部所在地未登记", Text(third, "Region"), StringComparison.Ordinal);

        // Each total is the weighted parts over the weights, out of 100.
        foreach (var row in rows)
        {
            var parts = row.GetProperty("reasons").EnumerateArray().ToList();
            var expected = Math.Round(parts.Sum(p => p.GetProperty("weight").GetDecimal() * p.GetProperty("value").GetDecimal()) / parts.Sum(p => p.GetProperty("weight").GetDecimal()) * 100m, 1);
            Assert.InRange(row.GetProperty("score").GetDecimal(), expected - 0.1m, expected + 0.1m);
        }

        // Filters: plan-listed only leaves A; a minimum score above B's leaves A.
        var listed = await city.GetFromJsonAsync<JsonElement>($"/api/v1/chains/{Direction}/recommendations?linkId={linkId}&search={Uri.EscapeDataString(tag)}&listedOnly=true");
        Assert.Equal([a], listed.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("organisationId").GetGuid()));

        // The unit scope: 驿城区 hosts equipment, so the chain is among its chains.
        var unit = await city.GetFromJsonAsync<JsonElement>($"/api/v1/chains/recommendations/unit/{HostUnit}?search={Uri.EscapeDataString(tag)}");
        Assert.Contains(unit.GetProperty("chains").EnumerateArray(), ch => ch.GetProperty("code").GetString() == Direction);
        Assert.Equal(a, unit.GetProperty("items")[0].GetProperty("organisationId").GetGuid());
    }

    [Fact]
    public async Task Weights_below_zero_or_all_zero_are_refused_and_a_stale_version_is_409()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var before = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/matching/weights");
        var version = before.GetProperty("version").GetInt32();

        using (var negative = await city.PutAsJsonAsync("/api/v1/chains/matching/weights", new { gapFit = 30, planListing = 20, region = -1, flags = 15, interactions = 15, presence = 10, version }))
        {
            var errors = await negative.FieldErrorsAsync("region");
            Assert.Contains("不能小于零", errors[0], StringComparison.Ordinal);
        }

        using (var zero = await city.PutAsJsonAsync("/api/v1/chains/matching/weights", new { gapFit = 0, planListing = 0, region = 0, flags = 0, interactions = 0, presence = 0, version }))
        {
            Assert.Contains("全部为零", (await zero.FieldErrorsAsync("weights"))[0], StringComparison.Ordinal);
        }

        var unchanged = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/matching/weights");
        Assert.Equal(version, unchanged.GetProperty("version").GetInt32());
        Assert.Equal(before.GetProperty("region").GetDecimal(), unchanged.GetProperty("region").GetDecimal());

        using (var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722"))
        using (var refused = await county.PutAsJsonAsync("/api/v1/chains/matching/weights", new { gapFit = 1, planListing = 1, region = 1, flags = 1, interactions = 1, presence = 1, version }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var saved = await city.PutAsJsonAsync("/api/v1/chains/matching/weights", new { gapFit = 40, planListing = 20, region = 10, flags = 10, interactions = 10, presence = 10, version });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(40m, view.GetProperty("gapFit").GetDecimal());
        Assert.Equal(version + 1, view.GetProperty("version").GetInt32());

        using (var stale = await city.PutAsJsonAsync("/api/v1/chains/matching/weights", new { gapFit = 30, planListing = 20, region = 10, flags = 15, interactions = 15, presence = 10, version }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        // Back to the platform's defaults for the other tests sharing the database.
        using var restored = await city.PutAsJsonAsync("/api/v1/chains/matching/weights", new { gapFit = 30, planListing = 20, region = 10, flags = 15, interactions = 15, presence = 10, version = version + 1 });
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Fact]
    public async Task Following_creates_a_negotiating_lead_attached_to_the_link_and_a_second_follow_is_409()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var (_, linkId, linkName) = await NewLinkAsync(factory.Services);
        var name = $"跟进{InvestorsApiTests.Unique()}集团";
        var organisation = await OrganisationAsync(city, name, "上海", "Listed");

        using var followed = await city.PostAsJsonAsync($"/api/v1/chains/{Direction}/recommendations/{organisation}/follow", new { unitCode = HostUnit, linkId });
        Assert.True(followed.StatusCode == HttpStatusCode.Created, await followed.Content.ReadAsStringAsync());
        var result = await followed.Content.ReadFromJsonAsync<JsonElement>();
        var projectId = result.GetProperty("projectId").GetGuid();
        Assert.Equal($"/api/v1/investment/projects/{projectId}", followed.Headers.Location?.OriginalString);

        var project = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}");
        Assert.Equal("Negotiating", project.GetProperty("stage").GetString());
        Assert.Equal(HostUnit, project.GetProperty("unitCode").GetString());
        Assert.Equal(Direction, project.GetProperty("figures").GetProperty("directionCode").GetString());
        Assert.Equal(0m, project.GetProperty("figures").GetProperty("contractInvestmentWan").GetDecimal());
        var projectName = project.GetProperty("figures").GetProperty("name").GetString()!;
        Assert.Contains(name, projectName, StringComparison.Ordinal);
        Assert.Contains(linkName, projectName, StringComparison.Ordinal);
        var investors = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/investors");
        Assert.Equal([organisation], investors.GetProperty("investors").EnumerateArray().Select(i => i.GetProperty("organisationId").GetGuid()));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            var attachment = await scope.ServiceProvider.GetRequiredService<ChainsDb>().Attachments.SingleAsync(x => x.ProjectId == projectId);
            Assert.Equal(linkId, attachment.LinkId);
            Assert.Equal(AttachmentKind.Project, attachment.Kind);
            Assert.Equal(HostUnit, attachment.UnitCode);
        }

        using var again = await city.PostAsJsonAsync($"/api/v1/chains/{Direction}/recommendations/{organisation}/follow", new { unitCode = HostUnit });
        var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(projectName, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_county_follows_only_for_its_own_unit()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        await NewLinkAsync(factory.Services);
        var organisation = await OrganisationAsync(county, $"县区跟进{InvestorsApiTests.Unique()}公司", "浙江", "None");

        using var other = await county.PostAsJsonAsync($"/api/v1/chains/{Direction}/recommendations/{organisation}/follow", new { unitCode = HostUnit });
        await other.ProblemAsync(HttpStatusCode.Forbidden);

        using var own = await county.PostAsJsonAsync($"/api/v1/chains/{Direction}/recommendations/{organisation}/follow", new { unitCode = "411722" });
        Assert.True(own.StatusCode == HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var projectId = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("projectId").GetGuid();
        var project = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}");
        Assert.Equal("411722", project.GetProperty("unitCode").GetString());
    }

    [Fact]
    public async Task Unknown_chain_or_link_is_404()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var chain = await city.GetAsync("/api/v1/chains/no-such-chain/recommendations");
        await chain.ProblemAsync(HttpStatusCode.NotFound);
        await NewLinkAsync(factory.Services);
        using var link = await city.GetAsync($"/api/v1/chains/{Direction}/recommendations?linkId={Guid.NewGuid()}");
        await link.ProblemAsync(HttpStatusCode.NotFound);
    }
}
