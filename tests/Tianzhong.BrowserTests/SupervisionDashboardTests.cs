using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Features.Schemes;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>
/// The supervision dashboards draw their ECharts charts: the city's (completion, ranking, trend, funnel, clusters) for
/// a city officer, and a county officer's own unit dashboard (indicators against target and average, rank over the
/// closed months). The year 2025 belongs to this test: January and February are closed, March is open.
/// </summary>
public sealed class SupervisionDashboardTests(TianzhongApp app) : BrowserTest(app)
{
    private const int Year = 2025;

    /// <summary>The chart's series as ECharts holds them: [{ type, name, points }] (null when the chart is not drawn yet).</summary>
    private const string ReadSeriesScript = """
        testId => {
          const element = document.querySelector(`[data-testid='${testId}']:not([data-tz-prerendered])`);
          const chart = element && echarts.getInstanceByDom(element);
          if (!chart) return null;
          return chart.getOption().series.map(s => ({
            type: s.type,
            name: s.name ?? '',
            points: (s.data ?? []).map(v => v !== null && typeof v === 'object' ? v.value : v).filter(v => v !== null && v !== undefined && v !== '-').length,
            markLine: !!(s.markLine && s.markLine.data && s.markLine.data.length),
          }));
        }
        """;

    /// <summary>How many pixels of the chart's canvas are painted, and in how many colours.</summary>
    private const string CanvasPixelsScript = """
        testId => {
          const canvas = document.querySelector(`[data-testid='${testId}']:not([data-tz-prerendered]) canvas`);
          if (!canvas) return null;
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          const colours = new Set();
          for (let i = 0; i < pixels.length; i += 4) {
            if (pixels[i + 3] > 0) {
              painted++;
              colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
            }
          }
          return { width: canvas.width, height: canvas.height, painted, colours: colours.size };
        }
        """;

    [Fact]
    public async Task The_city_and_unit_dashboards_draw_their_charts()
    {
        await SeedAsync();

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync($"/supervision/dashboard?year={Year}&month=3");
        await Expect(Interactive(Page, "dashboard-ranking-table")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("dashboard-state")).ToContainTextAsync("2025");

        var completion = await SeriesAsync("dashboard-completion-chart");
        Assert.Equal(3, completion.Count);
        Assert.All(completion, s => Assert.Equal("bar", s.Type));
        Assert.True(completion[0].MarkLine, "The completion chart has no time-progress line.");
        Assert.Contains(completion, s => s.Points > 0);
        var ranking = await SeriesAsync("dashboard-ranking-chart");
        Assert.Equal(13, Assert.Single(ranking).Points);
        var trend = await SeriesAsync("dashboard-trend-chart");
        Assert.Equal(["bar", "bar", "line", "line", "line"], trend.Select(s => s.Type));
        Assert.All(trend, s => Assert.Equal(3, s.Points));
        Assert.Equal(4, Assert.Single(await SeriesAsync("dashboard-funnel-chart")).Points);
        var clusters = await SeriesAsync("dashboard-clusters-chart");
        Assert.Equal(2, clusters.Count);
        Assert.All(clusters, s => Assert.Equal(9, s.Points));
        foreach (var chart in new[] { "dashboard-completion-chart", "dashboard-ranking-chart", "dashboard-trend-chart", "dashboard-funnel-chart", "dashboard-clusters-chart" })
        {
            await AssertPaintedAsync(chart);
        }

        Assert.Equal(13, await Page.GetByTestId("dashboard-ranking-row").CountAsync());
        Assert.Equal(3, await Page.GetByTestId("dashboard-trend-row").CountAsync());
        await Expect(Page.GetByTestId("dashboard-trend-row").Nth(2)).ToContainTextAsync("未报送");
        await SaveAsync(Page, "supervision-dashboard-city.png");

        // A county officer asking for the city view lands on its own unit's dashboard.
        await using var countyContext = await NewContextAsync();
        var county = await countyContext.NewPageAsync();
        await SignInAsync(county, TestUsers.CountyOfficer);
        await county.GotoAsync($"/supervision/dashboard?year={Year}&month=3");
        await Expect(county).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/supervision/dashboard/units/411722"));
        await Expect(Interactive(county, "unit-indicators-table")).ToBeVisibleAsync();
        await Expect(county.GetByTestId("unit-dashboard-title")).ToContainTextAsync("上蔡县");

        var money = await SeriesAsync("unit-money-chart", county);
        Assert.Equal(3, money.Count);
        Assert.All(money, s => Assert.Equal(2, s.Points)); // 省外 and 市外: the unit, its plan targets, the average of units
        var counts = await SeriesAsync("unit-count-chart", county);
        Assert.Equal(3, counts.Count);
        Assert.Equal(5, counts[0].Points); // 亿元以上, 10亿元以上, started, in production, trips
        var rank = await SeriesAsync("unit-rank-chart", county);
        Assert.Equal(["line", "bar"], rank.Select(s => s.Type));
        Assert.All(rank, s => Assert.Equal(3, s.Points)); // January and February closed, March provisional
        Assert.Equal(3, await county.GetByTestId("unit-rank-row").CountAsync());
        foreach (var chart in new[] { "unit-money-chart", "unit-count-chart", "unit-rank-chart" })
        {
            await AssertPaintedAsync(chart, county);
        }

        await SaveAsync(county, "supervision-dashboard-unit.png");

        // Another unit's dashboard is refused to the county.
        await county.GotoAsync($"/supervision/dashboard/units/411723?year={Year}&month=3");
        await Expect(county.GetByTestId("unit-dashboard-problem")).ToBeVisibleAsync();
    }

