using System.Text.RegularExpressions;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed partial class TargetEnterpriseSearchTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task City_officer_searches_target_enterprises_by_Chinese_name()
    {
        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/registry/target-enterprises");
        await Expect(Interactive(Page, "enterprise-total")).ToHaveTextAsync("共 324 家");

        var search = SearchBox(Page);
        await search.FillAsync("比亚迪");
        await search.PressAsync("Enter");

        await Expect(Page.GetByTestId("enterprise-total")).ToHaveTextAsync("共 1 家");
        await Expect(Page.GetByTestId("enterprise-name")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("enterprise-name")).ToContainTextAsync("比亚迪股份有限公司");

        await search.FillAsync("中国");
        await search.PressAsync("Enter");

        await Expect(Page.GetByTestId("enterprise-total")).ToHaveTextAsync(MoreThanOne());
        var total = await ReadTotalAsync(Page);

        // One page of at most 20 rows; the search also matches the names as printed in the plan, so no check on each name.
        await Expect(Page.GetByTestId("enterprise-name")).ToHaveCountAsync(Math.Min(total, 20));
    }

    // "共 N 家" with N of 2 or more.
    [GeneratedRegex(@"^共 ([2-9]|[1-9]\d+) 家$")]
    private static partial Regex MoreThanOne();
}
