using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Registry.Contracts;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class ImportApiTests(TianzhongFactory factory)
{
    private static readonly string[] ProjectHeader =
    [
        "externalReference", "unitCode", "name", "directionCode", "majorGroupCode", "source", "contractInvestmentWan", "landMu", "expectedJobs", "plannedStart", "plannedProduction", "isConfidential", "investorCreditCodes",
    ];

    private static readonly string[] FundsHeader = ["externalReference", "projectExternalReference", "receivedOn", "source", "currency", "amountWan", "rateToYuan"];

    private static object?[] ProjectRow(string reference, string name, string unit = "411702", decimal contract = 52_000m, string direction = "food", string start = "2026-03-01", string production = "2027-06-30", string? investors = null) =>
        [reference, unit, name, direction, "14", "OtherProvince", contract, 120.5m, 300, start, production, "否", investors];

    private static byte[] Workbook(string[] header, IEnumerable<object?[]> rows, byte[]? template = null)
    {
        using var workbook = template is null ? new XLWorkbook() : new XLWorkbook(new MemoryStream(template));
        var sheet = template is null ? workbook.Worksheets.Add("data") : workbook.Worksheet(1);
        if (template is null)
        {
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).SetValue(header[c]);
            }
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                switch (row[c])
                {
                    case null:
                        break;
                    case string s:
                        sheet.Cell(r, c + 1).SetValue(s);
                        break;
                    case var v:
                        sheet.Cell(r, c + 1).Value = v;
                        break;
                }
            }

            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] content, string fileName = "import.xlsx")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return await client.PostAsync(path, form);
    }

    private static async Task<(int Created, int Updated, int Unchanged)> SummaryAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("created").GetInt32(), json.GetProperty("updated").GetInt32(), json.GetProperty("unchanged").GetInt32());
    }

    private static async Task<int> CountAsync(HttpClient client, string search) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?search=" + Uri.EscapeDataString(search))).GetProperty("total").GetInt32();

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Templates_download_with_instructions_and_import_back_as_zero_rows()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        foreach (var kind in new[] { "projects", "funds" })
        {
            using var response = await city.GetAsync($"/api/v1/investment/import/templates/{kind}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
            {
                Assert.Equal(2, workbook.Worksheets.Count);
                Assert.StartsWith("外部编号", workbook.Worksheet(1).Cell(1, 1).GetString(), StringComparison.Ordinal);
                var help = string.Join("\n", workbook.Worksheet(2).CellsUsed().Select(c => c.GetString()));
                Assert.Contains("411726", help, StringComparison.Ordinal);
                Assert.Contains("food", help, StringComparison.Ordinal);
                Assert.Contains("OtherProvince", help, StringComparison.Ordinal);
            }

            using var imported = await UploadAsync(city, $"/api/v1/investment/import/{kind}", bytes);
            Assert.Equal((0, 0, 0), await SummaryAsync(imported));
        }
    }

    [Fact]
    public async Task Three_valid_rows_create_three_projects_and_the_same_file_again_changes_nothing()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Tag();
        var template = await city.GetByteArrayAsync("/api/v1/investment/import/templates/projects");

        // The template's own columns: reference, unit, name, direction, major group, source, contract ... confidential.
        object?[] Row(int i, decimal contract) => [$"T{tag}-{i}", "411721", $"导入测试{tag}项目{i}", "equipment", null, "省外", contract, 1000m, null, null, null, null, null, null, null, 150, "2026-02-01", "2027-01-31", "否"];
        var file = Workbook([], [Row(1, 10_000m), Row(2, 120_000.5m), Row(3, 800m)], template);

        using (var first = await UploadAsync(city, "/api/v1/investment/import/projects", file))
        {
            Assert.Equal((3, 0, 0), await SummaryAsync(first));
        }

        Assert.Equal(3, await CountAsync(city, $"导入测试{tag}"));
        var list = await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?search=" + Uri.EscapeDataString($"导入测试{tag}项目2"));
        var project = list.GetProperty("items")[0];
        Assert.Equal(120_000.5m, project.GetProperty("figures").GetProperty("contractInvestmentWan").GetDecimal());
        Assert.Equal("OtherProvince", project.GetProperty("figures").GetProperty("source").GetString());
        Assert.Equal(new DateOnly(2027, 1, 31), DateOnly.Parse(project.GetProperty("figures").GetProperty("plannedProduction").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var version = project.GetProperty("version").GetInt32();

        var auditBefore = await AuditReader.CountAsync(factory);
        using (var again = await UploadAsync(city, "/api/v1/investment/import/projects", file))
        {
            Assert.Equal((0, 0, 3), await SummaryAsync(again));
        }

        Assert.Equal(auditBefore, await AuditReader.CountAsync(factory));
        Assert.Equal(3, await CountAsync(city, $"导入测试{tag}"));
        var unchanged = (await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?search=" + Uri.EscapeDataString($"导入测试{tag}项目2"))).GetProperty("items")[0];
        Assert.Equal(version, unchanged.GetProperty("version").GetInt32());

        // A changed value revises that project only.
        using (var revised = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook([], [Row(1, 10_000m), Row(2, 130_000m), Row(3, 800m)], template)))
        {
            Assert.Equal((0, 1, 2), await SummaryAsync(revised));
        }

        var after = (await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/projects?search=" + Uri.EscapeDataString($"导入测试{tag}项目2"))).GetProperty("items")[0];
        Assert.Equal(130_000m, after.GetProperty("figures").GetProperty("contractInvestmentWan").GetDecimal());
        Assert.Equal(version + 1, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task One_bad_row_among_many_writes_nothing_names_row_and_column_and_only_the_uploader_gets_the_report()
    {
        var uploader = await factory.CreateUserAsync(Roles.CityOfficer);
        using var city = await factory.ClientForAsync(uploader);
        var tag = Tag();
        var rows = Enumerable.Range(1, 12).Select(i => ProjectRow($"B{tag}-{i}", $"坏行测试{tag}-{i}")).ToList();
        rows[6] = ProjectRow($"B{tag}-7", $"坏行测试{tag}-7", contract: -5m);          // Excel row 8
        rows[9] = ProjectRow($"B{tag}-10", $"坏行测试{tag}-10", start: "2026-13-45"); // Excel row 11
        using var response = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(ProjectHeader, rows));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(2, problem.GetProperty("errorCount").GetInt32());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 8 && e.GetProperty("field").GetString() == "contractInvestmentWan" && e.GetProperty("columnLetter").GetString() == "G");
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 11 && e.GetProperty("field").GetString() == "plannedStart" && e.GetProperty("column").GetString() == "plannedStart");
        Assert.Equal(0, await CountAsync(city, $"坏行测试{tag}"));

        var report = problem.GetProperty("errorReport").GetString()!;
        Assert.EndsWith(problem.GetProperty("errorReportId").GetString()!, report, StringComparison.Ordinal);
        using (var download = await city.GetAsync(report))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
            var sheet = workbook.Worksheet(1);
            Assert.Equal(13, sheet.LastRowUsed().RowNumber());
            Assert.Contains("8", sheet.Cell(8, 1).GetString(), StringComparison.Ordinal);
            Assert.Contains("contractInvestmentWan", sheet.Cell(8, 1).GetString(), StringComparison.Ordinal);
            Assert.Equal(string.Empty, sheet.Cell(2, 1).GetString());
        }

        using var other = await factory.ClientForRoleAsync(Roles.CityOfficer);
        await (await other.GetAsync(report)).ProblemAsync(HttpStatusCode.NotFound);
        await (await city.GetAsync("/api/v1/investment/import/error-reports/no-such-report")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_bad_row_among_ten_thousand_is_named_and_nothing_is_written()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Tag();
        var rows = Enumerable.Range(1, 10_000).Select(i => ProjectRow($"M{tag}-{i}", $"万行测试{tag}-{i}")).ToList();
        rows[7_776] = ProjectRow($"M{tag}-7777", $"万行测试{tag}-7777", unit: "999999"); // Excel row 7,778
        using var response = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(ProjectHeader, rows));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, problem.GetProperty("errorCount").GetInt32());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(7_778, error.GetProperty("row").GetInt32());
        Assert.Equal("unitCode", error.GetProperty("field").GetString());
        Assert.Equal(0, await CountAsync(city, $"万行测试{tag}"));
    }

    [Fact]
    public async Task Files_that_are_not_workbooks_are_refused_with_a_clear_message()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using (var text = await UploadAsync(city, "/api/v1/investment/import/projects", Encoding.UTF8.GetBytes("externalReference,unitCode\nX,411702\n"), "projects.xlsx"))
        {
            Assert.Contains("Excel", (await text.FieldErrorsAsync("file"))[0], StringComparison.Ordinal);
        }

        byte[] oldExcel = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        using (var xls = await UploadAsync(city, "/api/v1/investment/import/funds", oldExcel, "funds.xls"))
        {
            Assert.NotEmpty(await xls.FieldErrorsAsync("file"));
        }

        byte[] brokenZip = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5];
        using (var broken = await UploadAsync(city, "/api/v1/investment/import/projects", brokenZip))
        {
            Assert.NotEmpty(await broken.FieldErrorsAsync("file"));
        }

        using var missingColumn = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(["externalReference", "name"], [["X", "Y"]]));
        Assert.Contains("unitCode", string.Join(" ", await missingColumn.FieldErrorsAsync("file")).Replace("单位代码", "unitCode", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_county_officer_may_import_only_its_own_units_rows()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        var tag = Tag();
        using var response = await UploadAsync(county, "/api/v1/investment/import/projects", Workbook(ProjectHeader, [ProjectRow($"C{tag}-1", $"县导入{tag}-1", unit: "411726"), ProjectRow($"C{tag}-2", $"县导入{tag}-2", unit: "411729")]));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("unitCode", error.GetProperty("field").GetString());

        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        Assert.Equal(0, await CountAsync(city, $"县导入{tag}"));
        using var own = await UploadAsync(county, "/api/v1/investment/import/projects", Workbook(ProjectHeader, [ProjectRow($"C{tag}-1", $"县导入{tag}-1", unit: "411726")]));
        Assert.Equal((1, 0, 0), await SummaryAsync(own));
    }

    [Fact]
    public async Task Investor_credit_codes_must_be_valid_and_known_and_are_linked()
    {
        var known = await RegisterOrganisationAsync();
        const string Unknown = "91411700MA00000000";
        var unknown = Unknown[..17] + UnifiedSocialCreditCode.ComputeCheckCharacter(Unknown[..17]);
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Tag();
        using var bad = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(ProjectHeader,
        [
            ProjectRow($"I{tag}-1", $"投资方{tag}-1", investors: known),
            ProjectRow($"I{tag}-2", $"投资方{tag}-2", investors: "12345"),
            ProjectRow($"I{tag}-3", $"投资方{tag}-3", investors: unknown),
        ]));
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        var rows = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(3, "investorCreditCodes"), (4, "investorCreditCodes")], rows);

        using var good = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(ProjectHeader, [ProjectRow($"I{tag}-1", $"投资方{tag}-1", investors: known)]));
        Assert.Equal((1, 0, 0), await SummaryAsync(good));
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var project = await db.Projects.Include(p => p.Investors).SingleAsync(p => p.ExternalReference == $"I{tag}-1");
        Assert.Single(project.Investors);
    }

    [Fact]
    public async Task Funds_need_a_signed_visible_project_and_reimporting_them_changes_nothing()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Tag();
        using (var projects = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(ProjectHeader, [ProjectRow($"F{tag}-S", $"资金测试{tag}-S"), ProjectRow($"F{tag}-N", $"资金测试{tag}-N")])))
        {
            Assert.Equal((2, 0, 0), await SummaryAsync(projects));
        }

        await SignAsync($"F{tag}-S", new DateOnly(2026, 1, 10));
        using (var unsigned = await UploadAsync(city, "/api/v1/investment/import/funds", Workbook(FundsHeader,
        [
            [$"FR{tag}-1", $"F{tag}-S", "2026-02-01", "OtherProvince", "CNY", 500m, null],
            [$"FR{tag}-2", $"F{tag}-N", "2026-02-01", "OtherProvince", "CNY", 500m, null],
            [$"FR{tag}-3", $"F{tag}-S", "2025-12-31", "OtherProvince", "CNY", 500m, null],
            [$"FR{tag}-4", $"F{tag}-missing", "2026-02-01", "OtherProvince", "CNY", 500m, null],
        ])))
        {
            var problem = await unsigned.ProblemAsync(HttpStatusCode.BadRequest);
            var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString())).ToList();
            Assert.Equal([(3, "projectExternalReference"), (4, "receivedOn"), (5, "projectExternalReference")], errors);
        }

        var file = Workbook(FundsHeader, [[$"FR{tag}-1", $"F{tag}-S", "2026-02-01", "OtherProvince", "CNY", 500m, null], [$"FR{tag}-5", $"F{tag}-S", "2026-03-01", "Abroad", "USD", 100m, 7.1m]]);
        using (var ok = await UploadAsync(city, "/api/v1/investment/import/funds", file))
        {
            Assert.Equal((2, 0, 0), await SummaryAsync(ok));
        }

        var auditBefore = await AuditReader.CountAsync(factory);
        using (var again = await UploadAsync(city, "/api/v1/investment/import/funds", file))
        {
            Assert.Equal((0, 0, 2), await SummaryAsync(again));
        }

        Assert.Equal(auditBefore, await AuditReader.CountAsync(factory));

        using var export = await city.GetAsync("/api/v1/investment/funds/export?from=2026-02-01&to=2026-03-31");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        var references = workbook.Worksheet(1).Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains($"FR{tag}-1", references);
        var usd = workbook.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == $"FR{tag}-5");
        Assert.Equal(710m, (decimal)usd.Cell(11).GetDouble());
        Assert.Contains(await AuditReader.EntriesAsync(factory, "Export"), e => e.ObjectType == "Funds" && e.Detail!.Contains("from=2026-02-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_holds_exactly_the_filtered_rows_and_is_audited()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var tag = Tag();
        var rows = Enumerable.Range(1, 7).Select(i => ProjectRow($"E{tag}-{i}", $"导出测试{tag}-{i}", unit: i <= 5 ? "411723" : "411724", contract: i <= 2 ? 150_000m : 9_000m)).ToList();
        using (var imported = await UploadAsync(city, "/api/v1/investment/import/projects", Workbook(ProjectHeader, rows)))
        {
            Assert.Equal((7, 0, 0), await SummaryAsync(imported));
        }

        var search = Uri.EscapeDataString($"导出测试{tag}");
        var expected = (await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects?search={search}&unitCode=411723&overBillion=false")).GetProperty("total").GetInt32();
        Assert.Equal(3, expected);
        using var response = await city.GetAsync($"/api/v1/investment/projects/export?search={search}&unitCode=411723&overBillion=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal(expected, sheet.LastRowUsed().RowNumber() - 1);
            Assert.All(sheet.RowsUsed().Skip(1), r => Assert.Equal("411723", r.Cell(2).GetString()));
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "Export"), e => e.ObjectType == "Projects" && e.Detail!.Contains("rows=3", StringComparison.Ordinal) && e.Detail.Contains(tag, StringComparison.Ordinal));

        // The export carries the import columns: importing it again changes nothing.
        using var reimport = await UploadAsync(city, "/api/v1/investment/import/projects", bytes);
        Assert.Equal((0, 0, 3), await SummaryAsync(reimport));
    }

    private async Task<string> RegisterOrganisationAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>();
        var body = "914117" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "XY0";
        var code = body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);
        await directory.RegisterAsync(new NewOrganisation("导入测试投资方" + Tag(), code, "Henan", false, OrganisationTraits.None, AcknowledgeSimilar: true));
        return code;
    }

    private async Task SignAsync(string reference, DateOnly on)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var project = await db.Projects.SingleAsync(p => p.ExternalReference == reference);
        var now = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        LifecycleRules.Approve(project, StageSubmission.Create(project, ProjectStage.Signed, on, null, [], "city", now), "city", null, now);
        await db.SaveChangesAsync();
    }
}
