using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class AuditLogPageTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task The_audit_administrator_filters_the_log_and_verifies_the_chain()
    {
        // Something to find: a failed sign-in by the city officer.
        await SubmitSignInAsync(Page, TestUsers.CityOfficer.UserName, "Wrong!Passw0rd#0");
        await Expect(Page.GetByTestId("login-error")).ToBeVisibleAsync();

        var page = await (await NewContextAsync()).NewPageAsync();
        await SubmitSignInAsync(page, TestUsers.Auditor.UserName, TestUsers.Auditor.Password);
        await SubmitTotpCodeAsync(page, App.AuthenticatorKey(TestUsers.Auditor));
        await Expect(Interactive(page, "admin-home")).ToBeVisibleAsync();

        await page.GotoAsync("/admin/audit");
        await Expect(Interactive(page, "audit-user")).ToBeVisibleAsync();
        await Interactive(page, "audit-user").FillAsync(TestUsers.CityOfficer.UserName);
        await Interactive(page, "audit-search").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "登录失败", Exact = true }).First).ToBeVisibleAsync();
        // Filtered to one user: the auditor's own sign-in, the newest entry, is no longer listed.
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = TestUsers.Auditor.UserName, Exact = true })).ToHaveCountAsync(0);

        await Interactive(page, "audit-verify").ClickAsync();
        await Expect(page.GetByTestId("audit-verify-result")).ToContainTextAsync("哈希链完整");

        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "audit.png"), FullPage = true });

        // The auditor sees no business data and no account administration.
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
    }
}
