using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class SecurityPoliciesPageTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task The_security_administrator_reviews_the_rules_in_force_and_the_authorization_matrix()
    {
        await SubmitSignInAsync(Page, TestUsers.SecurityOfficer.UserName, TestUsers.SecurityOfficer.Password);
        await SubmitTotpCodeAsync(Page, App.AuthenticatorKey(TestUsers.SecurityOfficer));
        await Expect(Interactive(Page, "admin-home")).ToBeVisibleAsync();

        await Page.GotoAsync("/admin/security-policies");
        await Expect(Page.GetByTestId("policy-password")).ToContainTextAsync("至少 10 个字符");
        await Expect(Page.GetByTestId("policy-lockout")).ToContainTextAsync("连续 5 次登录失败后锁定 30 分钟");
        await Expect(Page.GetByTestId("policy-matrix").GetByRole(AriaRole.Row)).ToHaveCountAsync(Tianzhong.Kernel.Security.Policies.RolesByPolicy.Count + 1);
        await Expect(Page.GetByTestId("policy-matrix")).Not.ToContainTextAsync("Policy.");
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "security-policies.png"), FullPage = true });

        // Roles are the security administrator's duty, the audit log is not.
        await Page.GotoAsync("/admin/audit");
        await Expect(Page.GetByTestId("access-denied")).ToBeVisibleAsync();
    }
}
