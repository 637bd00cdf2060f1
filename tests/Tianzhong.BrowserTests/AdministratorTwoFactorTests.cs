using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>The bootstrap administrator must enrol an authenticator app, then signs in with password and TOTP code.</summary>
public sealed class AdministratorTwoFactorTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task The_administrator_enrols_TOTP_and_then_needs_a_code_to_sign_in()
    {
        await SubmitSignInAsync(Page, "admin", TestUsers.AdminPassword);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/two-factor$"));
        await Expect(Page.GetByTestId("two-factor-required")).ToBeVisibleAsync();

        // Pages other than the enrolment stay closed until it is done.
        await Page.GotoAsync("/admin/users");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/two-factor$"));

        var key = (await Page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await Page.GetByTestId("totp-code").FillAsync("000000");
        await SubmitFormAsync(Page, Page.GetByTestId("verify-code"));
        await Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        await SubmitTotpCodeAsync(Page, key);
        await Expect(Interactive(Page, "admin-home")).ToBeVisibleAsync();

        await Page.GotoAsync("/admin/users");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "county.officer", Exact = true })).ToBeVisibleAsync();
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "users.png"), FullPage = true });

        // A new browser: the password alone is no longer enough.
        var fresh = await (await NewContextAsync()).NewPageAsync();
        await SubmitSignInAsync(fresh, "admin", TestUsers.AdminPassword);
        await Expect(fresh).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login-2fa"));
        await SubmitTotpCodeAsync(fresh, key);
        await Expect(Interactive(fresh, "admin-home")).ToBeVisibleAsync();

        // Administrators see no business data.
        await fresh.GotoAsync("/registry/target-enterprises");
        await Expect(fresh.GetByTestId("enterprise-table")).ToHaveCountAsync(0);
    }
}
