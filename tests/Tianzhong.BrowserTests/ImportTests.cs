using ClosedXML.Excel;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class ImportTests(TianzhongApp app) : BrowserTest(app)
{
    private static readonly string[] Header = ["externalReference", "unitCode", "name", "directionCode", "source", "contractInvestmentWan", "plannedStart", "plannedProduction"];

    [Fact]
    public async Task An_import_with_one_bad_row_names_the_row_and_column_and_writes_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var rows = Enumerable.Range(1, 12)
            .Select(i => new object[] { $"BT{tag}-{i}", "411722", $"导入测试{tag}项目{i}", "food", "OtherProvince", i == 7 ? -300m : 20_000m + i, "2026-03-01", "2027-06-30" })
            .ToList();

        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/import");
        await Expect(Page.GetByTestId("import-Projects")).ToBeVisibleAsync();
        await Page.Locator("[data-testid=import-Projects] input[type=file]:not([data-tz-prerendered])").SetInputFilesAsync(new FilePayload
        {
            Name = "projects.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Workbook(rows),
        });

        await Expect(Page.GetByTestId("import-message")).ToContainTextAsync("未写入任何数据");
        var error = Page.GetByTestId("import-error-row");
        await Expect(error).ToHaveCountAsync(1);
        await Expect(error).ToContainTextAsync("8");
        await Expect(error).ToContainTextAsync("F");
        await Expect(Page.GetByTestId("import-error-report")).ToBeVisibleAsync();
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "import-errors.png"), FullPage = true });

        await Page.GotoAsync("/investment/projects");
        await Interactive(Page, "project-search").FillAsync($"导入测试{tag}");
        await Expect(Page.GetByTestId("project-total")).ToContainTextAsync("共 0 个");
    }

    private static byte[] Workbook(List<object[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("data");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Header[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).Value = rows[r][c];
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
