using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>Saves full-page PNGs of the main pages into bin/screenshots for a person to look at.</summary>
public sealed class ScreenshotTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Screenshots_of_the_sign_in_home_and_target_enterprise_pages_are_saved()
    {
        var directory = TianzhongApp.ScreenshotDirectory;
        Directory.CreateDirectory(directory);

        await Page.GotoAsync("/account/login");
        await Expect(Page.GetByTestId("sign-in")).ToBeVisibleAsync();
        var login = await SaveAsync("login.png");

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Expect(Interactive(Page, "figure-targets")).ToHaveTextAsync("324");
        var home = await SaveAsync("home.png");

        await Page.GotoAsync("/registry/target-enterprises");
        await Expect(Interactive(Page, "enterprise-total")).ToHaveTextAsync("共 324 家");
        var enterprises = await SaveAsync("target-enterprises.png");

        await Page.GotoAsync("/registry/units");
        await Expect(Interactive(Page, "units-table")).ToBeVisibleAsync();
        var units = await SaveAsync("units.png");

        await Page.GotoAsync("/registry/industries");
        await Expect(Interactive(Page, "clusters-table")).ToBeVisibleAsync();
        var industries = await SaveAsync("industries.png");

        foreach (var file in new[] { login, home, enterprises, units, industries })
        {
            Assert.True(File.Exists(file), file + " was not written.");
            Assert.True(new FileInfo(file).Length > 0, file + " is empty.");
        }
    }

    private async Task<string> SaveAsync(string name)
    {
        var path = Path.Combine(TianzhongApp.ScreenshotDirectory, name);
        File.Delete(path);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
