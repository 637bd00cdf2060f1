using System.Text.RegularExpressions;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed partial class PasswordChangeTests(TianzhongApp app) : BrowserTest(app)
{
    private const string NewPassword = "Neu!Kennw0rt#Tianzhong";

    [Fact]
    public async Task User_who_must_change_the_password_is_held_on_the_change_form_until_a_valid_one_is_chosen()
    {
        var user = TestUsers.MustChange;
        await SubmitSignInAsync(Page, user.UserName, user.Password);

        // Signing in goes to "/", which sends the user straight on to the change form.
        await Expect(Page).ToHaveURLAsync(ChangePasswordUrl());
        await Expect(Page.GetByTestId("must-change")).ToBeVisibleAsync();

        // Even typing another address leads back to the form.
        await Page.GotoAsync("/registry/target-enterprises");
        await Expect(Page).ToHaveURLAsync(ChangePasswordUrl());
        await Expect(Page.GetByTestId("must-change")).ToBeVisibleAsync();

        await Page.GetByTestId("current-password").FillAsync(user.Password);
        await Page.GetByTestId("new-password").FillAsync("Ab1!x");
        await Page.GetByTestId("confirm-password").FillAsync("Ab1!x");
        await SubmitFormAsync(Page, Page.GetByTestId("change-password"));
        await Expect(Page.GetByTestId("password-error").First).ToHaveTextAsync("密码至少需要 10 个字符。");
        await Expect(Page.GetByTestId("must-change")).ToBeVisibleAsync();

        await Page.GetByTestId("current-password").FillAsync(user.Password);
        await Page.GetByTestId("new-password").FillAsync(NewPassword);
        await Page.GetByTestId("confirm-password").FillAsync(NewPassword);
        await SubmitFormAsync(Page, Page.GetByTestId("change-password"));

        await Expect(Page).ToHaveURLAsync(HomeUrl());
        await Expect(Page.GetByTestId("figure-targets")).ToHaveTextAsync("324");

        await Page.GotoAsync("/account/change-password");
        await Expect(Page.GetByTestId("change-password")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("must-change")).ToHaveCountAsync(0);
    }

    [GeneratedRegex("/account/change-password$")]
    private static partial Regex ChangePasswordUrl();
}
