using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class RegistryApiTests(TianzhongFactory factory)
{
    [Fact]
    public async Task Units_carry_the_gazette_codes_layout_and_specialties()
    {
        using var client = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/units");
        Assert.Equal("411700", json.GetProperty("city").GetProperty("code").GetString());
        Assert.Equal("驻马店市", json.GetProperty("city").GetProperty("name").GetString());
        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(13, units.Count);
        Assert.Equal(10, units.Count(u => u.GetProperty("gbCode").ValueKind == JsonValueKind.String));
        var shangcai = units.Single(u => u.GetProperty("code").GetString() == "411722");
        Assert.Equal("上蔡县", shangcai.GetProperty("name").GetString());
        Assert.Equal("中原鞋都", shangcai.GetProperty("specialty").GetString());
        var economic = units.Single(u => u.GetProperty("name").GetString() == "经济开发区");
        Assert.Equal(JsonValueKind.Null, economic.GetProperty("gbCode").ValueKind);
        Assert.Equal("411771", economic.GetProperty("statisticalCode").GetString());
        var northBelt = json.GetProperty("layoutRoles").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "NorthBelt");
        Assert.Equal(["411721", "411722"], northBelt.GetProperty("unitCodes").EnumerateArray().Select(c => c.GetString()!).Order().ToArray());
    }

    [Fact]
    public async Task Unknown_unit_code_is_a_404_problem()
    {
        using var client = await factory.ClientForRoleAsync(Roles.Leader);
        using var response = await client.GetAsync("/api/v1/registry/units/999999");
        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Industries_hold_clusters_directions_and_the_classification()
    {
        using var client = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/industries");
        var clusters = json.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(9, clusters.Count);
        Assert.Equal(1000m, clusters.Single(c => c.GetProperty("name").GetString() == "食品加工").GetProperty("targetScaleYi").GetDecimal());
        Assert.Equal(25, json.GetProperty("directions").GetArrayLength());
        Assert.Equal(20, json.GetProperty("sections").GetArrayLength());
        Assert.Equal(97, json.GetProperty("sections").EnumerateArray().Sum(s => s.GetProperty("majorGroups").GetArrayLength()));
        var equipment = json.GetProperty("directions").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "equipment");
        Assert.Contains("411702", equipment.GetProperty("hostUnitCodes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Target_enterprises_are_searched_in_Chinese_filtered_and_paged()
    {
        using var client = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?pageSize=5");
        Assert.Equal(324, all.GetProperty("total").GetInt32());
        Assert.Equal(5, all.GetProperty("items").GetArrayLength());

        var byd = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?search=" + Uri.EscapeDataString("比亚迪"));
        var item = Assert.Single(byd.GetProperty("items").EnumerateArray());
        Assert.Equal([1, 10], item.GetProperty("listings").EnumerateArray().Select(l => l.GetProperty("box").GetInt32()).ToArray());

        var box13 = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?box=13&pageSize=200");
        Assert.Equal(13, box13.GetProperty("total").GetInt32());

        var future = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?direction=quantum&pageSize=200");
        Assert.Contains(future.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == "中国科学技术大学");

        var page2 = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/target-enterprises?sort=Gazette&page=2&pageSize=10");
        Assert.Equal("潍柴雷沃国际重工股份有限公司", page2.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(10, page2.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("box=15", "box")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("direction=nonsense", "direction")]
    public async Task Bad_query_parameters_are_field_errors(string query, string field)
    {
        using var client = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var response = await client.GetAsync("/api/v1/registry/target-enterprises?" + query);
        var messages = await response.FieldErrorsAsync(field);
        Assert.NotEmpty(messages);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_field()
    {
        using var client = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var response = await client.GetAsync("/api/v1/registry/target-enterprises?page=abc");
        Assert.Equal("格式不正确。", Assert.Single(await response.FieldErrorsAsync("Page")));
    }

    [Fact]
    public async Task Field_errors_follow_the_users_language()
    {
        using var chinese = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var english = await factory.ClientForRoleAsync(Roles.CityOfficer, acceptLanguage: "en");
        using var zhResponse = await chinese.GetAsync("/api/v1/registry/target-enterprises?box=99");
        using var enResponse = await english.GetAsync("/api/v1/registry/target-enterprises?box=99");
        Assert.Equal("专栏编号应为 1 到 14。", Assert.Single(await zhResponse.FieldErrorsAsync("box")));
        Assert.Equal("The box number must be between 1 and 14.", Assert.Single(await enResponse.FieldErrorsAsync("box")));
    }

    [Fact]
    public async Task Export_writes_an_xlsx_with_one_row_per_organisation_and_is_audited()
    {
        using var client = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var response = await client.GetAsync("/api/v1/registry/target-enterprises/export?box=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        Assert.Equal("企业（机构）名称", sheet.Cell(1, 1).GetString());
        var names = Enumerable.Range(2, sheet.LastRowUsed().RowNumber() - 1).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        Assert.Equal(26, names.Count);
        Assert.Contains("上汽通用五菱汽车股份有限公司", names);

        var audit = await AuditReader.EntriesAsync(factory, "Export");
        Assert.Contains(audit, e => e.ObjectType == "TargetEnterprises" && e.Detail!.Contains("rows=26", StringComparison.Ordinal));
    }
}
