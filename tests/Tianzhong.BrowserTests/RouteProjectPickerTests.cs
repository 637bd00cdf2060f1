using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>An inspection route's project stop is picked by the project's name (a lead in talks too), not typed as an id.</summary>
public sealed class RouteProjectPickerTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_county_officer_picks_a_project_in_talks_as_a_route_stop_and_the_print_page_names_it()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var name = $"上蔡县考察在谈项目{token}";
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-total")).ToBeVisibleAsync();
        await Page.GetByTestId("project-form").Locator(".mud-expand-panel-header").ClickAsync();
        await Interactive(Page, "project-name").FillAsync(name);
        await Page.Locator(".mud-select:has([data-testid=project-direction])").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "食品加工产业" }).First.ClickAsync();
        await Interactive(Page, "project-contract").FillAsync("20000");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-register").ClickAsync();
        await Expect(Page.GetByTestId("project-title")).ToHaveTextAsync(name);

        await Page.GotoAsync("/map/routes");
        await Expect(Interactive(Page, "route-form")).ToBeVisibleAsync();
        await Interactive(Page, "route-name").FillAsync($"考察线路{token}");
        await Interactive(Page, "route-add-stop").ClickAsync();
        var stop = Page.GetByTestId("route-stop-row").First;
        await stop.Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "项目" }).First.ClickAsync();
        await Interactive(Page, "route-stop-project").FillAsync(name);
        var option = Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = name });
        await Expect(option).ToContainTextAsync("上蔡县");
        await Expect(option).ToContainTextAsync("在谈");
        await option.ClickAsync();
        await Interactive(Page, "route-save").ClickAsync();

        // The stop took the project's name as its title; the print page lists it.
        await Expect(Interactive(Page, "route-stop-title")).ToHaveValueAsync(name);
        await Expect(Interactive(Page, "route-stop-project")).ToHaveValueAsync(name);
        var row = Page.GetByTestId("route-row").Filter(new() { HasText = $"考察线路{token}" });
        var href = await row.GetByTestId("route-print").GetAttributeAsync("href");
        await Page.GotoAsync(href!);
        await Expect(Page.GetByTestId("route-print-stop")).ToContainTextAsync(name);
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "route-project-stop-print.png"), FullPage = true });
    }
}
