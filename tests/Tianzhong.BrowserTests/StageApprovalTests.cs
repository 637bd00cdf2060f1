using System.Text;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class StageApprovalTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_county_submits_signing_with_a_contract_the_city_approves_and_the_board_and_rates_move()
    {
        var name = $"上蔡县签约审核测试{Guid.NewGuid().ToString("N")[..6]}";
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var city = await (await NewContextAsync()).NewPageAsync();
        await SignInAsync(city, TestUsers.CityOfficer);
        var ratesBefore = await CountyRatesAsync(city);

        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-total")).ToBeVisibleAsync();
        await Page.GetByTestId("project-form").Locator(".mud-expand-panel-header").ClickAsync();
        await Interactive(Page, "project-name").FillAsync(name);
        await Page.Locator(".mud-select:has([data-testid=project-direction])").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "服装制鞋产业" }).First.ClickAsync();

        // The popover closes once the circuit has applied the choice; filling the next field before that lets the
        // re-render that follows wipe what was typed.
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Interactive(Page, "project-contract").FillAsync("80000");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-register").ClickAsync();
        await Expect(Page.GetByTestId("project-title")).ToHaveTextAsync(name);
        var projectUrl = Page.Url;

        await Page.GetByRole(AriaRole.Tab, new() { Name = "阶段与审核" }).ClickAsync();
        await Expect(Page.GetByTestId("lifecycle-submit-form")).ToBeVisibleAsync();
        await Page.Locator("[data-testid=lifecycle-submit-form] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "合同.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await Expect(Page.GetByTestId("lifecycle-file")).ToContainTextAsync("合同.pdf");
        await Interactive(Page, "lifecycle-date").FillAsync(today);
        await Interactive(Page, "lifecycle-date").PressAsync("Tab");
        await Interactive(Page, "lifecycle-submit").ClickAsync();
        await Expect(Page.GetByTestId("lifecycle-pending")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("lifecycle-stage")).ToContainTextAsync("在谈");

        await city.GotoAsync("/investment/approvals");
        // The row is matched through its interactive cell: a click on the prerendered copy of the approve button
        // would be lost when Blazor swaps in the interactive render.
        var row = city.Locator("tr", new() { Has = Interactive(city, "approval-row-project").GetByText(name) });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("approval-evidence")).ToContainTextAsync("合同.pdf");
        await Shot(city, "approvals.png");
        await row.Locator("[data-testid='approval-approve']:not([data-tz-prerendered])").ClickAsync();
        await city.GetByTestId("decision-confirm").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);

        await Page.GotoAsync(projectUrl);
        await Expect(Page.GetByTestId("project-title")).ToHaveTextAsync(name);
        await Expect(Page.GetByTestId("project-figures")).ToContainTextAsync(today);

        await city.GotoAsync("/investment/projects");
        await Interactive(city, "project-search").FillAsync(name);
        await Expect(city.GetByTestId("project-row-name")).ToHaveCountAsync(1);
        await Interactive(city, "view-board").ClickAsync();
        await Expect(city.GetByTestId("board-Signed")).ToContainTextAsync(name);
        await Expect(city.GetByTestId("board-Negotiating")).Not.ToContainTextAsync(name);

        var ratesAfter = await CountyRatesAsync(city);
        Assert.NotEqual(ratesBefore, ratesAfter);
        await Shot(city, "rates.png");
    }

    private static async Task<string> CountyRatesAsync(IPage page)
    {
        await page.GotoAsync("/investment/rates");
        var row = page.GetByTestId("rates-row").Filter(new() { HasText = "上蔡县" });
        await Expect(row).ToBeVisibleAsync();
        return await row.InnerTextAsync();
    }

    private static async Task Shot(IPage page, string file)
    {
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, file), FullPage = true });
    }
}
