using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Reports;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>
/// The month as the issue describes it: a county submits, the city returns it, the county resubmits, the city approves
/// and closes the month, and the monthly bulletin downloads. June 2025 is used by no other browser test.
/// </summary>
public sealed class MonthlyReportFlowTests(TianzhongApp app) : BrowserTest(app)
{
    private static readonly ReportingPeriod June = new(2025, 6);

    [Fact]
    public async Task A_county_submits_the_city_returns_the_county_resubmits_the_city_approves_and_closes_and_the_bulletin_downloads()
    {
        await SeedAsync();
        const string reports = "/supervision/reports?year=2025&month=6";

        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync(reports);
        await Expect(Interactive(Page, "report-submit")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("report-totals-own")).ToContainTextAsync("800.00");
        await Interactive(Page, "report-narrative").FillAsync("六月新签约项目1个，到位省外资金800万元。");
        await Interactive(Page, "report-submit").ClickAsync();
        await Expect(Page.GetByTestId("report-status")).ToHaveTextAsync("已报送");
        await Shot(Page, "supervision-report-county.png");

        var city = await (await NewContextAsync()).NewPageAsync();
        await SignInAsync(city, TestUsers.CityOfficer);
        await city.GotoAsync(reports);
        await Expect(Interactive(city, "month-units")).ToBeVisibleAsync();
        await city.GetByTestId("month-unit-name").GetByText("上蔡县").ClickAsync();
        await Expect(city.GetByTestId("report-title")).ToContainTextAsync("上蔡县");
        await Interactive(city, "report-decision-opinion").FillAsync("请补充外出招商情况");
        await Interactive(city, "report-return").ClickAsync();
        await Expect(city.GetByTestId("report-status")).ToHaveTextAsync("已退回");
        await Expect(Interactive(city, "month-close")).ToBeDisabledAsync();

        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("report-opinion")).ToContainTextAsync("请补充外出招商情况");
        await Interactive(Page, "report-narrative").FillAsync("六月新签约项目1个，到位省外资金800万元；县长赴深圳招商1次。");
        await Interactive(Page, "report-submit").ClickAsync();
        await Expect(Page.GetByTestId("report-status")).ToHaveTextAsync("已报送");

        await city.ReloadAsync();
        await Expect(Interactive(city, "month-units")).ToBeVisibleAsync();
        await city.GetByTestId("month-unit-name").GetByText("上蔡县").ClickAsync();
        await Expect(city.GetByTestId("report-narrative")).ToHaveValueAsync("六月新签约项目1个，到位省外资金800万元；县长赴深圳招商1次。");
        await Interactive(city, "report-approve").ClickAsync();
        await Expect(city.GetByTestId("report-status")).ToHaveTextAsync("已审核");
        await Interactive(city, "month-close").ClickAsync();
        await Expect(city.GetByTestId("month-closed")).ToBeVisibleAsync();
        await Shot(city, "supervision-reports-closed.png");

        await city.GotoAsync("/supervision/rankings?year=2025&month=6");
        await Expect(city.GetByTestId("rankings-state")).ToContainTextAsync("已关账");
        await Expect(Interactive(city, "ranking-table")).ToBeVisibleAsync();
        await Expect(city.GetByTestId("ranking-unit").First).ToHaveTextAsync("上蔡县");
        await city.GetByTestId("ranking-unit").First.ClickAsync();
        await Expect(city.GetByTestId("ranking-explanation")).ToContainTextAsync("上蔡县");
        await Shot(city, "supervision-rankings.png");

        var download = await city.RunAndWaitForDownloadAsync(() => Interactive(city, "rankings-bulletin").ClickAsync());
        var path = await download.PathAsync();
        using var document = WordprocessingDocument.Open(path!, false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "全市招商引资工作月通报");
        var first = body.Descendants<Table>().First().Elements<TableRow>().Skip(1).First().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["1", "上蔡县"], first.Take(2));

        await city.GotoAsync("/supervision/assessment?year=2025");
        await Expect(Interactive(city, "assessment-table")).ToBeVisibleAsync();
        await Expect(city.GetByTestId("assessment-unit")).ToHaveCountAsync(13);
        await Shot(city, "supervision-assessment.png");
    }

    /// <summary>A project of 上蔡县 with June funds, and every other unit's June report submitted and approved.</summary>
    private async Task SeedAsync()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var figures = new ProjectFigures("上蔡县月报流程测试项目", "apparel-footwear", "19", CapitalSource.OtherProvince, 30_000m, null, null, null, null, null, null, null, null, null, null, null, false);
            var project = Project.Register("411722", figures, now);
            db.Projects.Add(project);
            var submission = StageSubmission.Create(project, ProjectStage.Signed, new DateOnly(2025, 6, 10), null, [], "seed", now);
            db.StageSubmissions.Add(submission);
            LifecycleRules.Approve(project, submission, "seed", null, now);
            var funds = FundsRecord.Record(project, new DateOnly(2025, 6, 12), CapitalSource.OtherProvince, FundsRules.Yuan, 800m, 1m, "seed");
            FundsRules.Verify(funds, true, "seed", "seed", now);
            db.Funds.Add(funds);
            await db.SaveChangesAsync();
        }

        foreach (var unit in new[] { "411702", "411721", "411723", "411724", "411725", "411726", "411727", "411728", "411729", "ZMD-SFQ", "411771", "ZMD-GXQ" })
        {
            await using var scope = App.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            var commands = scope.ServiceProvider.GetRequiredService<ReportCommands>();
            var submitted = await commands.SubmitAsync(unit, June, new SaveReportRequest(string.Empty, 0), CancellationToken.None);
            await commands.ApproveAsync(unit, June, new DecideReportRequest(null, submitted.Version), CancellationToken.None);
        }
    }

    private static async Task Shot(IPage page, string file)
    {
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, file), FullPage = true });
    }
}
