using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class SupervisionSettingsTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Weights_that_do_not_add_up_are_refused_on_the_page_and_a_correct_scheme_saves()
    {
        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/supervision/settings");
        await Expect(Interactive(Page, "targets-table")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "考核方案" }).ClickAsync();
        await Expect(Interactive(Page, "scheme-save")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("weights-total")).ToHaveTextAsync("100");

        await Interactive(Page, "weight-Trips").FillAsync("10");
        await Interactive(Page, "weight-Trips").PressAsync("Tab");
        await Expect(Page.GetByTestId("weights-total")).ToHaveTextAsync("105");
        await Interactive(Page, "scheme-save").ClickAsync();
        await Expect(Page.GetByTestId("weights-error")).ToContainTextAsync("100");
        await Expect(Page.GetByTestId("settings-problem")).ToBeVisibleAsync();

        await Interactive(Page, "weight-Trips").FillAsync("5");
        await Interactive(Page, "weight-Trips").PressAsync("Tab");
        await Interactive(Page, "scheme-save").ClickAsync();
        await Expect(Page.GetByTestId("settings-notice")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("weights-error")).ToHaveCountAsync(0);

        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "supervision-settings.png"), FullPage = true });
    }
}
