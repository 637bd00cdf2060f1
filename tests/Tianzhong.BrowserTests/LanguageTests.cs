using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed partial class LanguageTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Language_chosen_on_the_sign_in_page_is_remembered_on_the_account()
    {
        var user = TestUsers.LanguageSwitcher;
        await Page.GotoAsync("/account/login");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(Page.GetByTestId("sign-in")).ToHaveTextAsync("登录");

        // Blazor's enhanced navigation follows the link with fetch and patches the page in place (no page load to wait for).
        await Page.GetByTestId("language-switch").ClickAsync();

        await Expect(Page).ToHaveURLAsync(LoginUrl());
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.GetByTestId("sign-in")).ToHaveTextAsync("Sign in");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tianzhong · Zhumadian Investment and Talent Platform");
        await Expect(Page.GetByTestId("language-switch")).ToHaveTextAsync("中文");

        await FillInSignInAsync(Page, user.UserName, user.Password);
        await Expect(Page).ToHaveURLAsync(HomeUrl());
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.GetByTestId("logout")).ToHaveTextAsync("Sign out");

        await SubmitFormAsync(Page, Page.GetByTestId("logout"));
        await Expect(Page).ToHaveURLAsync(LoginUrl());

        // A different browser: no culture cookie, a Chinese Accept-Language; the account brings English back.
        var otherBrowser = await NewContextAsync();
        var page = await otherBrowser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByTestId("sign-in")).ToHaveTextAsync("登录");

        await SubmitSignInAsync(page, user.UserName, user.Password);
        await Expect(page).ToHaveURLAsync(HomeUrl());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByTestId("logout")).ToHaveTextAsync("Sign out");
        await Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("中文");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Target enterprises" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/login$")]
    private static partial Regex LoginUrl();
}
