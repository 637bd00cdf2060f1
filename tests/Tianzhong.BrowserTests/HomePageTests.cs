using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class HomePageTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task City_officer_signs_in_and_the_home_page_shows_324_target_enterprises()
    {
        await SubmitSignInAsync(Page, TestUsers.CityOfficer.UserName, TestUsers.CityOfficer.Password);

        await Expect(Page).ToHaveURLAsync(HomeUrl());
        await Expect(Page.GetByTestId("figure-targets")).ToHaveTextAsync("324");
        await Expect(Page.GetByTestId("figure-units")).ToHaveTextAsync("10");
        await Expect(Page.GetByTestId("current-user")).ToHaveTextAsync(TestUsers.CityOfficer.DisplayName);
    }
}