    private async Task<List<Series>> SeriesAsync(string testId, IPage? page = null)
    {
        page ??= Page;
        await Expect(page.Locator($"[data-testid='{testId}']:not([data-tz-prerendered]) canvas")).ToBeVisibleAsync();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var json = await page.EvaluateAsync<JsonElement>(ReadSeriesScript, testId);
            if (json.ValueKind == JsonValueKind.Array && json.GetArrayLength() > 0)
            {
                return [.. json.EnumerateArray().Select(s => new Series(s.GetProperty("type").GetString()!, s.GetProperty("name").GetString()!, s.GetProperty("points").GetInt32(), s.GetProperty("markLine").GetBoolean()))];
            }

            await page.WaitForTimeoutAsync(150);
        }

        Assert.Fail($"The chart {testId} was never drawn.");
        return [];
    }

    private async Task AssertPaintedAsync(string testId, IPage? page = null)
    {
        var canvas = await (page ?? Page).EvaluateAsync<JsonElement>(CanvasPixelsScript, testId);
        Assert.True(canvas.ValueKind == JsonValueKind.Object, $"{testId} has no canvas.");
        Assert.True(canvas.GetProperty("width").GetInt32() > 0 && canvas.GetProperty("height").GetInt32() > 0, $"{testId}'s canvas has no size: {canvas}");
        Assert.True(canvas.GetProperty("painted").GetInt32() > 3_000, $"{testId}'s canvas is (nearly) blank: {canvas}");
        Assert.True(canvas.GetProperty("colours").GetInt32() >= 3, $"{testId}'s canvas shows too few colours: {canvas}");
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await page.SetViewportSizeAsync(1440, 900);
        await page.WaitForTimeoutAsync(400); // only for the picture: let the charts follow the new width
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, name), FullPage = true });
    }

    /// <summary>Projects in several units and clusters in January–March 2025, plan A's targets, and January and February closed.</summary>
    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var seeds = new (string Unit, string Name, string Direction, decimal Wan, int Month, int Stages, decimal Funds, CapitalSource Source)[]
        {
            ("411722", "上蔡县看板演示鞋业产业园", "apparel-footwear", 150_000m, 1, 3, 60_000m, CapitalSource.OtherProvince),
            ("411722", "上蔡县看板演示冷链物流", "food", 35_000m, 2, 1, 8_000m, CapitalSource.OtherCityInProvince),
            ("411723", "平舆县看板演示防水材料", "building-materials", 80_000m, 1, 2, 30_000m, CapitalSource.OtherProvince),
            ("411729", "新蔡县看板演示特种机械", "equipment", 50_000m, 2, 2, 12_000m, CapitalSource.OtherProvince),
            ("411725", "确山县看板演示提琴制造", "outdoor-leisure", 20_000m, 3, 1, 5_000m, CapitalSource.OtherProvince),
            ("411702", "驿城区看板演示装备制造", "equipment", 120_000m, 2, 3, 45_000m, CapitalSource.OtherProvince),
            ("411726", "泌阳县看板演示生物医药", "biomedicine", 60_000m, 3, 1, 0m, CapitalSource.OtherProvince),
            ("411728", "遂平县看板演示电动车", "electric-vehicles", 40_000m, 1, 2, 9_000m, CapitalSource.OtherCityInProvince),
        };
        foreach (var (unit, name, direction, wan, month, stages, funds, source) in seeds)
        {
            var project = Project.Register(unit, new ProjectFigures(name, direction, null, source, wan, null, null, null, null, null, null, null, null, null, null, null, false), now);
            db.Projects.Add(project);
            var stage = 0;
            foreach (var s in new[] { ProjectStage.Signed, ProjectStage.Started, ProjectStage.InProduction }.Take(stages))
            {
                var submission = StageSubmission.Create(project, s, new DateOnly(Year, Math.Min(3, month + stage), 5 + stage), null, [], "seed", now);
                db.StageSubmissions.Add(submission);
                LifecycleRules.Approve(project, submission, "seed", null, now);
                stage++;
            }

            if (funds > 0)
            {
                var record = FundsRecord.Record(project, new DateOnly(Year, month, 20), source, FundsRules.Yuan, funds, 1m, "seed");
                FundsRules.Verify(record, true, "seed", "seed", now);
                db.Funds.Add(record);
            }
        }

        await db.SaveChangesAsync();

        await scope.ServiceProvider.GetRequiredService<Targets>().ApplyPlanDefaultsAsync(Year, CancellationToken.None);
        var reports = scope.ServiceProvider.GetRequiredService<ReportCommands>();
        var close = scope.ServiceProvider.GetRequiredService<MonthClose>();
        var units = await scope.ServiceProvider.GetRequiredService<IUnitDirectory>().ListUnitsAsync();
        foreach (var month in new[] { 1, 2 })
        {
            var period = new ReportingPeriod(Year, month);
            foreach (var unit in units)
            {
                var submitted = await reports.SubmitAsync(unit.Code, period, new SaveReportRequest("seed", 0), CancellationToken.None);
                await reports.ApproveAsync(unit.Code, period, new DecideReportRequest(null, submitted.Version), CancellationToken.None);
            }

            await close.CloseAsync(period, CancellationToken.None);
        }
    }

    private sealed record Series(string Type, string Name, int Points, bool MarkLine);
}
