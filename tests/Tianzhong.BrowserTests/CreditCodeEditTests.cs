using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class CreditCodeEditTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_city_officer_records_a_credit_code_and_a_malformed_one_is_refused_in_place()
    {
        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/registry/target-enterprises");
        var search = SearchBox(Page);
        await search.FillAsync("比亚迪");
        await search.PressAsync("Enter");
        await Expect(Page.GetByTestId("enterprise-total")).ToHaveTextAsync("共 1 家");

        await Page.GetByTestId("edit-credit-code").ClickAsync();
        var input = Page.GetByTestId("credit-code-editor").Locator("input[type=text]").First;
        await input.FillAsync("91440300192317458A");
        await Page.GetByTestId("save-credit-code").ClickAsync();
        await Expect(Page.GetByTestId("credit-code-editor")).ToContainTextAsync("校验位不正确");

        await input.FillAsync("91440300192317458F");
        await Page.GetByTestId("save-credit-code").ClickAsync();
        await Expect(Page.GetByTestId("credit-code-editor")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("enterprise-table")).ToContainTextAsync("91440300192317458F");
    }

    [Fact]
    public async Task A_county_officer_has_no_edit_button()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/registry/target-enterprises");
        await Expect(Interactive(Page, "enterprise-total")).ToHaveTextAsync("共 324 家");
        await Expect(Page.GetByTestId("edit-credit-code")).ToHaveCountAsync(0);
    }
}
