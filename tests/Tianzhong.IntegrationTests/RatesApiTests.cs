using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// The plan's rates over 2014 for 汝南县 (411727), with the projects of docs/investment-rates.md's worked example;
/// no other test signs a project there before 2015.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class RatesApiTests(TianzhongFactory factory)
{
    private const string Unit = "411727";

    [Fact]
    public async Task The_rates_of_a_unit_match_the_hand_computation_and_a_county_sees_only_its_own_line()
    {
        var a = await FundsSeed.ProjectAsync(factory, Unit, "汝南县甲项目", 10_000m, signedOn: new(2014, 2, 1), startedOn: new(2014, 5, 1), inProductionOn: new(2014, 11, 1));
        await FundsSeed.FundsAsync(factory, a, new(2014, 3, 1), 6_000m);
        await FundsSeed.FundsAsync(factory, a, new(2015, 1, 5), 1_000m); // after the period
        await FundsSeed.FundsAsync(factory, a, new(2014, 3, 2), 500m, status: Tianzhong.Modules.Investment.Domain.FundsStatus.Pending);
        await FundsSeed.ProjectAsync(factory, Unit, "汝南县乙项目", 5_000m, signedOn: new(2014, 3, 1));
        var c = await FundsSeed.ProjectAsync(factory, Unit, "汝南县丙项目", 20_000m, signedOn: new(2014, 4, 1), startedOn: new(2014, 8, 1), terminatedOn: new(2014, 10, 1));
        await FundsSeed.FundsAsync(factory, c, new(2014, 6, 1), 2_000m);
        var d = await FundsSeed.ProjectAsync(factory, Unit, "汝南县丁项目", 8_000m, signedOn: new(2013, 6, 1), startedOn: new(2014, 1, 15));
        await FundsSeed.FundsAsync(factory, d, new(2013, 8, 1), 3_000m);
        var first = await FundsSeed.ProjectAsync(factory, "411702", "驿城区先登记项目");
        var held = await FundsSeed.ProjectAsync(factory, Unit, "汝南县重复申报项目", 9_000m, signedOn: new(2014, 5, 1), startedOn: new(2014, 6, 1));
        await FundsSeed.FundsAsync(factory, held, new(2014, 7, 1), 9_000m);
        await FundsSeed.ClaimAsync(factory, first, held, firstShare: null);
        await FundsSeed.ProjectAsync(factory, Unit, "汝南县在谈项目", 7_000m);

        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var report = await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/rates?from=2014-01-01&to=2014-12-31");
        Assert.Equal("City", report.GetProperty("scope").GetString());
        Assert.Equal("411700", report.GetProperty("city").GetProperty("code").GetString());
        Assert.Equal(13, report.GetProperty("units").GetArrayLength());
        var rates = report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == Unit).GetProperty("rates");
        AssertRate(rates, "contractPerformance", 1m, 3m, 0.3333m);
        AssertRate(rates, "start", 3m, 4m, 0.75m);
        AssertRate(rates, "fundsInPlace", 8_000m, 35_000m, 0.2286m);
        AssertRate(rates, "production", 1m, 3m, 0.3333m);
        AssertRate(rates, "signedToStarted", 2m, 3m, 0.6667m);
        AssertRate(rates, "startedToProduction", 1m, 3m, 0.3333m);

        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: Unit);
        var own = await county.GetFromJsonAsync<JsonElement>("/api/v1/investment/rates?from=2014-01-01&to=2014-12-31");
        Assert.Equal("OwnUnit", own.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("city").ValueKind);
        var line = Assert.Single(own.GetProperty("units").EnumerateArray());
        Assert.Equal(Unit, line.GetProperty("code").GetString());
        AssertRate(line.GetProperty("rates"), "fundsInPlace", 8_000m, 35_000m, 0.2286m);
    }

    [Theory]
    [InlineData("from=2020-02-01&to=2020-01-31")]
    [InlineData("from=2010-01-01&to=2020-01-02")]
    public async Task A_bad_period_is_a_field_error(string query)
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        Assert.NotEmpty(await (await city.GetAsync("/api/v1/investment/rates?" + query)).FieldErrorsAsync("to"));
    }

    [Fact]
    public async Task Without_a_period_the_rates_cover_this_year_to_date()
    {
        using var city = await factory.ClientForRoleAsync(Roles.Leader);
        using var response = await city.GetAsync("/api/v1/investment/rates");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var from = DateOnly.Parse(report.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(report.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1, 1, to.Year), (from.Month, from.Day, from.Year));
    }

    private static void AssertRate(JsonElement rates, string name, decimal numerator, decimal denominator, decimal value)
    {
        var rate = rates.GetProperty(name);
        Assert.Equal(numerator, rate.GetProperty("numerator").GetDecimal());
        Assert.Equal(denominator, rate.GetProperty("denominator").GetDecimal());
        Assert.Equal(value, rate.GetProperty("value").GetDecimal());
    }
}
