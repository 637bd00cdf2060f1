using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>Saves PNGs of the 三个一批 and centralised-signing pages (with a few projects of this quarter) for a person to look at.</summary>
public sealed class SupervisionBatchesScreenshotTests(TianzhongApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Screenshots_of_the_batches_and_signings_pages_are_saved()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var ids = await SeedAsync(today);

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/supervision/batches");
        await Expect(Interactive(Page, "batches-table")).ToBeVisibleAsync();
        await Interactive(Page, "batches-expand").First.ClickAsync();
        await Expect(Page.GetByTestId("batches-detail")).ToBeVisibleAsync();
        var batches = await SaveAsync("supervision-batches.png");

        await Page.GotoAsync("/supervision/signings");
        await Expect(Interactive(Page, "signings-table")).ToBeVisibleAsync();
        await Interactive(Page, "signing-row-title").First.Locator("a").ClickAsync();
        await Expect(Page.GetByTestId("signing-detail")).ToBeVisibleAsync();
        await Page.GetByText("登记集中签约活动").ClickAsync();
        await Expect(Interactive(Page, "signing-title")).ToBeVisibleAsync();
        await Interactive(Page, "signing-title").Locator("input").Or(Interactive(Page, "signing-title").And(Page.Locator("input"))).FillAsync("第二场集中签约");
        await Interactive(Page, "signing-submit").ClickAsync();
        await Expect(Page.GetByText("至少选择一个项目")).ToBeVisibleAsync();

        // Only for the picture: let the panel finish opening.
        await Page.WaitForTimeoutAsync(800);
        var signings = await SaveAsync("supervision-signings.png");

        Assert.NotEmpty(ids);
        Assert.True(new FileInfo(batches).Length > 0 && new FileInfo(signings).Length > 0);
    }

    private async Task<List<Guid>> SeedAsync(DateOnly today)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var seeds = new (string Unit, string Name, decimal Wan, int Stages)[]
        {
            ("411722", "上蔡县鞋业智能制造产业园项目", 120_000m, 3),
            ("411722", "上蔡县冷链物流中心项目", 35_000m, 1),
            ("411723", "平舆县防水材料产业园项目", 80_000m, 2),
            ("411729", "新蔡县特种机械研发制造项目", 50_000m, 1),
        };
        var projects = new List<Project>();
        foreach (var (unit, name, wan, stages) in seeds)
        {
            var project = Project.Register(unit, new ProjectFigures(name, "food", null, CapitalSource.OtherProvince, wan, null, null, null, null, null, null, null, null, null, null, null, false), now);
            db.Projects.Add(project);
            foreach (var stage in new[] { ProjectStage.Signed, ProjectStage.Started, ProjectStage.InProduction }.Take(stages))
            {
                var submission = StageSubmission.Create(project, stage, today, null, [], "seed", now);
                db.StageSubmissions.Add(submission);
                LifecycleRules.Approve(project, submission, "seed", null, now);
            }

            projects.Add(project);
        }

        await db.SaveChangesAsync();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionDb>();
        supervision.SigningEvents.Add(SigningEvent.Record("驻马店市重大项目集中签约活动", today, "天中会议中心", projects.Take(3).Select(p => SigningEventProject.Create(p.Id, p.Figures.Name, p.UnitCode, p.Figures.ContractInvestmentWan)), "seed", now));
        await supervision.SaveChangesAsync();
        return [.. projects.Select(p => p.Id)];
    }

    private async Task<string> SaveAsync(string name)
    {
        var path = Path.Combine(TianzhongApp.ScreenshotDirectory, name);
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        File.Delete(path);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
