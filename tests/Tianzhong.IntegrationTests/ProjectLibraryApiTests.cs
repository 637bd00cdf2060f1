using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>The library's filters, sorting, board, timeline, 三个一 and history, through the API.</summary>
[Collection(AppFixtureGroup.Name)]
public sealed class ProjectLibraryApiTests(TianzhongFactory factory)
{
    private static object Figures(string name, decimal contract, string source = "OtherProvince", bool confidential = false) => new
    {
        name,
        directionCode = "food",
        source,
        contractInvestmentWan = contract,
        isConfidential = confidential,
    };

    private static async Task<JsonElement> RegisterAsync(HttpClient client, string unit, object figures)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/investment/projects", new { unitCode = unit, figures });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Bands_sources_sorting_and_the_board_agree_with_the_amounts_entered()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await RegisterAsync(city, "411702", Figures($"板块测试{tag}甲", 9_999.99m));
        await RegisterAsync(city, "411702", Figures($"板块测试{tag}乙", 10_000m, source: "Abroad"));
        await RegisterAsync(city, "411702", Figures($"板块测试{tag}丙", 99_999.99m));
        await RegisterAsync(city, "411702", Figures($"板块测试{tag}丁", 100_000m));
        await RegisterAsync(city, "411702", Figures($"板块测试{tag}戊", 250_000.5m));

