using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests.Supervision;

/// <summary>
/// Monthly reporting and the period close through the API. Each test uses its own year, because months close in
/// order within a year and the database is shared by the collection.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class MonthCloseApiTests(TianzhongFactory factory)
{
    [Fact]
    public async Task A_closed_month_never_changes_and_corrections_by_api_and_import_become_adjustments_of_the_next_month()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var reference = "SUP-" + tag;
        var projectId = await SupervisionSeed.SignedProjectAsync(factory, "411722", "上蔡县月报测试项目" + tag, reference, 9_000m, new DateOnly(2022, 3, 10));
        await FundsSeed.FundsAsync(factory, projectId, new DateOnly(2022, 3, 15), 500m);
        using var city = await SupervisionSeed.CityAsync(factory);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");

        await SupervisionSeed.CloseMonthAsync(city, 2022, 3);
        var before = await ReportAsync(county, "411722", 2022, 3);
        Assert.Equal((500m, 500m, 0m), Totals(before));
        Assert.True(before.GetProperty("isClosed").GetBoolean());
        var rankingBefore = await city.GetStringAsync("/api/v1/supervision/rankings/2022/3");

        // Corrections of March after the close: funds recorded and verified through the API, the contract raised by an import.
        using (var record = await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/funds", new { receivedOn = "2022-03-20", source = "OtherProvince", amountWan = 300m }))
        {
            Assert.Equal(HttpStatusCode.Created, record.StatusCode);
            var funds = await record.Content.ReadFromJsonAsync<JsonElement>();
            using var verify = await city.PostAsJsonAsync($"/api/v1/investment/funds/{funds.GetProperty("id").GetGuid()}/verify", new { remark = "ok", version = funds.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        }

        using (var import = await UploadAsync(city, "/api/v1/investment/import/projects", ProjectWorkbook(reference, "上蔡县月报测试项目" + tag, 12_000m)))
        {
            Assert.True(import.StatusCode == HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        }

        var after = await ReportAsync(county, "411722", 2022, 3);
        Assert.Equal(Totals(before), Totals(after));
        Assert.Equal(before.GetProperty("lines").GetArrayLength(), after.GetProperty("lines").GetArrayLength());
        Assert.Equal(rankingBefore, await city.GetStringAsync("/api/v1/supervision/rankings/2022/3"));

        // Nothing may change the closed month itself; the attempts are refused and audited.
        using (var resubmit = await county.PostAsJsonAsync("/api/v1/supervision/reports/411722/2022/3/submit", new { narrative = "改", version = after.GetProperty("version").GetInt32() }))
        {
            var problem = await resubmit.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("关账", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var reapprove = await city.PostAsJsonAsync("/api/v1/supervision/reports/411722/2022/3/approve", new { version = after.GetProperty("version").GetInt32() }))
        {
            await reapprove.ProblemAsync(HttpStatusCode.Conflict);
        }

        using (var reclose = await city.PostAsync("/api/v1/supervision/months/2022/3/close", null))
        {
            await reclose.ProblemAsync(HttpStatusCode.Conflict);
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "WriteRefused"), e => e.ObjectId!.Contains("/supervision/reports/411722/2022/3/submit", StringComparison.Ordinal));

        // April books the corrections as adjustments of March, shown as such.
        var april = await ReportAsync(county, "411722", 2022, 4);
        using (var submit = await county.PostAsJsonAsync("/api/v1/supervision/reports/411722/2022/4/submit", new { narrative = "四月", version = april.GetProperty("version").GetInt32() }))
        {
            Assert.True(submit.StatusCode == HttpStatusCode.OK, await submit.Content.ReadAsStringAsync());
            april = await submit.Content.ReadFromJsonAsync<JsonElement>();
        }

        var adjustments = april.GetProperty("adjustments");
        Assert.Equal(300m, adjustments.GetProperty("fundsOutsideProvinceWan").GetDecimal());
        Assert.Equal(300m, adjustments.GetProperty("fundsOutsideCityWan").GetDecimal());
        Assert.Equal(1m, adjustments.GetProperty("signedOverHundredMillion").GetDecimal());
        var adjustmentLines = april.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("isAdjustment").GetBoolean()).ToList();
        Assert.All(adjustmentLines, l => Assert.Equal("2022-03", l.GetProperty("sourcePeriod").GetString()));
        Assert.Contains(adjustmentLines, l => l.GetProperty("kind").GetString() == "Signed" && l.GetProperty("share").GetDecimal() == -1m && l.GetProperty("amountWan").GetDecimal() == 9_000m);
        Assert.Contains(adjustmentLines, l => l.GetProperty("kind").GetString() == "Signed" && l.GetProperty("share").GetDecimal() == 1m && l.GetProperty("amountWan").GetDecimal() == 12_000m);

        // Submitting twice is refused.
        using (var twice = await county.PostAsJsonAsync("/api/v1/supervision/reports/411722/2022/4/submit", new { narrative = "四月", version = april.GetProperty("version").GetInt32() }))
        {
            var problem = await twice.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("重复报送", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // The year-to-date ranking of April counts March's frozen figures plus April's adjustments.
        var explanation = await county.GetFromJsonAsync<JsonElement>("/api/v1/supervision/rankings/2022/4/units/411722");
        var province = explanation.GetProperty("score").GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "FundsOutsideProvince");
        Assert.Equal(800m, province.GetProperty("rawValue").GetDecimal());
    }

    [Fact]
    public async Task A_county_submits_the_city_returns_it_with_an_opinion_and_a_county_cannot_close_or_read_another_units_draft()
    {
        using var city = await SupervisionSeed.CityAsync(factory);
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411723");
        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411724");

        using (var save = await county.PutAsJsonAsync("/api/v1/supervision/reports/411723/2023/2", new { narrative = "草稿", version = 0 }))
        {
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        }

        using (var peek = await other.GetAsync("/api/v1/supervision/reports/411723/2023/2"))
        {
            await peek.ProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "AccessDenied"), e => e.ObjectId!.Contains("/supervision/reports/411723/2023/2", StringComparison.Ordinal));

        var draft = await ReportAsync(county, "411723", 2023, 2);
        using (var submit = await county.PostAsJsonAsync("/api/v1/supervision/reports/411723/2023/2/submit", new { narrative = "二月", version = draft.GetProperty("version").GetInt32() }))
        {
            draft = await submit.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Submitted", draft.GetProperty("status").GetString());
        }

        using (var noOpinion = await city.PostAsJsonAsync("/api/v1/supervision/reports/411723/2023/2/return", new { opinion = " ", version = draft.GetProperty("version").GetInt32() }))
        {
            Assert.NotEmpty(await noOpinion.FieldErrorsAsync("opinion"));
        }

        using (var returned = await city.PostAsJsonAsync("/api/v1/supervision/reports/411723/2023/2/return", new { opinion = "请补充外出招商情况", version = draft.GetProperty("version").GetInt32() }))
        {
            var body = await returned.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Returned", body.GetProperty("status").GetString());
            Assert.Equal("请补充外出招商情况", body.GetProperty("opinion").GetString());
        }

        using (var close = await county.PostAsync("/api/v1/supervision/months/2023/2/close", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        }

        using (var early = await city.PostAsync("/api/v1/supervision/months/2023/2/close", null))
        {
            var problem = await early.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("平舆县", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var month = await city.GetFromJsonAsync<JsonElement>("/api/v1/supervision/months/2023/2");
        Assert.False(month.GetProperty("isClosed").GetBoolean());
        Assert.False(month.GetProperty("canClose").GetBoolean());
    }

    private static (decimal, decimal, decimal) Totals(JsonElement report)
    {
        var totals = report.GetProperty("totals");
        return (totals.GetProperty("fundsOutsideProvinceWan").GetDecimal(), totals.GetProperty("fundsOutsideCityWan").GetDecimal(), totals.GetProperty("signedOverHundredMillion").GetDecimal());
    }

    private static Task<JsonElement> ReportAsync(HttpClient client, string unit, int year, int month) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/reports/{unit}/{year}/{month}");

    private static byte[] ProjectWorkbook(string reference, string name, decimal contract)
    {
        string[] header = ["externalReference", "unitCode", "name", "directionCode", "majorGroupCode", "source", "contractInvestmentWan", "landMu", "expectedJobs", "plannedStart", "plannedProduction", "isConfidential", "investorCreditCodes"];
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("data");
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }

        object?[] row = [reference, "411722", name, "food", "14", "OtherProvince", contract, 120.5m, 300, "2026-03-01", "2027-06-30", "否", null];
        for (var c = 0; c < row.Length; c++)
        {
            switch (row[c])
            {
                case null: break;
                case string s: sheet.Cell(2, c + 1).SetValue(s); break;
                case var v: sheet.Cell(2, c + 1).Value = v; break;
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "projects.xlsx");
        return await client.PostAsync(path, form);
    }
}
