using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Identity.Features.SignIn;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// Chains through the API. Every test adds its own links (unique names) to a chain and compares figures before and
/// after; the gap rules are shared, so the test that changes them puts them back.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class ChainsApiTests(TianzhongFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Every_direction_has_a_chain_and_loading_the_reference_data_again_changes_nothing()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var list = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains");
        var codes = list.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal(ChainsFile.Load().Chains.Select(c => c.Code), codes);
        var equipment = list.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "equipment");
        Assert.Equal("traditional", equipment.GetProperty("categoryCode").GetString());

        var (chains, links, settings) = await CountsAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            await scope.ServiceProvider.GetRequiredService<ChainReferenceLoader>().RunAsync(CancellationToken.None);
        }

        Assert.Equal((chains, links, settings), await CountsAsync());
        Assert.Equal(1, settings);
    }

    [Fact]
    public async Task A_link_moves_from_missing_to_weak_to_strong_as_enterprises_and_signed_projects_are_attached()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var rules = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/settings/gap-rules");
        var before = Summary(await city.GetFromJsonAsync<JsonElement>("/api/v1/chains"), "beidou");
        var link = await AddLinkAsync(city, "beidou", null, "Link-" + InvestorsApiTests.Unique());
        var id = link.GetProperty("id").GetString()!;
        Assert.Equal("Missing", link.GetProperty("status").GetString());
        Assert.Equal("Fill", link.GetProperty("suggestion").GetString());

        var organisation = await InvestorsApiTests.RegisterAsync(city, $"Chain local {InvestorsApiTests.Unique()} Co", acknowledge: true);
        var detail = await PostOkAsync(city, $"/api/v1/chains/links/{id}/organisations", new { organisationId = organisation.GetProperty("id").GetString(), kind = "LocalEnterprise", unitCode = "411722" });
        Assert.Equal("Weak", detail.GetProperty("link").GetProperty("status").GetString());
        Assert.Equal("Strengthen", detail.GetProperty("link").GetProperty("suggestion").GetString());
        Assert.Equal(1, detail.GetProperty("link").GetProperty("localEnterprises").GetInt32());
        Assert.Equal("411722", detail.GetProperty("localEnterprises")[0].GetProperty("unitCode").GetString());

        // The same enterprise twice is refused; as a target enterprise it is another attachment.
        using (var twice = await city.PostAsJsonAsync($"/api/v1/chains/links/{id}/organisations", new { organisationId = organisation.GetProperty("id").GetString(), kind = "LocalEnterprise", unitCode = "411722" }))
        {
            await twice.ProblemAsync(HttpStatusCode.Conflict);
        }

        using (var noUnit = await city.PostAsJsonAsync($"/api/v1/chains/links/{id}/organisations", new { organisationId = organisation.GetProperty("id").GetString(), kind = "LocalEnterprise" }))
        {
            Assert.NotEmpty(await noUnit.FieldErrorsAsync("unitCode"));
        }

        // A project still negotiating is listed but not counted.
        var talks = await ProjectAsync(city, "411722", "Chain talks " + InvestorsApiTests.Unique(), 90_000m, confidential: false);
        detail = await PostOkAsync(city, $"/api/v1/chains/links/{id}/projects", new { projectId = talks });
        Assert.Equal(0, detail.GetProperty("link").GetProperty("projects").GetInt32());
        Assert.False(Assert.Single(detail.GetProperty("projects").EnumerateArray()).GetProperty("isCounted").GetBoolean());

        try
        {
            // Two players (1 enterprise + 1 signed project) and 5,000 wan are strong under rules of 2 players and 1,000 wan.
            await SaveRulesAsync(city, 2, 1_000m);
            var signed = await ProjectAsync(city, "411722", "Chain signed " + InvestorsApiTests.Unique(), 5_000m, confidential: false, ("Signed", "2024-03-01"));
            detail = await PostOkAsync(city, $"/api/v1/chains/links/{id}/projects", new { projectId = signed });
            var figures = detail.GetProperty("link");
            Assert.Equal("Strong", figures.GetProperty("status").GetString());
            Assert.Equal("Extend", figures.GetProperty("suggestion").GetString());
            Assert.Equal(1, figures.GetProperty("projects").GetInt32());
            Assert.Equal(5_000m, figures.GetProperty("investmentWan").GetDecimal());
            var listed = detail.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("projectId").GetString() == signed);
            Assert.Equal("Signed", listed.GetProperty("stage").GetString());
            Assert.Equal(5_000m, listed.GetProperty("contractInvestmentWan").GetDecimal());

            // Stricter rules (3 players) make it weak again; a child link below a strong link stops the "extend" suggestion.
            await SaveRulesAsync(city, 3, 1_000m);
            Assert.Equal("Weak", (await LinkAsync(city, id)).GetProperty("link").GetProperty("status").GetString());
            await SaveRulesAsync(city, 2, 1_000m);
            await AddLinkAsync(city, "beidou", id, "Child-" + InvestorsApiTests.Unique());
            Assert.Equal("None", (await LinkAsync(city, id)).GetProperty("link").GetProperty("suggestion").GetString());

            var after = Summary(await city.GetFromJsonAsync<JsonElement>("/api/v1/chains"), "beidou");
            Assert.Equal(before.GetProperty("links").GetInt32() + 2, after.GetProperty("links").GetInt32());
            Assert.Equal(before.GetProperty("localEnterprises").GetInt32() + 1, after.GetProperty("localEnterprises").GetInt32());
            Assert.Equal(before.GetProperty("projects").GetInt32() + 1, after.GetProperty("projects").GetInt32());
            Assert.Equal(before.GetProperty("investmentWan").GetDecimal() + 5_000m, after.GetProperty("investmentWan").GetDecimal());
        }
        finally
        {
            var current = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/settings/gap-rules");
            using var restored = await city.PutAsJsonAsync("/api/v1/chains/settings/gap-rules", new
            {
                strongMinEnterprises = rules.GetProperty("strongMinEnterprises").GetInt32(),
                strongMinInvestmentWan = rules.GetProperty("strongMinInvestmentWan").GetDecimal(),
                version = current.GetProperty("version").GetInt32(),
            });
            Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        }

        // A link with children or attachments cannot be deleted.
        var version = (await LinkAsync(city, id)).GetProperty("link").GetProperty("version").GetInt32();
        using (var refused = await city.DeleteAsync($"/api/v1/chains/links/{id}?version={version}"))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task A_link_under_itself_or_its_own_descendant_is_refused_and_nothing_changes()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var a = await AddLinkAsync(city, "cloud", null, "A-" + InvestorsApiTests.Unique());
        var b = await AddLinkAsync(city, "cloud", a.GetProperty("id").GetString(), "B-" + InvestorsApiTests.Unique());
        var c = await AddLinkAsync(city, "cloud", b.GetProperty("id").GetString(), "C-" + InvestorsApiTests.Unique());
        var other = await AddLinkAsync(city, "beidou", null, "X-" + InvestorsApiTests.Unique());
        var aId = a.GetProperty("id").GetString();
        var version = a.GetProperty("version").GetInt32();

        foreach (var (parent, expected) in new[] { (c.GetProperty("id").GetString(), "Cycle"), (aId, "Itself"), (other.GetProperty("id").GetString(), "AnotherChain"), (Guid.NewGuid().ToString(), "UnknownParent") })
        {
            using var refused = await city.PutAsJsonAsync($"/api/v1/chains/links/{aId}/parent", new { parentId = parent, version });
            var message = Assert.Single(await refused.FieldErrorsAsync("parentId"));
            Assert.False(string.IsNullOrWhiteSpace(message), expected);
        }

        using (var english = await factory.ClientForRoleAsync(Roles.CityOfficer, acceptLanguage: "en"))
        using (var refused = await english.PutAsJsonAsync($"/api/v1/chains/links/{aId}/parent", new { parentId = c.GetProperty("id").GetString(), version }))
        {
            Assert.Contains("cycle", Assert.Single(await refused.FieldErrorsAsync("parentId")), StringComparison.Ordinal);
        }

        var chain = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/cloud");
        var stored = chain.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("id").GetString() == aId);
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("parentId").ValueKind);
        Assert.Equal(version, stored.GetProperty("version").GetInt32());

        // A new link under a link of another chain is refused too.
        using (var added = await city.PostAsJsonAsync("/api/v1/chains/cloud/links", new { parentId = other.GetProperty("id").GetString(), name = "Y-" + InvestorsApiTests.Unique(), segment = "Midstream" }))
        {
            Assert.NotEmpty(await added.FieldErrorsAsync("parentId"));
        }

        // A valid move: C to the top; then a stale version is 409.
        using (var moved = await city.PutAsJsonAsync($"/api/v1/chains/links/{c.GetProperty("id").GetString()}/parent", new { parentId = (string?)null, version = c.GetProperty("version").GetInt32() }))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            Assert.Equal(JsonValueKind.Null, (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parentId").ValueKind);
        }

        using (var stale = await city.PutAsJsonAsync($"/api/v1/chains/links/{c.GetProperty("id").GetString()}/parent", new { parentId = aId, version = c.GetProperty("version").GetInt32() }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        // A with B below it cannot go; B, empty, can.
        using (var withChildren = await city.DeleteAsync($"/api/v1/chains/links/{aId}?version={version}"))
        {
            await withChildren.ProblemAsync(HttpStatusCode.Conflict);
        }

        using (var deleted = await city.DeleteAsync($"/api/v1/chains/links/{b.GetProperty("id").GetString()}?version={b.GetProperty("version").GetInt32()}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
    }

    [Fact]
    public async Task A_county_attaches_only_in_its_own_unit_and_does_not_see_other_counties_confidential_projects()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var link = await AddLinkAsync(city, "quantum", null, "County-" + InvestorsApiTests.Unique());
        var id = link.GetProperty("id").GetString();

        using (var edit = await county.PostAsJsonAsync("/api/v1/chains/quantum/links", new { name = "Nope", segment = "Upstream" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        }

        using (var rename = await county.PutAsJsonAsync($"/api/v1/chains/links/{id}", new { name = "Nope", segment = "Upstream", version = 0 }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        }

        var organisation = await InvestorsApiTests.RegisterAsync(city, $"Chain county {InvestorsApiTests.Unique()} Co", acknowledge: true);
        using (var otherUnit = await county.PostAsJsonAsync($"/api/v1/chains/links/{id}/organisations", new { organisationId = organisation.GetProperty("id").GetString(), kind = "LocalEnterprise", unitCode = "411723" }))
        {
            await otherUnit.ProblemAsync(HttpStatusCode.Forbidden);
        }

        await PostOkAsync(county, $"/api/v1/chains/links/{id}/organisations", new { organisationId = organisation.GetProperty("id").GetString(), kind = "LocalEnterprise", unitCode = "411722" });
        await PostOkAsync(county, $"/api/v1/chains/links/{id}/organisations", new { organisationId = organisation.GetProperty("id").GetString(), kind = "TargetEnterprise" });

        // Another county's open project: the county sees it but may not attach it; its confidential one: not even found.
        var open = await ProjectAsync(city, "411723", "Chain open " + InvestorsApiTests.Unique(), 1_000m, confidential: false);
        using (var foreign = await county.PostAsJsonAsync($"/api/v1/chains/links/{id}/projects", new { projectId = open }))
        {
            await foreign.ProblemAsync(HttpStatusCode.Forbidden);
        }

        var secret = await ProjectAsync(city, "411723", "Chain secret " + InvestorsApiTests.Unique(), 7_000m, confidential: true, ("Signed", "2024-05-06"));
        using (var hidden = await county.PostAsJsonAsync($"/api/v1/chains/links/{id}/projects", new { projectId = secret }))
        {
            await hidden.ProblemAsync(HttpStatusCode.NotFound);
        }

        var cityView = await PostOkAsync(city, $"/api/v1/chains/links/{id}/projects", new { projectId = secret });
        Assert.Contains(cityView.GetProperty("projects").EnumerateArray(), p => p.GetProperty("projectId").GetString() == secret);

        var countyView = await LinkAsync(county, id!);
        Assert.DoesNotContain(countyView.GetProperty("projects").EnumerateArray(), p => p.GetProperty("projectId").GetString() == secret);
        Assert.Equal(1, countyView.GetProperty("link").GetProperty("projects").GetInt32());
        Assert.Equal(7_000m, countyView.GetProperty("link").GetProperty("investmentWan").GetDecimal());

        // The county may not detach the other unit's project, but may detach its own enterprise.
        var projectAttachment = cityView.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("projectId").GetString() == secret).GetProperty("id").GetInt64();
        using (var detach = await county.DeleteAsync($"/api/v1/chains/links/{id}/attachments?attachmentId={projectAttachment}"))
        {
            await detach.ProblemAsync(HttpStatusCode.Forbidden);
        }

        var local = countyView.GetProperty("localEnterprises")[0].GetProperty("id").GetInt64();
        using (var own = await county.DeleteAsync($"/api/v1/chains/links/{id}/attachments?attachmentId={local}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }
    }

    [Fact]
    public async Task Stale_chain_versions_and_bad_rules_are_refused()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var chain = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/5g");
        var version = chain.GetProperty("version").GetInt32();
        using (var forbidden = await county.PutAsJsonAsync("/api/v1/chains/5g", new { name = chain.GetProperty("name").GetString(), version }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var saved = await city.PutAsJsonAsync("/api/v1/chains/5g", new { name = chain.GetProperty("name").GetString(), chainLeader = "Leader " + InvestorsApiTests.Unique(), allianceHead = (string?)null, version }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal(version + 1, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }

        using (var stale = await city.PutAsJsonAsync("/api/v1/chains/5g", new { name = "Stale", version }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        using (var noName = await city.PutAsJsonAsync("/api/v1/chains/5g", new { name = " ", version = version + 1 }))
        {
            Assert.NotEmpty(await noName.FieldErrorsAsync("name"));
        }

        var master = await InvestorsApiTests.RegisterAsync(city, $"Chain master {InvestorsApiTests.Unique()} Co", acknowledge: true);
        using (var masters = await city.PutAsJsonAsync("/api/v1/chains/5g/masters", new { organisationIds = new[] { master.GetProperty("id").GetString() }, version = version + 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, masters.StatusCode);
            var body = await masters.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(master.GetProperty("id").GetString(), Assert.Single(body.GetProperty("masters").EnumerateArray()).GetProperty("organisationId").GetString());
        }

        var rules = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/settings/gap-rules");
        var rulesVersion = rules.GetProperty("version").GetInt32();
        using (var bad = await city.PutAsJsonAsync("/api/v1/chains/settings/gap-rules", new { strongMinEnterprises = 0, strongMinInvestmentWan = -1m, version = rulesVersion }))
        {
            Assert.NotEmpty(await bad.FieldErrorsAsync("strongMinEnterprises"));
        }

        using (var negative = await city.PutAsJsonAsync("/api/v1/chains/settings/gap-rules", new { strongMinEnterprises = 2, strongMinInvestmentWan = -1m, version = rulesVersion }))
        {
            Assert.NotEmpty(await negative.FieldErrorsAsync("strongMinInvestmentWan"));
        }

        using (var staleRules = await city.PutAsJsonAsync("/api/v1/chains/settings/gap-rules", new { strongMinEnterprises = 3, strongMinInvestmentWan = 100_000m, version = rulesVersion + 5 }))
        {
            await staleRules.ProblemAsync(HttpStatusCode.Conflict);
        }

        using (var countyRules = await county.PutAsJsonAsync("/api/v1/chains/settings/gap-rules", new { strongMinEnterprises = 3, strongMinInvestmentWan = 100_000m, version = rulesVersion }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, countyRules.StatusCode);
        }

        Assert.Equal(rulesVersion, (await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/settings/gap-rules")).GetProperty("version").GetInt32());
    }

    private async Task<(int Chains, int Links, int Settings)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<ChainsDb>();
        return (await db.Chains.CountAsync(), await db.Links.CountAsync(), await db.Settings.CountAsync());
    }

    private static JsonElement Summary(JsonElement list, string code) => list.EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    private static async Task<JsonElement> LinkAsync(HttpClient client, string id) => await client.GetFromJsonAsync<JsonElement>($"/api/v1/chains/links/{id}");

    private static async Task<JsonElement> AddLinkAsync(HttpClient city, string chain, string? parentId, string name) =>
        await PostOkAsync(city, $"/api/v1/chains/{chain}/links", new { parentId, name, segment = "Midstream", note = (string?)null });

    private static async Task<JsonElement> PostOkAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task SaveRulesAsync(HttpClient city, int players, decimal investment)
    {
        var current = await city.GetFromJsonAsync<JsonElement>("/api/v1/chains/settings/gap-rules");
        using var saved = await city.PutAsJsonAsync("/api/v1/chains/settings/gap-rules", new { strongMinEnterprises = players, strongMinInvestmentWan = investment, version = current.GetProperty("version").GetInt32() });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private static async Task<string> ProjectAsync(HttpClient city, string unitCode, string name, decimal contractWan, bool confidential, params (string Stage, string Date)[] stages)
    {
        string id;
        using (var registered = await city.PostAsJsonAsync("/api/v1/investment/projects", new
        {
            unitCode,
            figures = new { name, directionCode = "equipment", source = "OtherProvince", contractInvestmentWan = contractWan, isConfidential = confidential },
        }))
        {
            Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
            id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        foreach (var (stage, date) in stages)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(stage), "targetStage" },
                { new StringContent(date), "occurredOn" },
            };
            var file = new ByteArrayContent(Pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "files", "evidence.pdf");
            form.Add(new StringContent("Contract"), "kinds");
            using var submitted = await city.PostAsync($"/api/v1/investment/projects/{id}/submissions", form);
            var body = await submitted.Content.ReadAsStringAsync();
            Assert.True(submitted.StatusCode == HttpStatusCode.Created, body);
            var submission = JsonDocument.Parse(body).RootElement;
            using var approved = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submission.GetProperty("id").GetString()}/approve", new { version = submission.GetProperty("version").GetInt32() });
            Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        }

        return id;
    }
}
