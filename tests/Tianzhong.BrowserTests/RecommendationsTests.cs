using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

public sealed class RecommendationsTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_city_officer_follows_the_top_recommendation_and_finds_the_lead_in_the_project_library()
    {
        // A link of 装备制造产业's chain with one target enterprise: listed in box 1, in 广东, 500强 + listed + leader.
        var name = $"推荐测试{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}装备集团";
        var linkId = await SeedAsync(name);

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync($"/chains/equipment/recommendations?link={linkId}");
        await Expect(Interactive(Page, "recommendations-table")).ToBeVisibleAsync();
        var top = Interactive(Page, "recommendation-row").First;
        await Expect(top.GetByTestId("recommendation-name")).ToHaveTextAsync(name);
        await Expect(top.GetByTestId("recommendation-score")).ToHaveTextAsync("75");

        // The reasons, line by line.
        await top.GetByTestId("recommendation-name").ClickAsync();
        var reasons = Interactive(Page, "recommendation-reasons").First;
        await Expect(reasons).ToContainTextAsync("1 × 30 = 30");
        await Expect(reasons).ToContainTextAsync("列入专栏1");
        await Expect(reasons).ToContainTextAsync("广东");
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

    private async Task<Guid> SeedAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var registry = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        var organisation = Organisation.Register(name, OrganisationKind.Enterprise, "广东", false, null, OrganisationTraits.Global500 | OrganisationTraits.Listed | OrganisationTraits.IndustryLeader);
        organisation.SetListings([new OrganisationListing(1, "equipment", null, name)]);
        registry.Organisations.Add(organisation);
        await registry.SaveChangesAsync();

        var chains = scope.ServiceProvider.GetRequiredService<ChainsDb>();
        var chain = await chains.Chains.FirstOrDefaultAsync(c => c.Code == "equipment");
        if (chain is null)
        {
            chain = IndustryChain.Create("equipment", "装备制造产业链", 1);
            chains.Chains.Add(chain);
        }

        var link = ChainLink.Create(chain.Id, null, $"测试环节{name[^8..]}", ChainSegment.Midstream, 99, null);
        chains.Links.Add(link);
        chains.Attachments.Add(LinkAttachment.Organisation(chain.Id, link.Id, AttachmentKind.TargetEnterprise, organisation.Id, name, null, "test", DateTime.UnixEpoch));
        await chains.SaveChangesAsync();
        return link.Id;
    }
}
