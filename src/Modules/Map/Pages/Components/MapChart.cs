using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;
using Tianzhong.Kernel.Infrastructure.Components;

namespace Tianzhong.Modules.Map.Pages.Components;

/// <summary>What was clicked on the map: the series (or component) id, the item's name and its id.</summary>
public sealed record MapClick(string SeriesId, string Name, string Id);

/// <summary>
/// An ECharts map drawn from a GeoJSON base map the server provides (registered in the browser as 'tz-base') with
/// an option built on the server; clicks come back as <see cref="MapClick"/>. Everything is served by the app
/// (echarts from /lib/echarts, this module's map-interop.js): no tile server, no CDN. Prerendering renders the empty
/// div only; the chart is drawn after the first interactive render.
/// </summary>
public sealed class MapChart : ComponentBase, IAsyncDisposable
{
    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private DotNetObjectReference<MapChart>? _self;
    private string _option = "{}";
    private string? _appliedOption;
    private string? _appliedMap;
    private bool _busy;
    private bool _disposed;

    /// <summary>The base map, a GeoJSON FeatureCollection as text.</summary>
    [Parameter]
    [EditorRequired]
    public string GeoJson { get; set; } = "{}";

    /// <summary>The ECharts option; its geo component uses map 'tz-base'.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject? Option { get; set; }

    [Parameter]
    public string Height { get; set; } = "600px";

    [Parameter]
    public string? TestId { get; set; }

    [Parameter]
    public string? AriaLabel { get; set; }

    [Parameter]
    public EventCallback<MapClick> OnClick { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Called by map-interop.js when the user clicks a region or a marker.</summary>
    [JSInvokable]
    public Task OnChartClick(string seriesId, string name, string id) => OnClick.InvokeAsync(new MapClick(seriesId, name, id));

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await ReleaseAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the browser's page with it.
        }

        _self?.Dispose();
    }

    protected override void OnParametersSet() => _option = EChart.WithDefaults(Option).ToJsonString();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "tz-echart tz-map");
        builder.AddAttribute(2, "style", $"width:100%;height:{Height}");
        builder.AddAttribute(3, "data-testid", TestId);
        builder.AddAttribute(4, "role", AriaLabel is null ? null : "img");
        builder.AddAttribute(5, "aria-label", AriaLabel);
        builder.AddElementReferenceCapture(6, reference => _element = reference);
        builder.CloseElement();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_busy || _disposed)
        {
            return;
        }

        _busy = true;
        try
        {
            while (!_disposed)
            {
                var (map, option) = (GeoJson, _option);
                if (_chart is null)
                {
                    _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["_content/Tianzhong.Modules.Map/map-interop.js"]);
                    _self ??= DotNetObjectReference.Create(this);
                    _chart = await _module.InvokeAsync<IJSObjectReference>("create", _element, map, option, _self);
                }
                else if (!ReferenceEquals(_appliedMap, map) && _appliedMap != map)
                {
                    await _chart.InvokeVoidAsync("setMap", map, option);
                }
                else if (_appliedOption != option)
                {
                    await _chart.InvokeVoidAsync("setOption", option);
                }
                else
                {
                    break;
                }

                (_appliedMap, _appliedOption) = (map, option);
            }

            if (_disposed)
            {
                await ReleaseAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away between renders; DisposeAsync follows.
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReleaseAsync()
    {
        if (_chart is { } chart)
        {
            _chart = null;
            await chart.InvokeVoidAsync("dispose");
            await chart.DisposeAsync();
        }

        if (_module is { } module)
        {
            _module = null;
            await module.DisposeAsync();
        }
    }
}
