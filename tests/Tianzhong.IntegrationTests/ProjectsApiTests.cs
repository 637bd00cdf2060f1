using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class ProjectsApiTests(TianzhongFactory factory)
{
    private static object Figures(string name, decimal contract = 120_000m, string direction = "food", string? start = "2026-03-01", string? production = "2027-06-30", bool confidential = false) => new
    {
        name,
        directionCode = direction,
        majorGroupCode = "14",
        source = "OtherProvince",
        contractInvestmentWan = contract,
        landMu = 320.5m,
        expectedJobs = 800,
        plannedStart = start,
        plannedProduction = production,
        isConfidential = confidential,
    };

    [Fact]
    public async Task A_county_officer_registers_for_its_own_unit_and_the_size_flags_follow_the_amount()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        using var response = await county.PostAsJsonAsync("/api/v1/investment/projects", new { figures = Figures("泌阳县肉牛全产业链项目") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var project = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("411726", project.GetProperty("unitCode").GetString());
        Assert.Equal("Negotiating", project.GetProperty("stage").GetString());
        Assert.True(project.GetProperty("isOverHundredMillion").GetBoolean());
        Assert.True(project.GetProperty("isOverBillion").GetBoolean());
        Assert.Equal(120_000m, project.GetProperty("figures").GetProperty("contractInvestmentWan").GetDecimal());
        Assert.Contains(await AuditReader.EntriesAsync(factory, "Create"), e => e.ObjectType == "Project" && e.After!.Contains("411726", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_county_officer_cannot_register_for_another_unit_nor_read_its_confidential_projects()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var created = await city.PostAsJsonAsync("/api/v1/investment/projects", new { unitCode = "411729", figures = Figures("新蔡县保密洽谈项目", confidential: true) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        await (await county.GetAsync($"/api/v1/investment/projects/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(await AuditReader.EntriesAsync(factory, "AccessDenied"), e => e.ObjectType == "Project" && e.ObjectId == id);
        var list = await county.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?pageSize=200");
        Assert.All(list.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("unitCode").GetString() == "411722" || !p.GetProperty("figures").GetProperty("isConfidential").GetBoolean()));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);

        var before = (await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?unitCode=411729&pageSize=200")).GetProperty("total").GetInt32();
        var deniedBefore = (await AuditReader.EntriesAsync(factory, "AccessDenied")).Count(e => e.ObjectType == "Project");
        using var foreign = await county.PostAsJsonAsync("/api/v1/investment/projects", new { unitCode = "411729", figures = Figures("冒名登记项目") });
        await foreign.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, (await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?unitCode=411729&pageSize=200")).GetProperty("total").GetInt32());
        Assert.Equal(deniedBefore + 1, (await AuditReader.EntriesAsync(factory, "AccessDenied")).Count(e => e.ObjectType == "Project"));

        using var revise = await county.PutAsJsonAsync($"/api/v1/investment/projects/{id}", new { figures = Figures("篡改"), version = 1 });
        await revise.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(-1, "food", "2026-01-01", "2026-12-31", "contractInvestmentWan")]
    [InlineData(200_000_000, "food", "2026-01-01", "2026-12-31", "contractInvestmentWan")]
    [InlineData(5_000, "no-such-direction", "2026-01-01", "2026-12-31", "directionCode")]
    [InlineData(5_000, "food", "2026-06-01", "2026-01-01", "plannedProduction")]
    public async Task Bad_figures_name_the_field_and_write_nothing(double contract, string direction, string start, string production, string field)
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var name = $"坏数据项目{Guid.NewGuid():N}";
        using var response = await city.PostAsJsonAsync("/api/v1/investment/projects", new { unitCode = "411702", figures = Figures(name, (decimal)contract, direction, start, production) });
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        var found = await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?search=" + Uri.EscapeDataString(name));
        Assert.Equal(0, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unknown_unit_is_a_field_error()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var response = await city.PostAsJsonAsync("/api/v1/investment/projects", new { unitCode = "419999", figures = Figures("无主项目") });
        Assert.Equal("未知的单位代码：419999。", Assert.Single(await response.FieldErrorsAsync("unitCode")));
    }

    [Fact]
    public async Task A_stale_revision_is_a_409_and_the_newer_figures_stay()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var created = await city.PostAsJsonAsync("/api/v1/investment/projects", new { unitCode = "411728", figures = Figures("遂平县休闲食品项目", contract: 9_999.99m) });
        var project = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(project.GetProperty("isOverHundredMillion").GetBoolean());
        var id = project.GetProperty("id").GetString();

        using (var first = await city.PutAsJsonAsync($"/api/v1/investment/projects/{id}", new { figures = Figures("遂平县休闲食品项目", contract: 10_000m), version = 1 }))
        {
            var revised = await first.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(2, revised.GetProperty("version").GetInt32());
            Assert.True(revised.GetProperty("isOverHundredMillion").GetBoolean());
        }

        using (var stale = await city.PutAsJsonAsync($"/api/v1/investment/projects/{id}", new { figures = Figures("遂平县休闲食品项目", contract: 1m), version = 1 }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var current = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{id}");
        Assert.Equal(10_000m, current.GetProperty("figures").GetProperty("contractInvestmentWan").GetDecimal());
    }
}
