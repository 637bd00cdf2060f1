using Microsoft.Playwright;
using Tianzhong.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests;

/// <summary>The chain pages: the list, a chain's graph coloured by gap status, its table of links, a node click and the image export.</summary>
public sealed class ChainPageTests(TianzhongApp app) : BrowserTest(app)
{
    private const string Graph = "[data-testid='chain-graph']:not([data-tz-prerendered])";

    /// <summary>Where ECharts drew the node with this name, in page pixels, and its colour.</summary>
    private const string NodeScript = """
        (name) => {
          const element = document.querySelector("[data-testid='chain-graph']:not([data-tz-prerendered])");
          const chart = element && echarts.getInstanceByDom(element);
          if (!chart) return null;
          const series = chart.getOption().series[0];
          const index = series.data.findIndex(n => n.name === name);
          if (index < 0) return null;
          const node = series.data[index];
          const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [node.x, node.y]);
          const box = element.getBoundingClientRect();
          return { x: box.left + x, y: box.top + y, colour: chart.getModel().getSeriesByIndex(0).getData().getItemVisual(index, 'style').fill };
        }
        """;

    [Fact]
    public async Task A_city_officer_opens_a_chain_sees_its_gaps_clicks_a_link_and_exports_the_graph()
    {
        await SignInAsync(Page, TestUsers.CityOfficer);
        await Page.GotoAsync("/chains");
        var row = Page.GetByTestId("chain-row").Filter(new() { HasText = "装备制造产业" });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("缺失");
        await Interactive(Page, "chains-table").GetByRole(AriaRole.Link, new() { Name = "装备制造产业" }).ClickAsync();

        await Expect(Page.GetByTestId("chain-name")).ToHaveTextAsync("装备制造产业");
        await Expect(Page.Locator($"{Graph} canvas")).ToBeVisibleAsync();
        var links = Interactive(Page, "chain-links-table").GetByTestId("chain-link-row");
        await Expect(links).ToHaveCountAsync(6);
        var parts = links.Filter(new() { HasText = "汽车零部件及配件制造" });
        await Expect(parts.GetByTestId("link-status")).ToHaveTextAsync("缺失");
        await Expect(parts).ToContainTextAsync("补链");

        // A click on a node of the graph opens its panel; the node is drawn in the missing colour.
        var node = await WaitForNodeAsync("专用车制造");
        Assert.Equal("#d32f2f", node.GetProperty("colour").GetString());
        await Page.Mouse.ClickAsync(node.GetProperty("x").GetSingle(), node.GetProperty("y").GetSingle());
        await Expect(Page.GetByTestId("link-panel-name")).ToHaveTextAsync("专用车制造");
        await Expect(Page.GetByTestId("link-panel-status")).ToHaveTextAsync("缺失");
        await Expect(Page.GetByTestId("link-suggestion")).ToContainTextAsync("补链");
        await Expect(Page.GetByTestId("link-recommendations")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/chains/equipment/recommendations\\?link="));

        // A click on a row opens that link's panel.
        await parts.ClickAsync();
        await Expect(Page.GetByTestId("link-panel-name")).ToHaveTextAsync("汽车零部件及配件制造");
        await Expect(Page.GetByTestId("link-note")).ToContainTextAsync("突出发展专用车制造");
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "chain-page.png"), FullPage = true });

        // The image export downloads the chart as a PNG.
        var download = await Page.RunAndWaitForDownloadAsync(() => Interactive(Page, "chain-export").ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.Equal("equipment-chain.png", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), "tianzhong-chain-" + Guid.NewGuid().ToString("N") + ".png");
        await download.SaveAsAsync(file);
        try
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 1000);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_county_officer_attaches_a_project_still_in_talks_through_the_link_panel_picker()
    {
        var name = $"上蔡县化工在谈项目{Guid.NewGuid().ToString("N")[..6]}";
        await SignInAsync(Page, TestUsers.CountyOfficer);
        await Page.GotoAsync("/investment/projects");
        await Expect(Interactive(Page, "project-total")).ToBeVisibleAsync();
        await Page.GetByTestId("project-form").Locator(".mud-expand-panel-header").ClickAsync();
        await Interactive(Page, "project-name").FillAsync(name);
        await Page.Locator(".mud-select:has([data-testid=project-direction])").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "现代化工产业" }).First.ClickAsync();
        await Interactive(Page, "project-contract").FillAsync("30000");
        await Interactive(Page, "project-contract").PressAsync("Tab");
        await Interactive(Page, "project-register").ClickAsync();
        await Expect(Page.GetByTestId("project-title")).ToHaveTextAsync(name);

        await Page.GotoAsync("/chains/chemicals");
        await Interactive(Page, "chain-links-table").GetByTestId("chain-link-row").Filter(new() { HasText = "基础化学原料制造" }).ClickAsync();
        await Expect(Page.GetByTestId("link-panel-name")).ToHaveTextAsync("基础化学原料制造");

        // The picker lists the lead in talks with its unit and stage; picking it and attaching lists it on the link.
        await Interactive(Page, "link-attach-project").FillAsync(name[..12]);
        var option = Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = name });
        await Expect(option).ToContainTextAsync("上蔡县");
        await Expect(option).ToContainTextAsync("在谈");
        await option.ClickAsync();
        await Interactive(Page, "link-attach-project-save").ClickAsync();
        var attached = Page.GetByTestId("link-project").Filter(new() { HasText = name });
        await Expect(attached).ToContainTextAsync("在谈");
        await Expect(Page.GetByTestId("link-problem")).ToHaveCountAsync(0);
        Directory.CreateDirectory(TianzhongApp.ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TianzhongApp.ScreenshotDirectory, "chain-attach-lead.png"), FullPage = true });
    }

    private async Task<System.Text.Json.JsonElement> WaitForNodeAsync(string name)
    {
        // Resolves once the chart exists and has drawn the node.
        var handle = await Page.WaitForFunctionAsync(NodeScript, name);
        return await handle.JsonValueAsync<System.Text.Json.JsonElement>();
    }
}
