using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// The 三个一批 and centralised signings through the API. Projects reach their stages through submissions and city
/// approvals; 2011 and 2012 are years no other test dates anything in, and the figures are compared before and after.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class SupervisionBatchesApiTests(TianzhongFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Each_units_signed_started_and_producing_projects_count_in_their_quarter_weighted_by_share()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var q1Before = await BatchesAsync(city, 2011, 1);
        var q2Before = await BatchesAsync(city, 2011, 2);
        var yearBefore = await city.GetFromJsonAsync<Dictionary<string, decimal>>("/api/v1/supervision/batches/2011/counts");

        var a = await ProjectAsync(city, "411722", "三个一批测试甲项目", 20_000m, ("Signed", "2011-01-15"), ("Started", "2011-03-31"), ("InProduction", "2011-04-01"));
        var b = await ProjectAsync(city, "411722", "三个一批测试乙项目", 5_000.5m, ("Signed", "2011-03-01"));
        var c = await ProjectAsync(city, "411723", "三个一批测试丙项目", 8_000m, ("Signed", "2011-02-02"));
        var d = await ProjectAsync(city, "411724", "三个一批测试丙项目（重复认定）", 8_000m, ("Signed", "2011-02-03"));
        await FundsSeed.ClaimAsync(factory, Guid.Parse(c), Guid.Parse(d), 0.6m);
        await ProjectAsync(city, "411722", "三个一批测试丁项目（上年末签约）", 1_000m, ("Signed", "2010-12-31"));

        var q1 = await BatchesAsync(city, 2011, 1);
        var q2 = await BatchesAsync(city, 2011, 2);
        Assert.Equal("Quarterly", q1.GetProperty("cadence").GetString());
        Assert.Equal(4, q1.GetProperty("periods").GetArrayLength());
        Assert.Equal("2011-01-01", q1.GetProperty("firstDay").GetString());
        Assert.Equal("2011-03-31", q1.GetProperty("lastDay").GetString());
        Assert.Equal("2011年第一季度", q1.GetProperty("label").GetString());

        Assert.Equal((2m, 25_000.5m), Delta(q1Before, q1, "411722", "signed"));
        Assert.Equal((1m, 20_000m), Delta(q1Before, q1, "411722", "started"));
        Assert.Equal((0m, 0m), Delta(q1Before, q1, "411722", "inProduction"));
        Assert.Equal((1m, 20_000m), Delta(q2Before, q2, "411722", "inProduction"));
        Assert.Equal((0m, 0m), Delta(q2Before, q2, "411722", "signed"));
        Assert.Equal((0.6m, 4_800m), Delta(q1Before, q1, "411723", "signed"));
        Assert.Equal((0.4m, 3_200m), Delta(q1Before, q1, "411724", "signed"));
        Assert.Equal((3m, 33_000.5m), CityDelta(q1Before, q1, "signed"));
        Assert.Equal((1m, 20_000m), CityDelta(q2Before, q2, "inProduction"));

        var signedLines = Unit(q1, "411722").GetProperty("signed").GetProperty("projects").EnumerateArray().ToList();
        Assert.Contains(signedLines, p => p.GetProperty("projectId").GetString() == a && p.GetProperty("occurredOn").GetString() == "2011-01-15" && p.GetProperty("contractInvestmentWan").GetDecimal() == 20_000m);
        Assert.Contains(signedLines, p => p.GetProperty("projectId").GetString() == b && p.GetProperty("name").GetString() == "三个一批测试乙项目");
        Assert.DoesNotContain(signedLines, p => p.GetProperty("name").GetString() == "三个一批测试丁项目（上年末签约）");
        var split = Assert.Single(Unit(q1, "411724").GetProperty("signed").GetProperty("projects").EnumerateArray(), p => p.GetProperty("projectId").GetString() == d);
        Assert.Equal(0.4m, split.GetProperty("share").GetDecimal());
        Assert.Equal(8_000m, split.GetProperty("contractInvestmentWan").GetDecimal());

        // Every unit appears in gazette order, with or without projects.
        var units = await city.GetFromJsonAsync<JsonElement>("/api/v1/registry/units");
        Assert.Equal(units.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()), q1.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitCode").GetString()));

        // The year's counts: A signed, started and in production, B signed; the split project by its share.
        var year = await city.GetFromJsonAsync<Dictionary<string, decimal>>("/api/v1/supervision/batches/2011/counts");
        Assert.Equal(4m, year!["411722"] - yearBefore!["411722"]);
        Assert.Equal(0.6m, year["411723"] - yearBefore["411723"]);
        Assert.Equal(0.4m, year["411724"] - yearBefore["411724"]);

        using (var noSuchQuarter = await city.GetAsync("/api/v1/supervision/batches/2011/5"))
        {
            Assert.NotEmpty(await noSuchQuarter.FieldErrorsAsync("period"));
        }

        using (var farYear = await city.GetAsync("/api/v1/supervision/batches/1999/1"))
        {
            Assert.NotEmpty(await farYear.FieldErrorsAsync("year"));
        }
    }

    [Fact]
    public async Task A_bi_monthly_scheme_for_the_year_switches_its_periods()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var e = await ProjectAsync(city, "411725", "双月集中签约测试项目", 30_000m, ("Signed", "2012-02-10"), ("Started", "2012-03-15"), ("InProduction", "2012-04-20"));

        var quarter = await BatchesAsync(city, 2012, 1);
        Assert.True(Lists(quarter, "411725", "signed", e) && Lists(quarter, "411725", "started", e) && !Lists(quarter, "411725", "inProduction", e));
        using (var none = await city.GetAsync("/api/v1/supervision/batches/2012/5"))
        {
            Assert.NotEmpty(await none.FieldErrorsAsync("period"));
        }

        await SchemeAsync(2012, BatchCadence.BiMonthly);

        var janFeb = await BatchesAsync(city, 2012, 1);
        Assert.Equal("BiMonthly", janFeb.GetProperty("cadence").GetString());
        Assert.Equal(6, janFeb.GetProperty("periods").GetArrayLength());
        Assert.Equal("2012-02-29", janFeb.GetProperty("lastDay").GetString());
        Assert.Equal("2012年1—2月", janFeb.GetProperty("label").GetString());
        Assert.True(Lists(janFeb, "411725", "signed", e) && !Lists(janFeb, "411725", "started", e) && !Lists(janFeb, "411725", "inProduction", e));

        var marApr = await BatchesAsync(city, 2012, 2);
        Assert.Equal("2012-03-01", marApr.GetProperty("firstDay").GetString());
        Assert.True(!Lists(marApr, "411725", "signed", e) && Lists(marApr, "411725", "started", e) && Lists(marApr, "411725", "inProduction", e));

        var novDec = await BatchesAsync(city, 2012, 6);
        Assert.Equal("2012-11-01", novDec.GetProperty("firstDay").GetString());
        using (var seventh = await city.GetAsync("/api/v1/supervision/batches/2012/7"))
        {
            Assert.NotEmpty(await seventh.FieldErrorsAsync("period"));
        }

        // A signing in March is in the second bi-month of 2012; the default cadence still holds for 2011.
        using var recorded = await city.PostAsJsonAsync("/api/v1/supervision/signings", new { title = "2012年第二次双月集中签约", heldOn = "2012-03-05", place = "驿城区会展中心", projectIds = new[] { e } });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var list = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/signings?year=2012");
        var listed = Assert.Single(list.EnumerateArray(), s => s.GetProperty("title").GetString() == "2012年第二次双月集中签约");
        Assert.Equal(2, listed.GetProperty("period").GetInt32());
        Assert.Equal("2012年3—4月", listed.GetProperty("periodLabel").GetString());
    }

    [Fact]
    public async Task The_city_records_a_signing_with_the_projects_figures_and_lists_it_under_its_quarter()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        var f = await ProjectAsync(city, "411728", "集中签约测试戊项目", 12_345.67m, ("Signed", "2011-05-20"));
        var g = await ProjectAsync(city, "411729", "集中签约测试己项目", 7_654.33m, ("Signed", "2011-05-21"));

        using var response = await city.PostAsJsonAsync("/api/v1/supervision/signings", new { title = " 2011年第二季度重大项目集中签约 ", heldOn = "2011-05-22", place = "天中会议中心", projectIds = new[] { f, g } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/supervision/signings/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2011年第二季度重大项目集中签约", created.GetProperty("title").GetString());
        Assert.Equal(2, created.GetProperty("projectCount").GetInt32());
        Assert.Equal(20_000m, created.GetProperty("totalWan").GetDecimal());

        // Anyone with business read sees it, a county officer included; the figures are those copied at recording.
        var detail = await county.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/signings/{id}");
        Assert.Equal(20_000m, detail.GetProperty("totalWan").GetDecimal());
        Assert.Equal(2, detail.GetProperty("period").GetInt32());
        var projects = detail.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal([("411728", f, 12_345.67m), ("411729", g, 7_654.33m)], projects.Select(p => (p.GetProperty("unitCode").GetString(), p.GetProperty("projectId").GetString(), p.GetProperty("contractInvestmentWan").GetDecimal())));
        Assert.Equal("集中签约测试戊项目", projects[0].GetProperty("projectName").GetString());

        var list = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/signings?year=2011");
        var listed = Assert.Single(list.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(2, listed.GetProperty("period").GetInt32());
        Assert.Equal("2011年第二季度", listed.GetProperty("periodLabel").GetString());
        Assert.Equal(2, listed.GetProperty("projectCount").GetInt32());
        Assert.Equal(20_000m, listed.GetProperty("totalWan").GetDecimal());
        Assert.Equal("天中会议中心", listed.GetProperty("place").GetString());
        Assert.DoesNotContain((await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/signings?year=2010")).EnumerateArray(), s => s.GetProperty("id").GetString() == id);

        Assert.Contains(await AuditReader.EntriesAsync(factory, "Create"), entry => entry.ObjectType == "SigningEvent" && entry.ObjectId == id);

        using (var missing = await city.GetAsync($"/api/v1/supervision/signings/{Guid.NewGuid()}"))
        {
            await missing.ProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Bad_signings_are_refused_field_by_field_and_nothing_is_saved()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        var signed = await ProjectAsync(city, "411728", "集中签约校验测试已签约项目", 3_000m, ("Signed", "2011-06-01"));
        var talks = await ProjectAsync(city, "411728", "集中签约校验测试洽谈项目", 3_000m);
        var before = await CountSigningsAsync();

        using (var empty = await city.PostAsJsonAsync("/api/v1/supervision/signings", new { title = "  ", place = new string('地', 201), projectIds = Array.Empty<string>() }))
        {
            var problem = await empty.ProblemAsync(HttpStatusCode.BadRequest);
            var errors = problem.GetProperty("errors");
            Assert.Equal(["heldOn", "place", "projectIds", "title"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        var farAhead = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddYears(1).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var late = await city.PostAsJsonAsync("/api/v1/supervision/signings", new { title = "太晚的集中签约", heldOn = farAhead, place = "市政府", projectIds = new[] { signed } }))
        {
            Assert.NotEmpty(await late.FieldErrorsAsync("heldOn"));
        }

        var unknown = Guid.NewGuid().ToString();
        using (var wrong = await city.PostAsJsonAsync("/api/v1/supervision/signings", new { title = "项目有误的集中签约", heldOn = "2011-06-05", place = "市政府", projectIds = new[] { signed, signed, unknown, talks } }))
        {
            var messages = await wrong.FieldErrorsAsync("projectIds");
            Assert.Equal(3, messages.Length);
            Assert.Contains(messages, m => m.Contains(signed, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(messages, m => m.Contains(unknown, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(messages, m => m.Contains("集中签约校验测试洽谈项目", StringComparison.Ordinal));
        }

        using (var byCounty = await county.PostAsJsonAsync("/api/v1/supervision/signings", new { title = "县区自行登记", heldOn = "2011-06-05", place = "县政府", projectIds = new[] { signed } }))
        {
            await byCounty.ProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.Equal(before, await CountSigningsAsync());
    }

    private static JsonElement Unit(JsonElement report, string code) =>
        report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == code);

    private static (decimal Count, decimal Amount) Figure(JsonElement figure) => (figure.GetProperty("count").GetDecimal(), figure.GetProperty("amountWan").GetDecimal());

    private static (decimal, decimal) Delta(JsonElement before, JsonElement after, string unit, string category)
    {
        var (c0, a0) = Figure(Unit(before, unit).GetProperty(category));
        var (c1, a1) = Figure(Unit(after, unit).GetProperty(category));
        return (c1 - c0, a1 - a0);
    }

    private static (decimal, decimal) CityDelta(JsonElement before, JsonElement after, string category)
    {
        var (c0, a0) = Figure(before.GetProperty("city").GetProperty(category));
        var (c1, a1) = Figure(after.GetProperty("city").GetProperty(category));
        return (c1 - c0, a1 - a0);
    }

    private static bool Lists(JsonElement report, string unit, string category, string projectId) =>
        Unit(report, unit).GetProperty(category).GetProperty("projects").EnumerateArray().Any(p => p.GetProperty("projectId").GetString() == projectId);

    private static async Task<JsonElement> BatchesAsync(HttpClient client, int year, int period)
    {
        using var response = await client.GetAsync($"/api/v1/supervision/batches/{year}/{period}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Registers a project for the unit and takes it through each stage: submitted with evidence, approved by the city.</summary>
    private static async Task<string> ProjectAsync(HttpClient city, string unitCode, string name, decimal contractWan, params (string Stage, string Date)[] stages)
    {
        string id;
        using (var registered = await city.PostAsJsonAsync("/api/v1/investment/projects", new
        {
            unitCode,
            figures = new { name, directionCode = "food", source = "OtherProvince", contractInvestmentWan = contractWan },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
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

    private async Task SchemeAsync(int year, BatchCadence cadence)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDb>();
        var rules = new RankingRules(
            [new IndicatorWeight(RankingIndicator.FundsOutsideProvince, 60m), new IndicatorWeight(RankingIndicator.Started, 40m)],
            Normalisation.RatioToBest,
            1.2m,
            0.5m,
            0.5m,
            100_000m,
            10m,
            new Dictionary<string, IReadOnlyList<string>>());
        db.Schemes.Add(RankingScheme.Create(year, rules, new AssessmentRules(50m, 30m, 20m), cadence, "test", TimeProvider.System.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    private async Task<int> CountSigningsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        return await scope.ServiceProvider.GetRequiredService<SupervisionDb>().SigningEvents.CountAsync();
    }
}
