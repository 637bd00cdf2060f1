using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class AccessTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task County_officer_is_refused_the_account_administration_page()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);

        await Page.GotoAsync("/admin/users");

        await Expect(Page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("access-denied")).ToHaveTextAsync("您的角色无权访问该页面。");
        await Expect(Page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "账户管理" })).ToHaveCountAsync(0);
    }
}
