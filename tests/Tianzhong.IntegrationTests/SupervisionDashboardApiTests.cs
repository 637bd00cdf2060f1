using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.IntegrationTests.Supervision;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// The dashboards' figures through the API. The year 2024 belongs to this class alone (months close in order within a
/// year and the database is shared by the collection); the funnel and the clusters count every test's projects, so
/// they are compared before and after this test's own.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class SupervisionDashboardApiTests(TianzhongFactory factory)
{
    private const string Shangcai = "411722";
    private const string Pingyu = "411723";

    [Fact]
    public async Task The_city_and_unit_dashboards_show_completion_trend_funnel_clusters_and_the_rank_over_closed_months()
    {
        using var city = await SupervisionSeed.CityAsync(factory);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: Shangcai);
        var before = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/dashboard/2024/2");

        // 上蔡县: a 12亿元 equipment project signed in January (800万 from outside the province), started in February
        // (300万 from elsewhere in the province); 平舆县: a 2亿元 equipment project signed in February.
        var tag = Guid.NewGuid().ToString("N")[..8];
        var big = await SupervisionSeed.SignedProjectAsync(factory, Shangcai, "上蔡县看板测试" + tag, "DASH-A-" + tag, 120_000m, new DateOnly(2024, 1, 10), direction: "equipment", startedOn: new DateOnly(2024, 2, 5));
        await FundsSeed.FundsAsync(factory, big, new DateOnly(2024, 1, 15), 800m);
        await FundsSeed.FundsAsync(factory, big, new DateOnly(2024, 2, 20), 300m, Tianzhong.Modules.Investment.Domain.CapitalSource.OtherCityInProvince);
        await SupervisionSeed.SignedProjectAsync(factory, Pingyu, "平舆县看板测试" + tag, "DASH-B-" + tag, 20_000m, new DateOnly(2024, 2, 10), direction: "equipment");
        using (var targets = await city.PutAsJsonAsync("/api/v1/supervision/targets/2024", new
        {
            targets = new object[]
            {
                new { unitCode = Shangcai, indicator = "FundsOutsideProvince", value = 4_000m, version = 0 },
                new { unitCode = Shangcai, indicator = "SignedOverBillion", value = 2m, version = 0 },
            },
        }))
        {
            Assert.True(targets.StatusCode == HttpStatusCode.OK, await targets.Content.ReadAsStringAsync());
        }

        await SupervisionSeed.CloseMonthAsync(city, 2024, 1);
        var january = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/dashboard/2024/1");
        Assert.False(january.GetProperty("isProvisional").GetBoolean());

        var view = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/dashboard/2024/2");
        Assert.True(view.GetProperty("isCityWide").GetBoolean());
        Assert.True(view.GetProperty("isProvisional").GetBoolean());
        Assert.Equal(2m / 12m, view.GetProperty("timeProgress").GetDecimal(), 4);

        // The trend: January from the closed reports, February read live for the 13 units that have not reported it.
        var trend = view.GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal([1, 2], trend.Select(m => m.GetProperty("month").GetInt32()));
        Assert.Equal((13, 0), (trend[0].GetProperty("reportedUnits").GetInt32(), trend[0].GetProperty("liveUnits").GetInt32()));
        Assert.Equal((0, 13), (trend[1].GetProperty("reportedUnits").GetInt32(), trend[1].GetProperty("liveUnits").GetInt32()));
        Assert.Equal((800m, 800m, 1m, 0m, 0m), Month(trend[0]));
        Assert.Equal((0m, 300m, 1m, 1m, 0m), Month(trend[1]));

        // Completion per unit against its targets; the city total against the units' targets or, without any, plan A's.
        var units = view.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(13, units.Count);
        Assert.Equal(units.Select(u => u.GetProperty("rank").GetInt32()).Order(), units.Select(u => u.GetProperty("rank").GetInt32()));
        var shangcai = Indicators(units.Single(u => u.GetProperty("unitCode").GetString() == Shangcai));
        Assert.Equal(Expected(800m, 4_000m, 0.2m), Figures(shangcai["FundsOutsideProvince"]));
        Assert.Equal(Expected(1m, 2m, 0.5m), Figures(shangcai["SignedOverBillion"]));
        Assert.Equal(Expected(1_100m, null, null), Figures(shangcai["FundsOutsideCity"]));
        var pingyu = Indicators(units.Single(u => u.GetProperty("unitCode").GetString() == Pingyu));
        Assert.Equal(Expected(0m, null, null), Figures(pingyu["SignedOverBillion"]));

        var totals = view.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("indicator").GetString()!);
        Assert.Equal(800m, totals["FundsOutsideProvince"].GetProperty("value").GetDecimal());
        Assert.Equal(4_000m, totals["FundsOutsideProvince"].GetProperty("target").GetDecimal());
        Assert.False(totals["FundsOutsideProvince"].GetProperty("targetFromPlan").GetBoolean());
        Assert.Equal(0.2m, totals["FundsOutsideProvince"].GetProperty("completion").GetDecimal());
        Assert.Equal(1_100m, totals["FundsOutsideCity"].GetProperty("value").GetDecimal());
        Assert.True(totals["FundsOutsideCity"].GetProperty("targetFromPlan").GetBoolean());
        Assert.True(totals["FundsOutsideCity"].GetProperty("target").GetDecimal() > 800_000m); // plan A: 市外资金 in the hundreds of 亿元 a year

        // The funnel and the clusters now: one more signed project, one more started; both in the equipment cluster.
        Assert.Equal(1, Stage(view, "Signed").Count - Stage(before, "Signed").Count);
        Assert.Equal(1, Stage(view, "Started").Count - Stage(before, "Started").Count);
        Assert.Equal(120_000m, Stage(view, "Started").Amount - Stage(before, "Started").Amount);
        Assert.Equal(9, view.GetProperty("clusters").GetArrayLength());
        Assert.Equal((2m, 140_000m), Minus(Cluster(view, "equipment"), Cluster(before, "equipment")));
        Assert.Equal((0m, 0m), Minus(Cluster(view, "biomedicine"), Cluster(before, "biomedicine")));

        // The county's own dashboard: against its target and the average of the 13 units; the rank over the months.
        var unit = await county.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/dashboard/2024/2/units/{Shangcai}");
        Assert.Equal(13, unit.GetProperty("unitCount").GetInt32());
        var own = unit.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetString()!);
        Assert.Equal(800m, own["FundsOutsideProvince"].GetProperty("value").GetDecimal());
        Assert.Equal(4_000m, own["FundsOutsideProvince"].GetProperty("target").GetDecimal());
        Assert.Equal(decimal.Round(800m / 13m, 4), own["FundsOutsideProvince"].GetProperty("unitAverage").GetDecimal());
        Assert.Equal(decimal.Round(1_100m / 13m, 4), own["FundsOutsideCity"].GetProperty("unitAverage").GetDecimal());
        Assert.Equal(decimal.Round(2m / 13m, 4), own["SignedOverHundredMillion"].GetProperty("unitAverage").GetDecimal());
        var rankTrend = unit.GetProperty("rankTrend").EnumerateArray().ToList();
        Assert.Equal([(1, false), (2, true)], rankTrend.Select(p => (p.GetProperty("month").GetInt32(), p.GetProperty("isProvisional").GetBoolean())));
        var januaryOwn = january.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == Shangcai);
        Assert.Equal(januaryOwn.GetProperty("rank").GetInt32(), rankTrend[0].GetProperty("rank").GetInt32());
        Assert.Equal(januaryOwn.GetProperty("score").GetDecimal(), rankTrend[0].GetProperty("score").GetDecimal());
        var februaryOwn = units.Single(u => u.GetProperty("unitCode").GetString() == Shangcai);
        Assert.Equal(februaryOwn.GetProperty("rank").GetInt32(), unit.GetProperty("rank").GetInt32());
        Assert.Equal(decimal.Round(units.Average(u => u.GetProperty("score").GetDecimal()), 2), unit.GetProperty("averageScore").GetDecimal());

        // A county sees the public ranking on the city view, but not the city's trend, funnel or clusters.
        var countyCity = await county.GetFromJsonAsync<JsonElement>("/api/v1/supervision/dashboard/2024/2");
        Assert.False(countyCity.GetProperty("isCityWide").GetBoolean());
        Assert.Equal(Shangcai, countyCity.GetProperty("ownUnitCode").GetString());
        Assert.Equal(13, countyCity.GetProperty("units").GetArrayLength());
        Assert.Equal(0, countyCity.GetProperty("trend").GetArrayLength());
        Assert.Equal(0, countyCity.GetProperty("stages").GetArrayLength());
        Assert.Equal(0, countyCity.GetProperty("clusters").GetArrayLength());
    }

    [Fact]
    public async Task A_county_may_not_open_another_units_dashboard_and_bad_periods_and_units_are_refused()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: Shangcai);
        using (var other = await county.GetAsync($"/api/v1/supervision/dashboard/2024/1/units/{Pingyu}"))
        {
            await other.ProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "AccessDenied"), e => e.ObjectId == $"GET /api/v1/supervision/dashboard/2024/1/units/{Pingyu}");

        using var city = await SupervisionSeed.CityAsync(factory);
        using (var month = await city.GetAsync("/api/v1/supervision/dashboard/2024/13"))
        {
            Assert.NotEmpty(await month.FieldErrorsAsync("month"));
        }

        using (var year = await city.GetAsync("/api/v1/supervision/dashboard/2019/5/units/" + Shangcai))
        {
            Assert.NotEmpty(await year.FieldErrorsAsync("month"));
        }

        using (var unknown = await city.GetAsync("/api/v1/supervision/dashboard/2024/1/units/NO-SUCH"))
        {
            await unknown.ProblemAsync(HttpStatusCode.NotFound);
        }
    }

    private static (decimal Province, decimal City, decimal Signed, decimal Started, decimal InProduction) Month(JsonElement m) => (
        m.GetProperty("fundsOutsideProvinceWan").GetDecimal(),
        m.GetProperty("fundsOutsideCityWan").GetDecimal(),
        m.GetProperty("signedProjects").GetDecimal(),
        m.GetProperty("started").GetDecimal(),
        m.GetProperty("inProduction").GetDecimal());

    private static Dictionary<string, JsonElement> Indicators(JsonElement unit) =>
        unit.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetString()!);

    private static (decimal? Value, decimal? Target, decimal? Completion) Figures(JsonElement indicator) => (Decimal(indicator, "value"), Decimal(indicator, "target"), Decimal(indicator, "completion"));

    private static (decimal? Value, decimal? Target, decimal? Completion) Expected(decimal? value, decimal? target, decimal? completion) => (value, target, completion);

    private static decimal? Decimal(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static (int Count, decimal Amount) Stage(JsonElement view, string stage) =>
        view.GetProperty("stages").EnumerateArray().Where(s => s.GetProperty("stage").GetString() == stage)
            .Select(s => (s.GetProperty("count").GetInt32(), s.GetProperty("contractInvestmentWan").GetDecimal())).SingleOrDefault();

    private static (decimal Projects, decimal Amount) Cluster(JsonElement view, string code) =>
        view.GetProperty("clusters").EnumerateArray().Where(c => c.GetProperty("clusterCode").GetString() == code)
            .Select(c => (c.GetProperty("projects").GetDecimal(), c.GetProperty("contractInvestmentWan").GetDecimal())).Single();

    private static (decimal, decimal) Minus((decimal A, decimal B) x, (decimal A, decimal B) y) => (x.A - y.A, x.B - y.B);
}
