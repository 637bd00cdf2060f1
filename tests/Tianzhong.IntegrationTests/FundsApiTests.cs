using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// Funds in place through the API. Each test works in its own unit and years so the totals it checks hold only its
/// own records (the host and database are shared by the whole collection).
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class FundsApiTests(TianzhongFactory factory)
{
    [Fact]
    public async Task A_county_records_the_city_verifies_and_the_totals_by_unit_and_month_are_exact_and_split_as_defined()
    {
        var projectId = await FundsSeed.ProjectAsync(factory, "411723", "平舆县到位资金测试项目", signedOn: new DateOnly(2015, 1, 10));
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411723");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);

        var province = await RecordAsync(county, projectId, new { receivedOn = "2015-03-05", source = "OtherProvince", amountWan = 1234.56m });
        var abroad = await RecordAsync(county, projectId, new { receivedOn = "2015-03-20", source = "Abroad", currency = "usd", amountWan = 2000m, rateToYuan = 7.1234m });
        var local = await RecordAsync(county, projectId, new { receivedOn = "2015-04-01", source = "Local", currency = "CNY", amountWan = 0.01m, rateToYuan = 1m });
        var otherCity = await RecordAsync(county, projectId, new { receivedOn = "2015-04-15", source = "OtherCityInProvince", amountWan = 333.33m });
        var pending = await RecordAsync(county, projectId, new { receivedOn = "2015-03-06", source = "OtherProvince", amountWan = 999m });
        var rejected = await RecordAsync(county, projectId, new { receivedOn = "2015-03-07", source = "OtherProvince", amountWan = 500m });
        Assert.Equal("USD", abroad.GetProperty("currency").GetString());
        Assert.Equal(14_246.80m, abroad.GetProperty("amountWan").GetDecimal());
        Assert.Equal("Pending", province.GetProperty("status").GetString());

        // Unverified funds count nowhere.
        Assert.Equal(0m, (await TotalsAsync(city, "from=2015-01-01&to=2015-12-31&groupBy=project")).Rows.GetValueOrDefault(projectId.ToString())?.All ?? 0m);

        foreach (var record in new[] { province, abroad, local, otherCity })
        {
            using var verified = await city.PostAsJsonAsync($"/api/v1/investment/funds/{Id(record)}/verify", new { remark = "ok", version = 1 });
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            Assert.Equal("Verified", (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        using (var reject = await city.PostAsJsonAsync($"/api/v1/investment/funds/{Id(rejected)}/reject", new { remark = "no bank slip", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        }

        var byUnit = await TotalsAsync(city, "from=2015-01-01&to=2015-12-31&groupBy=unit");
        var unit = byUnit.Rows["411723"];
        Assert.Equal(15_814.70m, unit.All);
        Assert.Equal(1_234.56m, unit.OutsideProvince);
        Assert.Equal(15_814.69m, unit.OutsideCity);
        Assert.Equal("平舆县", unit.Label);

        var byMonth = await TotalsAsync(city, "from=2015-03-01&to=2015-04-30&groupBy=month");
        Assert.Equal((15_481.36m, 1_234.56m, 15_481.36m), (byMonth.Rows["2015-03"].All, byMonth.Rows["2015-03"].OutsideProvince, byMonth.Rows["2015-03"].OutsideCity));
        Assert.Equal((333.34m, 0m, 333.33m), (byMonth.Rows["2015-04"].All, byMonth.Rows["2015-04"].OutsideProvince, byMonth.Rows["2015-04"].OutsideCity));
        Assert.Equal(15_814.70m, byMonth.Total);

        var byYear = await TotalsAsync(county, "from=2015-01-01&to=2015-12-31&groupBy=year");
        Assert.Equal(15_814.70m, byYear.Rows["2015"].All);

        var listed = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/funds");
        Assert.Equal(15_814.70m, listed.GetProperty("verifiedWan").GetDecimal());
        Assert.Equal(999m, listed.GetProperty("pendingWan").GetDecimal());
        Assert.Equal(6, listed.GetProperty("items").GetArrayLength());

        var pendingPage = await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/funds?unitCode=411723&status=Pending&from=2015-01-01&to=2015-12-31");
        Assert.Equal(Id(pending), Assert.Single(pendingPage.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(await AuditReader.EntriesAsync(factory, "Update"), e => e.ObjectType == "FundsRecord" && e.ObjectId == Id(province));
    }

    [Fact]
    public async Task Totals_weigh_each_record_by_its_projects_count_share_so_a_held_double_claim_counts_nothing()
    {
        var first = await FundsSeed.ProjectAsync(factory, "411724", "正阳县分成项目", signedOn: new DateOnly(2016, 1, 5));
        var second = await FundsSeed.ProjectAsync(factory, "411725", "确山县分成项目", signedOn: new DateOnly(2016, 1, 6));
        var claimed = await FundsSeed.ProjectAsync(factory, "411724", "正阳县先登记项目", signedOn: new DateOnly(2016, 1, 7));
        var held = await FundsSeed.ProjectAsync(factory, "411725", "确山县重复申报项目", signedOn: new DateOnly(2016, 1, 8));
        await FundsSeed.ClaimAsync(factory, first, second, 0.6m);
        await FundsSeed.ClaimAsync(factory, claimed, held, firstShare: null);
        await FundsSeed.FundsAsync(factory, first, new DateOnly(2016, 2, 1), 1000.01m);
        await FundsSeed.FundsAsync(factory, second, new DateOnly(2016, 2, 2), 1000.01m, CapitalSource.OtherCityInProvince);
        await FundsSeed.FundsAsync(factory, held, new DateOnly(2016, 2, 3), 500m, CapitalSource.Abroad);

        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var byUnit = await TotalsAsync(city, "from=2016-01-01&to=2016-12-31&groupBy=unit");
        Assert.Equal((600.006m, 600.006m, 600.006m), (byUnit.Rows["411724"].All, byUnit.Rows["411724"].OutsideProvince, byUnit.Rows["411724"].OutsideCity));
        Assert.Equal((400.004m, 0m, 400.004m), (byUnit.Rows["411725"].All, byUnit.Rows["411725"].OutsideProvince, byUnit.Rows["411725"].OutsideCity));
        Assert.Equal(1000.01m, byUnit.Total);

        var byProject = await TotalsAsync(city, "from=2016-01-01&to=2016-12-31&groupBy=project");
        Assert.Equal(0m, byProject.Rows[held.ToString()].All);
        Assert.Equal("确山县重复申报项目", byProject.Rows[held.ToString()].Label);
    }

    [Fact]
    public async Task Only_the_city_decides_once_and_a_stale_version_is_refused()
    {
        var projectId = await FundsSeed.ProjectAsync(factory, "411728", "遂平县核实测试项目", signedOn: new DateOnly(2017, 5, 1));
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var record = await RecordAsync(county, projectId, new { receivedOn = "2017-06-01", source = "OtherProvince", amountWan = 88m });

        using (var byCounty = await county.PostAsJsonAsync($"/api/v1/investment/funds/{Id(record)}/verify", new { version = 1 }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byCounty.StatusCode);
        }

        using (var stale = await city.PostAsJsonAsync($"/api/v1/investment/funds/{Id(record)}/verify", new { version = 0 }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        Assert.NotEmpty(await (await city.PostAsJsonAsync($"/api/v1/investment/funds/{Id(record)}/reject", new { version = 1 })).FieldErrorsAsync("remark"));
        using (var verify = await city.PostAsJsonAsync($"/api/v1/investment/funds/{Id(record)}/verify", new { version = 1 }))
        {
            Assert.Equal(2, (await verify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }

        using var again = await city.PostAsJsonAsync($"/api/v1/investment/funds/{Id(record)}/reject", new { remark = "too late", version = 2 });
        var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("待审核", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var listed = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/funds");
        Assert.Equal("Verified", Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("2018-03-01", "OtherProvince", "CNY", -5.0, null, "amountWan")]
    [InlineData("2018-03-01", "OtherProvince", "CNY", 0.0, null, "amountWan")]
    [InlineData("2018-03-01", "OtherProvince", "CNY", 200000000.0, null, "amountWan")]
    [InlineData("2018-03-01", "OtherProvince", "CNY", 1.234, null, "amountWan")]
    [InlineData("2018-03-01", "Abroad", "USD", 10.0, null, "rateToYuan")]
    [InlineData("2018-03-01", "OtherProvince", "CNY", 10.0, 7.1, "rateToYuan")]
    [InlineData("2018-01-31", "OtherProvince", "CNY", 10.0, null, "receivedOn")]
    [InlineData("2999-01-01", "OtherProvince", "CNY", 10.0, null, "receivedOn")]
    [InlineData("2018-03-01", null, "CNY", 10.0, null, "source")]
    [InlineData("2018-03-01", "OtherProvince", "US", 10.0, null, "currency")]
    public async Task Bad_funds_name_the_field_and_write_nothing(string receivedOn, string? source, string currency, double amount, double? rate, string field)
    {
        var projectId = await FundsSeed.ProjectAsync(factory, "411721", "西平县校验测试项目", signedOn: new DateOnly(2018, 2, 1));
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411721");
        using var response = await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/funds", new { receivedOn, source, currency, amountWan = (decimal)amount, rateToYuan = (decimal?)rate });
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        var listed = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/funds");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Funds_need_an_approved_signing_and_a_county_cannot_record_for_another_unit()
    {
        var unsigned = await FundsSeed.ProjectAsync(factory, "411729", "新蔡县在谈项目");
        var foreign = await FundsSeed.ProjectAsync(factory, "411729", "新蔡县已签约项目", signedOn: new DateOnly(2019, 1, 1));
        using var own = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411729");
        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var body = new { receivedOn = "2019-02-01", source = "Local", amountWan = 10m };

        Assert.NotEmpty(await (await own.PostAsJsonAsync($"/api/v1/investment/projects/{unsigned}/funds", body)).FieldErrorsAsync("projectId"));
        await (await other.PostAsJsonAsync($"/api/v1/investment/projects/{foreign}/funds", body)).ProblemAsync(HttpStatusCode.Forbidden);
        var listed = await own.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{foreign}/funds");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
        var scoped = await other.GetFromJsonAsync<JsonElement>("/api/v1/investment/funds?pageSize=200");
        Assert.All(scoped.GetProperty("items").EnumerateArray(), f => Assert.Equal("411722", f.GetProperty("unitCode").GetString()));
    }

    private static string Id(JsonElement record) => record.GetProperty("id").GetString()!;

    private static async Task<JsonElement> RecordAsync(HttpClient client, Guid projectId, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/funds", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Totals> TotalsAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/investment/funds/totals?" + query);
        var rows = json.GetProperty("rows").EnumerateArray().ToDictionary(
            r => r.GetProperty("key").GetString()!,
            r => new TotalRow(r.GetProperty("label").GetString()!, r.GetProperty("allWan").GetDecimal(), r.GetProperty("outsideProvinceWan").GetDecimal(), r.GetProperty("outsideCityWan").GetDecimal()),
            StringComparer.OrdinalIgnoreCase);
        return new Totals(rows, json.GetProperty("total").GetProperty("allWan").GetDecimal());
    }

    private sealed record TotalRow(string Label, decimal All, decimal OutsideProvince, decimal OutsideCity);

    private sealed record Totals(Dictionary<string, TotalRow> Rows, decimal Total);
}
