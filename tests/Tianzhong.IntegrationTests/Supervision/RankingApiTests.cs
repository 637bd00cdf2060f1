using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests.Supervision;

/// <summary>
/// The ranking through the API with hand-computed scores (year 2021, which no other test uses): a scheme weighing
/// 省外资金 50 and 亿元以上 signings 50, ratio to the best unit, leading-industry and major-industrial bonuses of 0.5.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class RankingApiTests(TianzhongFactory factory)
{
    private const string Yicheng = "411702";
    private const string Xiping = "411721";

    [Fact]
    public async Task Scores_ranks_status_change_bulletin_and_assessment_follow_the_scheme_by_hand()
    {
        using var city = await SupervisionSeed.CityAsync(factory);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: Yicheng);
        await SaveSchemeAsync(city);

        using (var negative = await city.PutAsJsonAsync("/api/v1/supervision/targets/2021", new { targets = new[] { new { unitCode = Yicheng, indicator = "FundsOutsideProvince", value = -1m, version = 0 } } }))
        {
            Assert.NotEmpty(await negative.FieldErrorsAsync("targets[0].value"));
        }

        using (var targets = await city.PutAsJsonAsync("/api/v1/supervision/targets/2021", new
        {
            targets = new[]
            {
                new { unitCode = Yicheng, indicator = "FundsOutsideProvince", value = 12_000m, version = 0 },
                new { unitCode = Xiping, indicator = "FundsOutsideProvince", value = 2_400m, version = 0 },
            },
        }))
        {
            Assert.Equal(HttpStatusCode.OK, targets.StatusCode);
        }

        // 驿城区: a 2亿元 equipment project (its leading industry: counts 1.5) and 600万元; 西平县: a 15亿元 food-processing
        // plant (industrial, above the 10亿元 threshold: major, counts 1.5) and 1200万元.
        var p1 = await SupervisionSeed.SignedProjectAsync(factory, Yicheng, "驿城区专用车排名测试项目", "RANK-" + Guid.NewGuid().ToString("N")[..8], 20_000m, new DateOnly(2021, 1, 5), direction: "equipment", majorGroup: "36");
        var p2 = await SupervisionSeed.SignedProjectAsync(factory, Xiping, "西平县食品排名测试项目", "RANK-" + Guid.NewGuid().ToString("N")[..8], 150_000m, new DateOnly(2021, 1, 8), direction: "food", majorGroup: "13");
        await FundsSeed.FundsAsync(factory, p1, new DateOnly(2021, 1, 10), 600m);
        await FundsSeed.FundsAsync(factory, p2, new DateOnly(2021, 1, 12), 1_200m);
        await SupervisionSeed.CloseMonthAsync(city, 2021, 1);

        var january = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/rankings/2021/1");
        Assert.False(january.GetProperty("isProvisional").GetBoolean());
        var units = january.GetProperty("ranking").GetProperty("units").EnumerateArray().ToList();
        Assert.Equal((Xiping, 1, 100m, "Green"), Summary(units[0]));
        Assert.Equal((Yicheng, 2, 75m, "Yellow"), Summary(units[1]));
        Assert.All(units.Skip(2), u => Assert.Equal((3, 0m, "None"), (u.GetProperty("rank").GetInt32(), u.GetProperty("score").GetDecimal(), u.GetProperty("status").GetString())));

        // The explanation shows the bonus: 1 project counted 1.5 as leading industry, funds 600 / best 1200 × 50 = 25.
        var explanation = await county.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/rankings/2021/1/units/{Yicheng}");
        var signed = Indicator(explanation.GetProperty("score"), "SignedOverHundredMillion");
        Assert.Equal((1m, 1.5m, 50m), (signed.GetProperty("rawValue").GetDecimal(), signed.GetProperty("weightedValue").GetDecimal(), signed.GetProperty("points").GetDecimal()));
        var funds = Indicator(explanation.GetProperty("score"), "FundsOutsideProvince");
        Assert.Equal((600m, 1_200m, 25m, 0.05m), (funds.GetProperty("rawValue").GetDecimal(), funds.GetProperty("referenceHigh").GetDecimal(), funds.GetProperty("points").GetDecimal(), funds.GetProperty("completion").GetDecimal()));
        var record = explanation.GetProperty("records").GetProperty("SignedOverHundredMillion")[0];
        Assert.True(record.GetProperty("isLeadingIndustry").GetBoolean());
        Assert.False(record.GetProperty("isMajorIndustrial").GetBoolean());
        using (var other = await county.GetAsync($"/api/v1/supervision/rankings/2021/1/units/{Xiping}"))
        {
            await other.ProblemAsync(HttpStatusCode.Forbidden);
        }

        // February: 驿城区 adds 1000万元 and overtakes: funds 1600 best → 50 + 50 = 100; 西平县 1200/1600 × 50 = 37.5 + 50.
        await FundsSeed.FundsAsync(factory, p1, new DateOnly(2021, 2, 3), 1_000m);
        await SupervisionSeed.CloseMonthAsync(city, 2021, 2);
        var february = (await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/rankings/2021/2")).GetProperty("ranking").GetProperty("units").EnumerateArray().ToList();
        Assert.Equal((Yicheng, 1, 100m, 1), (february[0].GetProperty("unitCode").GetString(), february[0].GetProperty("rank").GetInt32(), february[0].GetProperty("score").GetDecimal(), february[0].GetProperty("change").GetInt32()));
        Assert.Equal((Xiping, 2, 87.5m, -1), (february[1].GetProperty("unitCode").GetString(), february[1].GetProperty("rank").GetInt32(), february[1].GetProperty("score").GetDecimal(), february[1].GetProperty("change").GetInt32()));

        // The monthly bulletin is the frozen ranking as a Word document, units in rank order.
        using (var download = await county.GetAsync("/api/v1/supervision/bulletins/monthly/2021/2"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
            using var document = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false);
            var body = document.MainDocumentPart!.Document.Body!;
            Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "全市招商引资工作月通报");
            var rows = body.Descendants<Table>().First().Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(["1", "驿城区", "100.00"], rows[0].Take(3));
            Assert.Equal(["2", "西平县", "87.50"], rows[1].Take(3));
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "Export"), e => e.ObjectType == "MonthlyBulletin" && e.ObjectId == "2021-02");
        using (var open = await city.GetAsync("/api/v1/supervision/bulletins/monthly/2021/3"))
        {
            await open.ProblemAsync(HttpStatusCode.Conflict);
        }

        // Year-end assessment (50/30/20): 驿城区 100×0.5 + (75+100)/2×0.3 + 100×0.2 = 96.25; 西平县 87.5×0.5 + 93.75×0.3 + 20 = 91.88.
        var assessment = (await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/assessments/2021")).GetProperty("assessment");
        Assert.True(assessment.GetProperty("isProvisional").GetBoolean());
        var first = assessment.GetProperty("units")[0];
        var second = assessment.GetProperty("units")[1];
        Assert.Equal((Yicheng, 96.25m, 1), (first.GetProperty("unitCode").GetString(), first.GetProperty("score").GetDecimal(), first.GetProperty("rank").GetInt32()));
        Assert.Equal((Xiping, 91.88m, 2), (second.GetProperty("unitCode").GetString(), second.GetProperty("score").GetDecimal(), second.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public async Task Weights_that_do_not_add_up_are_refused_with_the_field_and_audited_and_nothing_changes()
    {
        using var city = await SupervisionSeed.CityAsync(factory);
        var scheme = JsonNode.Parse(await city.GetStringAsync("/api/v1/supervision/schemes/2030"))!.AsObject();
        scheme["rules"]!["weights"]![0]!["weight"] = 20m;
        using (var save = await city.PutAsJsonAsync("/api/v1/supervision/schemes/2030", new { rules = scheme["rules"], assessment = scheme["assessment"], cadence = "Quarterly", version = 0 }))
        {
            Assert.Contains("100", (await save.FieldErrorsAsync("rules.weights")).Single(), StringComparison.Ordinal);
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "WriteRefused"), e => e.ObjectId!.Contains("/supervision/schemes/2030", StringComparison.Ordinal));
        Assert.True((await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/schemes/2030")).GetProperty("isDefault").GetBoolean());
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: Yicheng);
        using (var countySave = await county.PutAsJsonAsync("/api/v1/supervision/schemes/2030", new { rules = scheme["rules"], assessment = scheme["assessment"], cadence = "Quarterly", version = 0 }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, countySave.StatusCode);
        }
    }

    private static async Task SaveSchemeAsync(HttpClient city)
    {
        var scheme = JsonNode.Parse(await city.GetStringAsync("/api/v1/supervision/schemes/2021"))!.AsObject();
        var rules = scheme["rules"]!.AsObject();
        rules["weights"] = new JsonArray(
            Weight("FundsOutsideProvince", 50), Weight("FundsOutsideCity", 0), Weight("SignedOverHundredMillion", 50), Weight("SignedOverBillion", 0),
            Weight("Started", 0), Weight("InProduction", 0), Weight("Trips", 0));
        rules["normalisation"] = "RatioToBest";
        using var save = await city.PutAsJsonAsync("/api/v1/supervision/schemes/2021", new { rules, assessment = scheme["assessment"], cadence = "Quarterly", version = 0 });
        Assert.True(save.StatusCode == HttpStatusCode.OK, await save.Content.ReadAsStringAsync());
    }

    private static JsonObject Weight(string indicator, decimal weight) => new() { ["indicator"] = indicator, ["weight"] = weight };

    private static (string?, int, decimal, string?) Summary(JsonElement unit) =>
        (unit.GetProperty("unitCode").GetString(), unit.GetProperty("rank").GetInt32(), unit.GetProperty("score").GetDecimal(), unit.GetProperty("status").GetString());

    private static JsonElement Indicator(JsonElement score, string indicator) =>
        score.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == indicator);
}
