using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Carriers;
using Tianzhong.Modules.Map.Features.Opportunities;
using Tianzhong.Modules.Map.Features.Parcels;
using Tianzhong.Modules.Map.Features.Routes;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>
/// The investment map draws offline: every request to another host is blocked (and recorded), the ECharts map of
/// the schematic base map is painted on its canvas with its layers, layers switch off and on, a click on a unit
/// shows its details, and a route prints without the app's navigation.
/// </summary>
public sealed class MapPageTests(TianzhongApp app) : BrowserTest(app)
{
    private const string Chart = "[data-testid='map-chart']:not([data-tz-prerendered])";

    private const string SeriesScript = """
        () => {
          const element = document.querySelector("[data-testid='map-chart']:not([data-tz-prerendered])");
          const chart = element && echarts.getInstanceByDom(element);
          if (!chart) return null;
          const option = chart.getOption();
          return { map: option.geo[0].map, series: option.series.map(s => s.id), regions: echarts.getMap('tz-base').geoJSON.features.length };
        }
        """;

    private const string CanvasPixelsScript = """
        () => {
          const canvas = document.querySelector("[data-testid='map-chart']:not([data-tz-prerendered]) canvas");
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

    private const string SeatPixelScript = """
        ([lon, lat]) => {
          const element = document.querySelector("[data-testid='map-chart']:not([data-tz-prerendered])");
          const chart = echarts.getInstanceByDom(element);
          const [x, y] = chart.convertToPixel({ geoIndex: 0 }, [lon, lat]);
          return { x, y };
        }
        """;

    [Fact]
    public async Task The_map_draws_offline_with_its_layers_and_prints_a_route()
    {
        var routeId = await SeedAsync();

        // Offline: anything not served by the app itself is refused and remembered.
        var foreign = new ConcurrentBag<string>();
        var appHost = App.BaseAddress.Authority;
        await Context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" or "ws" or "wss" && !string.Equals(url.Authority, appHost, StringComparison.OrdinalIgnoreCase))
            {
                foreign.Add(route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });

        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/map");
        await Expect(Interactive(Page, "map-toolbar")).ToBeVisibleAsync();
        await Expect(Page.Locator(Chart + " canvas").First).ToBeVisibleAsync();
        await Expect(Interactive(Page, "map-schematic-notice")).ToBeVisibleAsync();

        var drawn = await SeriesAsync(s => s.Series.Contains("carriers"));
        Assert.Equal("tz-base", drawn.Map);
        Assert.Equal(10, drawn.Regions); // the ten county cells; the zones are markers
        Assert.Equal(["projects", "zones", "carriers", "parcels", "opportunities", "routes", "route-stops"], drawn.Series);

        await Page.WaitForTimeoutAsync(300); // lets the canvas finish its first frame before its pixels are read
        var canvas = await Page.EvaluateAsync<JsonElement>(CanvasPixelsScript);
        Assert.True(canvas.GetProperty("painted").GetInt32() > 20_000, "The map's canvas is (nearly) blank: " + canvas);
        Assert.True(canvas.GetProperty("colours").GetInt32() >= 8, "The map's canvas shows too few colours for its layers: " + canvas);

        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "map.png"), FullPage = true });

        // Layers switch off and on again.
        await Interactive(Page, "layer-carriers").ClickAsync();
        var without = await SeriesAsync(s => !s.Series.Contains("carriers"));
        Assert.Contains("parcels", without.Series);
        await Interactive(Page, "layer-routes").ClickAsync();
        await SeriesAsync(s => !s.Series.Contains("routes") && !s.Series.Contains("carriers"));
        await Interactive(Page, "layer-carriers").ClickAsync();
        await SeriesAsync(s => s.Series.Contains("carriers") && !s.Series.Contains("routes"));

        // A click inside 汝南县's cell (south of its seat, clear of the zones' labels) shows the unit in the side panel.
        var seat = await Page.EvaluateAsync<JsonElement>(SeatPixelScript, new[] { 114.38, 32.90 });
        var box = (await Page.Locator(Chart).BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync(box.X + seat.GetProperty("x").GetSingle(), box.Y + seat.GetProperty("y").GetSingle());
        await Expect(Interactive(Page, "map-details-title")).ToHaveTextAsync("汝南县");

        // The printable route: its stops in order, no navigation.
        await Page.GotoAsync($"/map/routes/{routeId}/print");
        await Expect(Page.Locator("[data-testid='route-print-stop']")).ToHaveCountAsync(3);
        await Expect(Page.Locator("[data-testid='route-print-stop']").First).ToContainTextAsync("泌阳县绿色石材加工产业园");
        Assert.Equal(0, await Page.Locator("nav, .mud-drawer, .mud-appbar").CountAsync());
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "map-route-print.png"), FullPage = true });

        Assert.True(foreign.IsEmpty, "The map asked other hosts: " + string.Join(", ", foreign));
    }

    [Fact]
    public async Task The_management_pages_list_the_records_and_refuse_a_parcel_without_a_positive_area()
    {
        await SignInAsync(Page, TestUsers.CountyOfficer);

        await Page.GotoAsync("/map/carriers");
        await Expect(Interactive(Page, "carriers-table")).ToContainTextAsync("平舆县建筑防水产业园");
        await Expect(Interactive(Page, "carrier-form")).ToBeVisibleAsync();

        await Page.GotoAsync("/map/parcels");
        await Expect(Interactive(Page, "parcel-form")).ToBeVisibleAsync();
        var code = "UI-" + Guid.NewGuid().ToString("N")[..6];
        await Interactive(Page, "parcel-code").FillAsync(code);
        await Interactive(Page, "parcel-name").FillAsync("界面测试地块");
        await Interactive(Page, "parcel-area").FillAsync("-3");
        await Interactive(Page, "parcel-save").ClickAsync();
        await Expect(Interactive(Page, "parcel-form")).ToContainTextAsync("面积（亩）须大于零");
        await Interactive(Page, "parcel-area").FillAsync("40");
        await Interactive(Page, "parcel-save").ClickAsync();
        await Expect(Interactive(Page, "parcels-table")).ToContainTextAsync(code);
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "map-parcels.png"), FullPage = true });

        await Page.GotoAsync("/map/routes");
        await Expect(Interactive(Page, "route-form")).ToBeVisibleAsync();
        await Page.GotoAsync("/map/opportunities");
        await Expect(Interactive(Page, "opportunity-form")).ToBeVisibleAsync();
    }

    private async Task<Drawn> SeriesAsync(Func<Drawn, bool> until)
    {
        Drawn? drawn = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var json = await Page.EvaluateAsync<JsonElement>(SeriesScript);
            if (json.ValueKind == JsonValueKind.Object)
            {
                drawn = new Drawn(json.GetProperty("map").GetString() ?? string.Empty, [.. json.GetProperty("series").EnumerateArray().Select(s => s.GetString() ?? string.Empty)], json.GetProperty("regions").GetInt32());
                if (until(drawn))
                {
                    return drawn;
                }
            }

            await Page.WaitForTimeoutAsync(150);
        }

        Assert.Fail("The map never showed the expected layers; last: " + (drawn is null ? "no chart" : string.Join(", ", drawn.Series)));
        return null!;
    }

    /// <summary>A parcel, an opportunity and a route through a shipped park, written through the handlers as the system user.</summary>
    private async Task<Guid> SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var carriers = scope.ServiceProvider.GetRequiredService<Carriers>();
        var park = (await carriers.SearchAsync(new CarrierQuery(Text: "泌阳县绿色石材加工产业园"), default)).Items[0];
        var parcels = scope.ServiceProvider.GetRequiredService<Parcels>();
        var parcel = await parcels.CreateAsync(new ParcelRequest("MAP-UI-01", "地图测试地块", "411725", "产业集聚区", null, null, 85m, ParcelUse.Industrial, ParcelStatus.Available, 12m, null), default);
        var opportunities = scope.ServiceProvider.GetRequiredService<Opportunities>();
        await opportunities.CreateAsync(new OpportunityRequest("地图测试合作机会", "411729", "food", 20_000m, null, null, OpportunityStatus.Published), default);
        var routes = scope.ServiceProvider.GetRequiredService<Routes>();
        var route = await routes.CreateAsync(new RouteRequest("地图测试考察线路", "某投资考察团", new DateOnly(2025, 9, 1), null, null,
        [
            new StopRequest(StopKind.Carrier, park.Id, null, null, "09:00", null),
            new StopRequest(StopKind.Parcel, parcel.Id, null, null, "11:00", null),
            new StopRequest(StopKind.Text, null, "市招商局座谈", "411702", "15:00", null),
        ]), default);
        return route.Id;
    }

    private sealed record Drawn(string Map, IReadOnlyList<string> Series, int Regions);
}
