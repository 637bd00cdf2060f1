using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>
/// Every investment screen opens for a city officer without a logged error and shows its table, and the organisation
/// register lists the gazette's organisations; a full-page PNG of each is saved for review.
/// </summary>
public sealed class InvestmentPagesTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Each_investment_screen_opens_with_its_data_for_a_city_officer()
    {
        await SignInAsync(Page, TestUsers.CityOfficer);
        await Expect(Interactive(Page, "home-investment")).ToBeVisibleAsync();
        await SaveAsync("home-investment.png");

        await Page.GotoAsync("/investment/organisations");
        await Expect(Interactive(Page, "organisation-total")).ToContainTextAsync("324");
        await SaveAsync("organisations.png");

        var first = Page.Locator("[data-testid=organisation-row-name]:not([data-tz-prerendered]) a").First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/investment/organisations/[0-9a-f-]{36}$"));
        await Expect(Page.Locator(".mud-typography-h5").First).ToContainTextAsync(name);
        await SaveAsync("organisation.png");

        await Page.GotoAsync("/investment/funds");
        await Expect(Interactive(Page, "funds-table")).ToBeVisibleAsync();
        await SaveAsync("funds.png");

        await Page.GotoAsync("/investment/attention");
        await Expect(Page.GetByTestId("attention-row").Or(Page.GetByTestId("attention-none")).First).ToBeVisibleAsync();
        await SaveAsync("attention.png");

        await Page.GotoAsync("/investment/claims");
        await Expect(Interactive(Page, "claim-table")).ToBeVisibleAsync();
        await SaveAsync("claims.png");

        await Page.GotoAsync("/investment/approvals");
        await Expect(Interactive(Page, "approval-table")).ToBeVisibleAsync();
        await SaveAsync("approvals-queue.png");
    }

    private async Task SaveAsync(string name)
    {
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, name), FullPage = true });
    }
}
