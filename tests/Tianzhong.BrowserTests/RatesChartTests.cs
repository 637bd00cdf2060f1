using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>
/// The plan rates page draws its ECharts bar chart (EChart component, echarts.min.js served by the app) from the
/// figures of its table, draws real pixels on the canvas, and redraws when the page loads new figures.
/// </summary>
public sealed class RatesChartTests(TianzhongApp app) : BrowserTest(app)
{
    // 汝南县 and 正阳县: no other browser test puts projects there (keep it so: the chart's empty-unit check reads 正阳县);
    // StageApprovalTests watches 上蔡县's row only.
    private const string FirstUnit = "411727";
    private const string LaterUnit = "411724";

    private const string Chart = "[data-testid='rates-chart']:not([data-tz-prerendered])";

    /// <summary>The chart's categories and series as ECharts holds them: { labels, names, data[series][category] }.</summary>
    private const string ReadChartScript = """
        () => {
          const element = document.querySelector("[data-testid='rates-chart']:not([data-tz-prerendered])");
          const chart = element && echarts.getInstanceByDom(element);
          if (!chart) return null;
          const option = chart.getOption();
          return {
            labels: option.xAxis[0].data,
            names: option.series.map(s => s.name),
            data: option.series.map(s => s.data.map(v => v === null || v === undefined || v === '-' ? null : Number(v))),
          };
        }
        """;

    /// <summary>The table's headers and cells; a rate cell is a number in percent or null for "-".</summary>
    private const string ReadTableScript = """
        () => {
          const table = document.querySelector("[data-testid='rates-table']:not([data-tz-prerendered])");
          if (!table) return null;
          const headers = [...table.querySelectorAll('thead th')].slice(1).map(th => th.innerText.trim());
          const rows = [...table.querySelectorAll("tbody tr")].map(tr => [...tr.querySelectorAll(':scope > td')].map(td => td.innerText.trim()));
          return {
            labels: rows.map(r => r[0]),
            names: headers,
            data: headers.map((_, i) => rows.map(r => r[i + 1] === '-' ? null : Number(r[i + 1].replace(/[%,\s]/g, '')))),
          };
        }
        """;

    /// <summary>How many pixels of the chart's canvas are painted, and its size.</summary>
    private const string CanvasPixelsScript = """
        () => {
          const canvas = document.querySelector("[data-testid='rates-chart']:not([data-tz-prerendered]) canvas");
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
    public async Task The_rates_chart_draws_the_tables_figures_and_follows_new_ones()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await ProjectAsync(FirstUnit, "汝南县图表测试甲", 10_000m, today, started: true, inProduction: true, fundsWan: 6_000m);
        await ProjectAsync(FirstUnit, "汝南县图表测试乙", 5_000m, today, started: false, inProduction: false, fundsWan: null);

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/investment/rates");
        await Expect(Interactive(Page, "rates-table")).ToBeVisibleAsync();
        await Expect(Page.Locator(Chart + " canvas")).ToBeVisibleAsync();

        var first = await ChartMatchingTableAsync();
        Assert.Equal(6, first.Names.Count);
        Assert.Equal(14, first.Labels.Count); // the city, then its 13 units, as in the table
        Assert.Contains(first.Data, series => series[first.Labels.IndexOf("汝南县")] > 0);
        Assert.All(first.Data, series => Assert.Null(series[first.Labels.IndexOf("正阳县")])); // "-": no bar, not a zero one

        var canvas = await Page.EvaluateAsync<JsonElement>(CanvasPixelsScript);
        Assert.True(canvas.GetProperty("width").GetInt32() > 0 && canvas.GetProperty("height").GetInt32() > 0, "The chart's canvas has no size: " + canvas);
        Assert.True(canvas.GetProperty("painted").GetInt32() > 5_000, "The chart's canvas is (nearly) blank: " + canvas);
        Assert.True(canvas.GetProperty("colours").GetInt32() >= 6, "The chart's canvas shows too few colours for six series: " + canvas);

        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "rates-chart.png"), FullPage = true });

        // New figures (the same period, loaded again): the component passes the new option to the same chart.
        await ProjectAsync(LaterUnit, "正阳县图表测试", 8_000m, today, started: true, inProduction: false, fundsWan: 2_000m);
        await Interactive(Page, "rates-apply").ClickAsync();
        var later = await ChartMatchingTableAsync(until: chart => chart.Data.Any(series => series[chart.Labels.IndexOf("正阳县")] is not null));
        Assert.Contains(later.Data, series => series[later.Labels.IndexOf("正阳县")] > 0);
    }

    /// <summary>Waits until the chart shows exactly the table's figures (and, if given, a further condition), and returns them.</summary>
    private async Task<Figures> ChartMatchingTableAsync(Func<Figures, bool>? until = null)
    {
        Figures? chart = null;
        Figures? table = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            chart = Read(await Page.EvaluateAsync<JsonElement>(ReadChartScript));
            table = Read(await Page.EvaluateAsync<JsonElement>(ReadTableScript));
            if (chart is not null && table is not null && chart.SameAs(table) && (until?.Invoke(chart) ?? true))
            {
                return chart;
            }

            await Page.WaitForTimeoutAsync(150);
        }

        Assert.Fail($"The chart never showed the table's figures.{Environment.NewLine}Chart: {chart}{Environment.NewLine}Table: {table}");
        return null!;
    }

    private static Figures? Read(JsonElement json) => json.ValueKind != JsonValueKind.Object
        ? null
        : new Figures(
            [.. json.GetProperty("labels").EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            [.. json.GetProperty("names").EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            [.. json.GetProperty("data").EnumerateArray().Select(s => (IReadOnlyList<double?>)[.. s.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null)])]);

    /// <summary>A project with its stages approved on the given day, registered directly as the system user.</summary>
    private async Task ProjectAsync(string unitCode, string name, decimal contractWan, DateOnly on, bool started, bool inProduction, decimal? fundsWan)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var figures = new ProjectFigures(name, "food", null, CapitalSource.OtherProvince, contractWan, null, null, null, null, null, null, null, null, null, null, null, false);
        var project = Project.Register(unitCode, figures, now);
        db.Projects.Add(project);
        foreach (var stage in new[] { ProjectStage.Signed, ProjectStage.Started, ProjectStage.InProduction }.Take(inProduction ? 3 : started ? 2 : 1))
        {
            var submission = StageSubmission.Create(project, stage, on, null, [], "seed", now);
            db.StageSubmissions.Add(submission);
            LifecycleRules.Approve(project, submission, "seed", null, now);
        }

        if (fundsWan is { } amount)
        {
            var record = FundsRecord.Record(project, on, CapitalSource.OtherProvince, FundsRules.Yuan, amount, 1m, "seed");
            FundsRules.Verify(record, true, "seed", "seed", now);
            db.Funds.Add(record);
        }

        await db.SaveChangesAsync();
    }

    private sealed record Figures(List<string> Labels, IReadOnlyList<string> Names, IReadOnlyList<IReadOnlyList<double?>> Data)
    {
        public bool SameAs(Figures other) =>
            Labels.SequenceEqual(other.Labels)
            && Names.SequenceEqual(other.Names)
            && Data.Count == other.Data.Count
            && Data.Zip(other.Data).All(pair => pair.First.Count == pair.Second.Count
                && pair.First.Zip(pair.Second).All(v => v.First is null ? v.Second is null : v.Second is { } s && Math.Abs(v.First.Value - s) < 0.005));

        public override string ToString() => JsonSerializer.Serialize(this);
    }
}
