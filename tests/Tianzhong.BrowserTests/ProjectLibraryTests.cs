using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class ProjectLibraryTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_county_officer_registers_a_project_for_its_unit_and_a_bad_amount_is_refused_in_place()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-total")).ToBeVisibleAsync();
        var name = $"上蔡县鞋业产业园项目{Guid.NewGuid().ToString("N")[..6]}";

        await RegisterAsync(Page, name, "-5");
        var form = Page.GetByTestId("project-form");
        await Expect(form).ToContainTextAsync("不能为负数。");
        Assert.EndsWith("/investment/projects", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);

        await Interactive(Page, "project-contract").FillAsync("150000");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-register").ClickAsync();
        await Expect(Page.GetByTestId("project-title")).ToHaveTextAsync(name);
        await Expect(Page.GetByTestId("project-figures")).ToContainTextAsync("上蔡县");
        await Expect(Page.GetByTestId("figure-contract")).ToHaveTextAsync("150,000.00");
        await Screenshot("project-detail.png");

        await Page.GotoAsync("/investment/projects");
        await Interactive(Page, "project-search").FillAsync(name);
        await Expect(Page.GetByTestId("project-row-name")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("project-row-name")).ToContainTextAsync("10亿元以上");
        await Interactive(Page, "project-search").FillAsync(string.Empty);
        await Expect(Page.GetByTestId("project-row-name").First).ToBeVisibleAsync();
        await Screenshot("projects.png");

        await Interactive(Page, "view-board").ClickAsync();
        await Expect(Page.GetByTestId("board-Negotiating")).ToContainTextAsync(name);
        await Screenshot("project-board.png");
    }

    [Fact]
    public async Task A_stale_edit_shows_that_someone_else_changed_the_project_and_keeps_their_figures()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-total")).ToBeVisibleAsync();
        var name = $"上蔡县并发修改测试{Guid.NewGuid().ToString("N")[..6]}";
        await RegisterAsync(Page, name, "20000");
        await Expect(Page.GetByTestId("project-title")).ToHaveTextAsync(name);
        var url = Page.Url;

        var other = await Context.NewPageAsync();
        await other.GotoAsync(url);
        await Interactive(other, "project-edit").ClickAsync();
        await Interactive(Page, "project-edit").ClickAsync();

        await Interactive(other, "project-contract").FillAsync("30000");
        await Interactive(other, "project-contract").PressAsync("Tab");
        await Interactive(other, "project-save").ClickAsync();
        await Expect(other.GetByTestId("figure-contract")).ToHaveTextAsync("30,000.00");

        await Interactive(Page, "project-contract").FillAsync("40000");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-save").ClickAsync();
        await Expect(Page.GetByTestId("project-conflict")).ToContainTextAsync("该项目已被他人修改");

        await Interactive(Page, "project-reload").ClickAsync();
        await Expect(Interactive(Page, "project-contract")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^30000(\\.0+)?$"));
    }

    private static async Task RegisterAsync(IPage page, string name, string contract)
    {
        var form = page.GetByTestId("project-form");
        if (!await Interactive(page, "project-name").IsVisibleAsync())
        {
            await form.Locator(".mud-expand-panel-header").ClickAsync();
        }

        await Interactive(page, "project-name").FillAsync(name);
        await form.Locator(".mud-select:has([data-testid=project-direction])").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "服装制鞋产业" }).First.ClickAsync();

        // The popover closes once the circuit has applied the choice; filling the next field before that lets the
        // re-render that follows wipe what was typed.
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Interactive(page, "project-contract").FillAsync(contract);
        await Interactive(page, "project-contract").PressAsync("Tab");
        await Expect(Interactive(page, "project-contract")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(contract) + "(\\.0+)?$"));
        await Interactive(page, "project-register").ClickAsync();
    }

    private async Task Screenshot(string file)
    {
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, file), FullPage = true });
    }
}
