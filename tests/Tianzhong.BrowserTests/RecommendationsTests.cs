using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Registry.Data;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class RecommendationsTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_city_officer_follows_the_top_recommendation_and_finds_the_lead_in_the_project_library()
    {
        // A plan-listed enterprise (专栏1, headquartered in 湖南) put on the 农机装备制造 link of 装备制造产业 as a target.
        // Gazette records only: other browser tests count the organisations and the chain's links exactly.
        const string name = "中联重科股份有限公司";
        var linkId = await SeedAsync(name, "农机装备制造");

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync($"/chains/equipment/recommendations?link={linkId}");
        await Expect(Interactive(Page, "recommendations-table")).ToBeVisibleAsync();
        var top = Interactive(Page, "recommendation-row").First;
        await Expect(top.GetByTestId("recommendation-name")).ToHaveTextAsync(name);

        // 30 for the missing link it is a target of + 20 for its listing; its region is not one the plan names for the industry.
        await Expect(top.GetByTestId("recommendation-score")).ToHaveTextAsync("50");

        // The reasons, line by line.
        await top.GetByTestId("recommendation-name").ClickAsync();
        var reasons = Interactive(Page, "recommendation-reasons").First;
        await Expect(reasons).ToContainTextAsync("1 × 30 = 30");
        await Expect(reasons).ToContainTextAsync("列入专栏1");
        await Expect(reasons).ToContainTextAsync("总部在湖南，不在规划");
        await Expect(reasons).ToContainTextAsync("尚无对接记录");

        await top.GetByTestId("recommendation-follow").ClickAsync();
        await Expect(Interactive(Page, "follow-confirm")).ToBeVisibleAsync();
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "recommendations.png"), FullPage = true });
        await Interactive(Page, "follow-confirm").ClickAsync();
        await Expect(Page.GetByTestId("recommendation-followed")).ToContainTextAsync(name);

        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-search")).ToBeVisibleAsync();
        await Interactive(Page, "project-search").FillAsync(name);
        await Expect(Page.GetByTestId("project-row-name")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("project-row-name")).ToContainTextAsync(name);
        await Expect(Page.GetByTestId("project-row-name")).ToContainTextAsync("精准招商线索");
    }

    private async Task<Guid> SeedAsync(string organisationName, string linkName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var organisation = await scope.ServiceProvider.GetRequiredService<RegistryDb>().Organisations.SingleAsync(o => o.Name == organisationName);
        var chains = scope.ServiceProvider.GetRequiredService<ChainsDb>();
        var chain = await chains.Chains.SingleAsync(c => c.Code == "equipment");
        var link = await chains.Links.SingleAsync(l => l.ChainId == chain.Id && l.Name == linkName);
        chains.Attachments.Add(LinkAttachment.Organisation(chain.Id, link.Id, AttachmentKind.TargetEnterprise, organisation.Id, organisation.Name, null, "test", DateTime.UnixEpoch));
        await chains.SaveChangesAsync();
        return link.Id;
    }
}
