using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class InvestorsApiTests(TianzhongFactory factory)
{
    internal static string NewCreditCode()
    {
        var body = string.Concat("91411700", string.Concat(Guid.NewGuid().ToByteArray().Take(9).Select(b => UnifiedSocialCreditCode.Alphabet[b % UnifiedSocialCreditCode.Alphabet.Length])));
        return body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);
    }

    internal static string Unique() => Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    internal static async Task<JsonElement> RegisterAsync(HttpClient client, string name, string? creditCode = null, bool acknowledge = false, string traits = "None")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/investment/organisations", new { name, creditCode, region = "Guangdong", traits, acknowledgeSimilar = acknowledge });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static async Task<JsonElement> RegisterProjectAsync(HttpClient client, string name, string? unitCode = null, bool confidential = false)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/investment/projects", new
        {
            unitCode,
            figures = new { name, directionCode = "food", source = "OtherProvince", contractInvestmentWan = 50_000m, isConfidential = confidential },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_same_credit_code_twice_is_a_409_naming_the_owner()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var code = NewCreditCode();
        var owner = await RegisterAsync(county, $"信用代码持有者{Unique()}有限公司", code);

        using var second = await county.PostAsJsonAsync("/api/v1/investment/organisations", new { name = $"另一家{Unique()}公司", creditCode = code.ToLowerInvariant(), acknowledgeSimilar = true });
        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(owner.GetProperty("name").GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_similar_name_is_a_409_listing_it_until_acknowledged()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var core = $"华夏{Unique()}新能源";
        var first = await RegisterAsync(county, core + "科技有限公司");

        using var refused = await county.PostAsJsonAsync("/api/v1/investment/organisations", new { name = core + "科技股份有限公司" });
        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(core + "科技有限公司", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var similar = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations/similar?name={Uri.EscapeDataString(core + "科技股份有限公司")}");
        Assert.Contains(similar.EnumerateArray(), s => s.GetProperty("id").GetString() == first.GetProperty("id").GetString());

        var second = await RegisterAsync(county, core + "科技股份有限公司", acknowledge: true);
        var possible = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations/{second.GetProperty("id").GetString()}/similar");
        Assert.Contains(possible.EnumerateArray(), s => s.GetProperty("id").GetString() == first.GetProperty("id").GetString());
        Assert.DoesNotContain(possible.EnumerateArray(), s => s.GetProperty("id").GetString() == second.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_filters_by_name_and_traits_and_the_profile_needs_the_current_version()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var core = $"龙头{Unique()}";
        var listed = await RegisterAsync(city, core + "甲集团", traits: "Listed, IndustryLeader");
        await RegisterAsync(city, core + "乙集团", traits: "Listed");
        var id = listed.GetProperty("id").GetString();

        var both = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations?search={Uri.EscapeDataString(core)}&trait=Listed");
        Assert.Equal(2, both.GetProperty("total").GetInt32());
        var leaders = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations?search={Uri.EscapeDataString(core)}&trait=IndustryLeader");
        Assert.Equal(id, Assert.Single(leaders.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        using (var ok = await city.PutAsJsonAsync($"/api/v1/investment/organisations/{id}/profile", new { traits = "Global500", region = "Beijing", isForeign = false, version = listed.GetProperty("version").GetInt32() }))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var stale = await city.PutAsJsonAsync($"/api/v1/investment/organisations/{id}/profile", new { traits = "None", region = "Henan", isForeign = false, version = listed.GetProperty("version").GetInt32() }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var detail = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations/{id}");
        Assert.Equal("Global500", detail.GetProperty("organisation").GetProperty("traits").GetString());
        Assert.Equal("Beijing", detail.GetProperty("organisation").GetProperty("region").GetString());
    }

    [Fact]
    public async Task Contact_lists_mask_phones_a_full_read_is_audited_and_bad_numbers_name_the_field()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411723");
        var organisation = await RegisterAsync(county, $"联系人测试{Unique()}有限公司");
        var id = organisation.GetProperty("id").GetString();

        Assert.NotEmpty(await (await county.PostAsJsonAsync($"/api/v1/investment/organisations/{id}/contacts", new { name = "张三", phone = "1234567" })).FieldErrorsAsync("phone"));
        Assert.NotEmpty(await (await county.PostAsJsonAsync($"/api/v1/investment/organisations/{id}/contacts", new { name = "张三", phone = "13812345678", email = "no-at-sign" })).FieldErrorsAsync("email"));
        Assert.NotEmpty(await (await county.PostAsJsonAsync($"/api/v1/investment/organisations/{id}/contacts", new { phone = "13812345678" })).FieldErrorsAsync("name"));

        using var created = await county.PostAsJsonAsync($"/api/v1/investment/organisations/{id}/contacts", new { name = "张三", title = "投资总监", phone = "13812345678", email = "zhangsan@example.com" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contactId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using (var landline = await county.PostAsJsonAsync($"/api/v1/investment/organisations/{id}/contacts", new { name = "李四", phone = "0396-2822222" }))
        {
            Assert.Equal(HttpStatusCode.Created, landline.StatusCode);
        }

        using var reader = await factory.ClientForRoleAsync(Roles.Leader);
        var list = await reader.GetStringAsync($"/api/v1/investment/organisations/{id}/contacts");
        Assert.DoesNotContain("13812345678", list, StringComparison.Ordinal);
        Assert.DoesNotContain("zhangsan@", list, StringComparison.Ordinal);
        Assert.Contains("138****5678", list, StringComparison.Ordinal);
        var detail = await reader.GetStringAsync($"/api/v1/investment/organisations/{id}");
        Assert.DoesNotContain("13812345678", detail, StringComparison.Ordinal);

        await (await reader.GetAsync($"/api/v1/investment/contacts/{contactId}")).ProblemAsync(HttpStatusCode.Forbidden);
        var full = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/contacts/{contactId}");
        Assert.Equal("13812345678", full.GetProperty("phone").GetString());
        Assert.Contains(await AuditReader.EntriesAsync(factory, "Export"), e => e.ObjectType == "Contact" && e.ObjectId == contactId);

        using (var stale = await county.PutAsJsonAsync($"/api/v1/investment/contacts/{contactId}", new { name = "张三", phone = "13900000000", version = 0 }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        using var revised = await county.PutAsJsonAsync($"/api/v1/investment/contacts/{contactId}", new { name = "张三", phone = "13900000000", version = full.GetProperty("version").GetInt32() });
        Assert.Equal(2, (await revised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Interactions_take_the_projects_unit_follow_the_rules_and_a_county_sees_its_own()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411724");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisation = await RegisterAsync(county, $"对接测试{Unique()}有限公司");
        var orgId = organisation.GetProperty("id").GetString();
        var project = await RegisterProjectAsync(county, $"对接测试项目{Unique()}");

        using (var bad = await county.PostAsJsonAsync("/api/v1/investment/interactions", new { organisationId = orgId, kind = "Visit", occurredOn = "2025-06-02", nextFollowUpOn = "2025-06-01", officials = " " }))
        {
            Assert.NotEmpty(await bad.FieldErrorsAsync("officials"));
        }

        using (var created = await county.PostAsJsonAsync("/api/v1/investment/interactions", new { organisationId = orgId, projectId = project.GetProperty("id").GetString(), kind = "Talks", occurredOn = "2025-06-02", officials = "县长", contactNames = "张三", nextFollowUpOn = "2025-07-01" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal("411724", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unitCode").GetString());
        }

        Assert.NotEmpty(await (await city.PostAsJsonAsync("/api/v1/investment/interactions", new { organisationId = orgId, kind = "Call", occurredOn = "2025-06-03", officials = "市商务局" })).FieldErrorsAsync("unitCode"));
        using (var cityOwn = await city.PostAsJsonAsync("/api/v1/investment/interactions", new { organisationId = orgId, kind = "Call", occurredOn = "2025-06-03", officials = "市商务局", unitCode = "411702" }))
        {
            Assert.Equal(HttpStatusCode.Created, cityOwn.StatusCode);
        }

        var countyView = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/interactions?organisationId={orgId}");
        Assert.Equal(1, countyView.GetProperty("total").GetInt32());
        var cityView = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/interactions?organisationId={orgId}&from=2025-06-03");
        Assert.Equal("411702", Assert.Single(cityView.GetProperty("items").EnumerateArray()).GetProperty("unitCode").GetString());
    }

    [Fact]
    public async Task Merge_moves_links_interactions_and_contacts_and_the_duplicate_leaves_search()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411725");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var core = $"合并{Unique()}";
        var survivor = await RegisterAsync(city, core + "实业有限公司");
        var duplicate = await RegisterAsync(city, core + "实业公司", acknowledge: true);
        var survivorId = survivor.GetProperty("id").GetString();
        var duplicateId = duplicate.GetProperty("id").GetString();

        var project = await RegisterProjectAsync(county, $"合并测试项目{Unique()}");
        var projectId = project.GetProperty("id").GetString();
        using (var set = await county.PutAsJsonAsync($"/api/v1/investment/projects/{projectId}/investors", new { organisationIds = new[] { duplicateId }, version = project.GetProperty("version").GetInt32() }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        using (var interaction = await county.PostAsJsonAsync("/api/v1/investment/interactions", new { organisationId = duplicateId, projectId, kind = "Visit", occurredOn = "2025-05-01", officials = "县委书记" }))
        {
            Assert.Equal(HttpStatusCode.Created, interaction.StatusCode);
        }

        using (var contact = await county.PostAsJsonAsync($"/api/v1/investment/organisations/{duplicateId}/contacts", new { name = "王五", phone = "13700001111" }))
        {
            Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        }

        await (await county.PostAsJsonAsync($"/api/v1/investment/organisations/{survivorId}/merge", new { mergedId = duplicateId, survivorVersion = 1, mergedVersion = 1 })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await city.PostAsJsonAsync($"/api/v1/investment/organisations/{survivorId}/merge", new { mergedId = survivorId, survivorVersion = 1, mergedVersion = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await city.PostAsJsonAsync($"/api/v1/investment/organisations/{survivorId}/merge", new { mergedId = duplicateId, survivorVersion = 1, mergedVersion = 0 })).ProblemAsync(HttpStatusCode.Conflict);

        using var merged = await city.PostAsJsonAsync($"/api/v1/investment/organisations/{survivorId}/merge", new { mergedId = duplicateId, survivorVersion = 1, mergedVersion = 1 });
        Assert.True(merged.StatusCode == HttpStatusCode.OK, await merged.Content.ReadAsStringAsync());
        var result = await merged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("projectsMoved").GetInt32());
        Assert.Equal(1, result.GetProperty("interactionsMoved").GetInt32());
        Assert.Equal(1, result.GetProperty("contactsMoved").GetInt32());

        var investors = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/investors");
        Assert.Equal(survivorId, Assert.Single(investors.GetProperty("investors").EnumerateArray()).GetProperty("organisationId").GetString());
        var detail = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations/{survivorId}");
        Assert.Single(detail.GetProperty("projects").EnumerateArray());
        Assert.Single(detail.GetProperty("interactions").EnumerateArray());
        Assert.Single(detail.GetProperty("contacts").EnumerateArray());

        var search = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations?search={Uri.EscapeDataString(core)}");
        Assert.Equal(survivorId, Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var gone = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/organisations/{duplicateId}");
        Assert.Equal(survivorId, gone.GetProperty("organisation").GetProperty("mergedIntoId").GetString());

        // Into a merged organisation, or the merged one again elsewhere: refused.
        var third = await RegisterAsync(city, $"第三方{Unique()}有限公司");
        await (await city.PostAsJsonAsync($"/api/v1/investment/organisations/{duplicateId}/merge", new { mergedId = third.GetProperty("id").GetString(), survivorVersion = 2, mergedVersion = 1 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await county.PutAsJsonAsync($"/api/v1/investment/projects/{projectId}/investors", new { organisationIds = new[] { duplicateId }, version = investors.GetProperty("version").GetInt32() })).FieldErrorsAsync("organisationIds");

        var updates = await AuditReader.EntriesAsync(factory, "Update");
        Assert.Contains(updates, e => e.ObjectType == "Interaction" && e.After!.Contains(survivorId!, StringComparison.Ordinal) && e.Before!.Contains(duplicateId!, StringComparison.Ordinal));
        Assert.Contains(updates, e => e.ObjectType == "Contact" && e.After!.Contains(survivorId!, StringComparison.Ordinal));
        Assert.Contains(updates, e => e.ObjectType == "OrganisationMerge" && e.ObjectId == survivorId && e.Detail!.Contains("projects 1, interactions 1, contacts 1", StringComparison.Ordinal));
        Assert.Contains(await AuditReader.EntriesAsync(factory, "Create"), e => e.ObjectType == "ProjectInvestor" && e.After!.Contains(survivorId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_investor_pages_render_for_a_city_officer()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisation = await RegisterAsync(city, $"页面测试{Unique()}有限公司");
        using (var contact = await city.PostAsJsonAsync($"/api/v1/investment/organisations/{organisation.GetProperty("id").GetString()}/contacts", new { name = "赵六", phone = "13611112222" }))
        {
            Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        }

        foreach (var (path, marker) in new[]
        {
            ("/investment/organisations", "organisation-table"),
            ($"/investment/organisations/{organisation.GetProperty("id").GetString()}", "organisation-contacts"),
            ("/investment/claims", "claim-table"),
        })
        {
            using var response = await city.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(marker, html, StringComparison.Ordinal);
            Assert.DoesNotContain("13611112222", html, StringComparison.Ordinal);
        }
    }
}
