using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class LockoutTests(TianzhongApp app) : BrowserTest(app)
{
    private const string WrongPassword = "Wr0ng!Password#2026";
    private const string Failed = "用户名或密码错误。";
    private const string Locked = "连续登录失败 5 次，账户已锁定 30 分钟。";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var user = TestUsers.LockoutVictim;
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            // Each attempt starts from a freshly loaded form, so the error checked is the answer to this attempt.
            await SubmitSignInAsync(Page, user.UserName, WrongPassword);
            await Expect(Page.GetByTestId("login-error")).ToHaveTextAsync(Failed);
        }

        await SubmitSignInAsync(Page, user.UserName, WrongPassword);
        await Expect(Page.GetByTestId("login-error")).ToHaveTextAsync(Locked);

        await SubmitSignInAsync(Page, user.UserName, user.Password);
        await Expect(Page.GetByTestId("login-error")).ToHaveTextAsync(Locked);
        Assert.True(IsPath(Page.Url, "/account/login"), "A locked account stays on the sign-in page; now at " + Page.Url);
        await Expect(Page.GetByTestId("current-user")).ToHaveCountAsync(0);
    }
}
