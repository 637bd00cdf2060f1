using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class ExportTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Export_of_a_search_downloads_exactly_the_organisations_the_page_counts()
    {
        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/registry/target-enterprises");
        await Expect(Interactive(Page, "enterprise-total")).ToHaveTextAsync("共 324 家");

        var search = SearchBox(Page);
        await search.FillAsync("集团");
        await search.PressAsync("Enter");

        // The link carries the search and the total has left the unfiltered 324: the filtered result is on screen.
        var export = Interactive(Page, "export-xlsx");
        await Expect(export).ToHaveAttributeAsync("href", new Regex("search=" + Uri.EscapeDataString("集团")));
        await Expect(Page.GetByTestId("enterprise-total")).Not.ToHaveTextAsync("共 324 家");
        var total = await ReadTotalAsync(Page);
        Assert.InRange(total, 1, 323);

        var download = await Page.RunAndWaitForDownloadAsync(() => export.ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var file = Path.Combine(Path.GetTempPath(), "tianzhong-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var workbook = new XLWorkbook(file);
            var sheet = workbook.Worksheet(1);
            Assert.Equal("企业（机构）名称", sheet.Cell(1, 1).GetString());

            var lastRow = sheet.LastRowUsed().RowNumber();
            var names = Enumerable.Range(2, lastRow - 1).Select(row => sheet.Cell(row, 1).GetString()).ToList();
            Assert.Equal(total, names.Count);
            Assert.All(names, name => Assert.Contains("集团", name, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
