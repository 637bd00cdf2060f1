using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class TripsPageTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_county_officer_records_a_trip_with_one_visit_and_sees_it_in_the_weeks_roll_up()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/supervision/trips");
        await Expect(Interactive(Page, "week-table")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("week-row")).ToHaveCountAsync(1);

        var form = Page.GetByTestId("trip-form");
        await form.Locator(".mud-expand-panel-header").ClickAsync();
        await Expect(Interactive(Page, "trip-save")).ToBeVisibleAsync();

        // Saving with the leader left out shows the field's message in place.
        await Interactive(Page, "trip-save").ClickAsync();
        await Expect(form).ToContainTextAsync("必填。");

        var leader = $"张{Guid.NewGuid().ToString("N")[..4]}";
        await Interactive(Page, "trip-leader").FillAsync(leader);
        await Interactive(Page, "trip-post").FillAsync("县长");
        await Interactive(Page, "trip-destination").FillAsync("广东省深圳市");
        await Interactive(Page, "trip-contacts").FillAsync("比亚迪股份有限公司副总裁");
        await Interactive(Page, "trip-outcome").FillAsync("洽谈新能源汽车零部件项目，对方同意下月来县考察");

        // Leave the text field first, so its change reaches the circuit before the click that adds a visit row.
        await Interactive(Page, "trip-outcome").PressAsync("Tab");
        await Interactive(Page, "visit-add").ClickAsync();
        await Expect(Interactive(Page, "visit-organisation")).ToBeVisibleAsync();
        await Interactive(Page, "visit-organisation").FillAsync("比亚迪");
        var choice = Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "比亚迪" }).First;
        await choice.ClickAsync();

        // On a cold start the list can re-render under the click (a late search result), and Blazor drops a click on
        // the element it replaced; the list then stays open. The user clicks again.
        var openList = Page.Locator(".mud-popover-open");
        try
        {
            await Expect(openList).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        }
        catch (PlaywrightException)
        {
            await choice.ClickAsync();
        }

        await Expect(openList).ToHaveCountAsync(0);
        await Interactive(Page, "visit-followup").FillAsync("寄送园区招商方案");

        // Blur rather than Tab: Tab would focus the next-date picker, whose popover can open over the save button.
        await Interactive(Page, "visit-followup").BlurAsync();

        // Should any popover's overlay still cover the page (it covered the save button in CI runs), a click on the
        // overlay is how a user closes it: bottom right, where the app bar and the navigation (drawn above it) are not.
        var overlay = Page.Locator(".mud-popover-provider .mud-overlay");
        try
        {
            await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        }
        catch (PlaywrightException)
        {
            var viewport = Page.ViewportSize!;
            await Page.Mouse.ClickAsync(viewport.Width - 8, viewport.Height - 8);
        }

        await Expect(overlay).ToHaveCountAsync(0);
        await Expect(Interactive(Page, "visit-organisation")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("比亚迪"));
        await Interactive(Page, "trip-save").ClickAsync();

        await Expect(Page.GetByTestId("trip-saved")).ToBeVisibleAsync();
        var row = Page.GetByTestId("week-row");
        await Expect(row).ToHaveAttributeAsync("data-unit", "411722");
        await Expect(row.GetByTestId("week-row-trips")).ToHaveTextAsync("1");
        await Expect(row.GetByTestId("week-row-organisations")).ToHaveTextAsync("1");
        await Expect(Page.GetByTestId("week-trip")).ToContainTextAsync(leader);
        await Expect(Page.GetByTestId("week-trip")).ToContainTextAsync("比亚迪");
        await Expect(Page.GetByTestId("trip-row-leader").First).ToHaveTextAsync(leader);

        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "supervision-trips.png"), FullPage = true });
    }
}