        async Task<string[]> NamesAsync(string filter)
        {
            var page = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects?search=板块测试{tag}&pageSize=50&{filter}");
            return [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("figures").GetProperty("name").GetString()![^1..])];
        }

        Assert.Equal(["甲"], await NamesAsync("band=BelowHundredMillion"));
        Assert.Equal(["丙", "乙"], await NamesAsync("band=HundredMillionToBillion&sort=ContractDescending"));
        Assert.Equal(["丁", "戊"], await NamesAsync("band=BillionAndMore&sort=ContractAscending"));
        Assert.Equal(["乙"], await NamesAsync("source=Abroad"));
        Assert.Equal(["戊", "丁", "丙", "乙", "甲"], await NamesAsync("sort=ContractDescending"));

        var board = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/board?search=板块测试{tag}");
        var negotiating = board.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("stage").GetString() == "Negotiating");
        Assert.Equal(5, negotiating.GetProperty("count").GetInt32());
        Assert.Equal(470_000.48m, negotiating.GetProperty("contractInvestmentWan").GetDecimal());
        Assert.Equal(250_000.5m, negotiating.GetProperty("cards")[0].GetProperty("contractInvestmentWan").GetDecimal());
        Assert.All(board.GetProperty("columns").EnumerateArray().Where(c => c.GetProperty("stage").GetString() != "Negotiating"), c => Assert.Equal(0, c.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task The_search_finds_a_project_by_its_investor_name()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisations = await city.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?pageSize=1");
        var investor = organisations.GetProperty("items")[0];
        var investorName = investor.GetProperty("name").GetString()!;
        var project = await RegisterAsync(city, "411721", Figures($"深加工{Guid.NewGuid():N}", 50_000m));
        var id = project.GetProperty("id").GetString();
        using var set = await city.PutAsJsonAsync($"/api/v1/investment/projects/{id}/investors", new { organisationIds = new[] { investor.GetProperty("id").GetString() }, version = project.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var found = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects?search={Uri.EscapeDataString(investorName)}&pageSize=200");
        var row = Assert.Single(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        Assert.Equal([investorName], row.GetProperty("investorNames").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Renaming_a_project_to_another_units_claim_on_the_same_investor_holds_it_until_the_city_decides()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisations = await city.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?pageSize=1&page=3");
        var investorId = organisations.GetProperty("items")[0].GetProperty("id").GetString();
        var name = $"重名认领测试{Guid.NewGuid():N}";
        var first = await RegisterAsync(city, "411723", Figures(name, 30_000m));
        var second = await RegisterAsync(city, "411725", Figures(name + "二期", 30_000m));
        foreach (var project in new[] { first, second })
        {
            using var set = await city.PutAsJsonAsync($"/api/v1/investment/projects/{project.GetProperty("id").GetString()}/investors", new { organisationIds = new[] { investorId }, version = project.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var secondId = second.GetProperty("id").GetString();
        var before = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{secondId}");
        Assert.Equal(1m, before.GetProperty("countShare").GetDecimal());

        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411725");
        using var renamed = await county.PutAsJsonAsync($"/api/v1/investment/projects/{secondId}", new { figures = Figures(name, 30_000m), version = before.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(0m, (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("countShare").GetDecimal());

        var claims = await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/claims?status=Open&pageSize=200");
        Assert.Contains(claims.GetProperty("items").EnumerateArray(), c => c.ToString().Contains(secondId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renaming_an_older_project_onto_another_units_claim_holds_the_renamed_one_not_theirs()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisations = await city.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?pageSize=1&page=4");
        var investorId = organisations.GetProperty("items")[0].GetProperty("id").GetString();
        var name = $"抢先改名测试{Guid.NewGuid():N}";
        var older = await RegisterAsync(city, "411726", Figures(name + "旧", 30_000m));
        var theirs = await RegisterAsync(city, "411728", Figures(name, 30_000m));
        foreach (var project in new[] { older, theirs })
        {
            using var set = await city.PutAsJsonAsync($"/api/v1/investment/projects/{project.GetProperty("id").GetString()}/investors", new { organisationIds = new[] { investorId }, version = project.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var olderId = older.GetProperty("id").GetString();
        var current = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{olderId}");
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        using var renamed = await county.PutAsJsonAsync($"/api/v1/investment/projects/{olderId}", new { figures = Figures(name, 30_000m), version = current.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        Assert.Equal(0m, (await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{olderId}")).GetProperty("countShare").GetDecimal());
        Assert.Equal(1m, (await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{theirs.GetProperty("id").GetString()}")).GetProperty("countShare").GetDecimal());
    }

    [Fact]
    public async Task The_attention_filter_keeps_exactly_the_projects_with_an_overdue_milestone()
    {
        var owner = await factory.CreateUserAsync(Roles.CountyOfficer, unitCode: "411727");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var late = await RegisterAsync(city, "411727", Figures($"关注筛选{tag}甲", 20_000m));
        var onTime = await RegisterAsync(city, "411727", Figures($"关注筛选{tag}乙", 20_000m));
        using (await city.PostAsJsonAsync($"/api/v1/investment/projects/{late.GetProperty("id").GetString()}/milestones", new { title = "办理环评", owner = owner.UserName, dueOn = "2021-05-01" }))
        using (await city.PostAsJsonAsync($"/api/v1/investment/projects/{onTime.GetProperty("id").GetString()}/milestones", new { title = "办理环评", owner = owner.UserName, dueOn = "2099-05-01" }))
        {
        }

        var page = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects?search=关注筛选{tag}&attention=MilestoneOverdue");
        var only = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(late.GetProperty("id").GetString(), only.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Unknown_cluster_and_absurd_year_are_field_errors()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        Assert.NotEmpty(await (await city.GetAsync("/api/v1/investment/projects?clusterCode=nope")).FieldErrorsAsync("clusterCode"));
        Assert.NotEmpty(await (await city.GetAsync("/api/v1/investment/projects?year=1900")).FieldErrorsAsync("year"));
    }

    [Fact]
    public async Task A_county_reads_other_units_open_projects_but_cannot_change_them_and_the_refusal_is_audited()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var open = await RegisterAsync(city, "411724", Figures($"公开洽谈项目{Guid.NewGuid():N}", 20_000m));
        var id = open.GetProperty("id").GetString();
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");

        var read = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{id}");
        Assert.Equal("411724", read.GetProperty("unitCode").GetString());

        using var revise = await county.PutAsJsonAsync($"/api/v1/investment/projects/{id}", new { figures = Figures("改名", 1m), version = read.GetProperty("version").GetInt32() });
        await revise.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(await AuditReader.EntriesAsync(factory, "AccessDenied"), e => e.ObjectType == "Project" && e.ObjectId == id);
        var after = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{id}");
        Assert.Equal(open.GetProperty("figures").GetProperty("name").GetString(), after.GetProperty("figures").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Three_ones_names_a_leader_and_a_team_and_overdue_milestones_are_flagged()
    {
        var leader = await factory.CreateUserAsync(Roles.Leader);
        var member = await factory.CreateUserAsync(Roles.CountyOfficer, unitCode: "411726");
        var notLeader = await factory.CreateUserAsync(Roles.CityOfficer);
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var small = await RegisterAsync(city, "411726", Figures($"小项目{Guid.NewGuid():N}", 5_000m));
        var major = await RegisterAsync(city, "411726", Figures($"重大项目{Guid.NewGuid():N}", 120_000m));
        var id = major.GetProperty("id").GetString();

        using var minor = await city.PutAsJsonAsync($"/api/v1/investment/projects/{small.GetProperty("id").GetString()}/three-ones", new { leader = leader.UserName, team = Array.Empty<string>(), version = 1 });
        await minor.ProblemAsync(HttpStatusCode.Conflict);

        using var wrongLeader = await city.PutAsJsonAsync($"/api/v1/investment/projects/{id}/three-ones", new { leader = notLeader.UserName, team = new[] { member.UserName }, version = 1 });
        Assert.NotEmpty(await wrongLeader.FieldErrorsAsync("leader"));

        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        using var countyAssigns = await county.PutAsJsonAsync($"/api/v1/investment/projects/{id}/three-ones", new { leader = leader.UserName, team = new[] { member.UserName }, version = 1 });
        await countyAssigns.ProblemAsync(HttpStatusCode.Forbidden);

        using var assigned = await city.PutAsJsonAsync($"/api/v1/investment/projects/{id}/three-ones", new { leader = leader.UserName, team = new[] { member.UserName, member.UserName }, version = 1 });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var view = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(leader.UserName, view.GetProperty("leader").GetString());
        Assert.Equal([member.UserName], view.GetProperty("team").EnumerateArray().Select(t => t.GetString()));

        using var stale = await city.PutAsJsonAsync($"/api/v1/investment/projects/{id}/three-ones", new { leader = (string?)null, team = Array.Empty<string>(), version = 1 });
        await stale.ProblemAsync(HttpStatusCode.Conflict);

        using var overdue = await county.PostAsJsonAsync($"/api/v1/investment/projects/{id}/milestones", new { title = "完成土地摘牌", owner = member.UserName, dueOn = "2020-01-31" });
        Assert.Equal(HttpStatusCode.Created, overdue.StatusCode);
        using var later = await county.PostAsJsonAsync($"/api/v1/investment/projects/{id}/milestones", new { title = "取得施工许可", owner = member.UserName, dueOn = "2099-06-30" });
        using var unknownOwner = await county.PostAsJsonAsync($"/api/v1/investment/projects/{id}/milestones", new { title = "x", owner = "nobody-here", dueOn = "2027-01-01" });
        Assert.NotEmpty(await unknownOwner.FieldErrorsAsync("owner"));

        var plan = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{id}/three-ones");
        var milestones = plan.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal(2, milestones.Count);
        Assert.True(milestones[0].GetProperty("isOverdue").GetBoolean());
        Assert.False(milestones[1].GetProperty("isOverdue").GetBoolean());

        var first = milestones[0];
        using var done = await county.PostAsJsonAsync($"/api/v1/investment/milestones/{first.GetProperty("id").GetString()}/complete", new { completedOn = "2020-02-03", version = first.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.False((await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isOverdue").GetBoolean());

        var timeline = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{id}/timeline");
        Assert.Contains(timeline.EnumerateArray(), t => t.GetProperty("kind").GetString() == "Milestone" && t.GetProperty("code").GetString() == "Completed" && t.GetProperty("on").GetString() == "2020-02-03");
        Assert.Contains(timeline.EnumerateArray(), t => t.GetProperty("kind").GetString() == "Registered");
    }

    [Fact]
    public async Task The_thirteenth_plan_history_lists_the_gazette_names_only()
    {
        using var leader = await factory.ClientForRoleAsync(Roles.Leader);
        var history = await leader.GetFromJsonAsync<JsonElement>("/api/v1/investment/history-projects");
        Assert.Equal(14, history.GetArrayLength());
        Assert.Equal("伊利集团示范性牧场和智能化乳制品加工厂项目", history[0].GetProperty("name").GetString());
        Assert.Equal("准时达智慧物流产业园项目", history[13].GetProperty("name").GetString());
    }
}
