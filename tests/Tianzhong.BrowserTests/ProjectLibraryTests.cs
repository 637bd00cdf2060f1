using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class ProjectLibraryTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_county_officer_registers_a_project_for_its_unit_and_a_bad_amount_is_refused_in_place()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-total")).ToBeVisibleAsync();

        var form = Page.GetByTestId("project-form");
        await Interactive(Page, "project-name").FillAsync("上蔡县鞋业产业园项目");
        await form.Locator(".mud-select").Filter(new() { Has = Page.GetByTestId("project-direction") }).Or(form.Locator(".mud-select:has([data-testid=project-direction])")).First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "服装制鞋产业" }).First.ClickAsync();
        await Interactive(Page, "project-contract").FillAsync("-5");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-register").ClickAsync();
        await Expect(form).ToContainTextAsync("不能为负数。");
        await Expect(Page.GetByTestId("project-row-name")).ToHaveCountAsync(0);

        await Interactive(Page, "project-contract").FillAsync("150000");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-register").ClickAsync();
        await Expect(Page.GetByTestId("project-row-name")).ToContainTextAsync("上蔡县鞋业产业园项目");
        await Expect(Page.GetByTestId("project-row-name")).ToContainTextAsync("10亿元以上");
        await Expect(Page.GetByTestId("project-table")).ToContainTextAsync("上蔡县");

        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "projects.png"), FullPage = true });
    }
}
