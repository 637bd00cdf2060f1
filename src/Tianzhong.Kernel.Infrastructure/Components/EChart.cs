using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace Tianzhong.Kernel.Infrastructure.Components;

/// <summary>What the user clicked on a chart.</summary>
/// <param name="SeriesId">The series' id (or the component type, e.g. "geo", for a click outside any series).</param>
/// <param name="Name">The item's name.</param>
/// <param name="Id">The item's data <c>id</c> when it has one.</param>
public sealed record ChartClick(string SeriesId, string Name, string? Id);

/// <summary>A GeoJSON base map the chart's geo component or map series refers to by <paramref name="Name"/>.</summary>
/// <param name="Name">The name the option uses (<c>geo.map</c>).</param>
/// <param name="GeoJson">A FeatureCollection; only its Polygon and MultiPolygon features are drawn as areas.</param>
public sealed record ChartMap(string Name, string GeoJson);

/// <summary>
/// An Apache ECharts chart (ADR 0014), drawn on a canvas in the browser from an ECharts option built on the server.
/// Usage: <c>&lt;EChart Option="@_option" Height="320px" TestId="rates-chart" /&gt;</c> where the option is a
/// <see cref="JsonObject"/> or any object that serialises (camelCase, nulls left out) to an ECharts option. A new
/// option replaces the whole chart (ECharts <c>setOption(option, true)</c>); an unchanged one is not sent again.
/// Prerendering renders only the empty div: the chart is drawn after the first interactive render.
/// </summary>
public sealed class EChart : ComponentBase, IAsyncDisposable
{
    /// <summary>The default font stack: the CJK font CI and the servers install, then the browser's sans-serif.</summary>
    public const string DefaultFontFamily = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", sans-serif";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private DotNetObjectReference<EChart>? _self;
    private string _json = "{}";
    private string? _appliedJson;
    private string? _appliedTheme;
    private ChartMap? _appliedMap;
    private bool _busy;
    private bool _disposed;

    /// <summary>The ECharts option: a <see cref="JsonObject"/> or a serialisable object. Required.</summary>
    [Parameter]
    [EditorRequired]
    public object? Option { get; set; }

    /// <summary>CSS height of the chart; the width follows the container.</summary>
    [Parameter]
    public string Height { get; set; } = "360px";

    /// <summary>The <c>data-testid</c> of the chart's div.</summary>
    [Parameter]
    public string? TestId { get; set; }

    /// <summary>A registered ECharts theme name (e.g. "dark"); null for the default look.</summary>
    [Parameter]
    public string? Theme { get; set; }

    /// <summary>A short description for screen readers; the data itself belongs in a table next to the chart.</summary>
    [Parameter]
    public string? AriaLabel { get; set; }

    /// <summary>Called when the user clicks an item of the chart. Leave unset for charts that only show.</summary>
    [Parameter]
    public EventCallback<ChartClick> OnClick { get; set; }

    /// <summary>
    /// A base map to register in the browser before the option is drawn (maps are served by the app itself: no tile
    /// server, no CDN). A different map is registered again and the option redrawn on it.
    /// </summary>
    [Parameter]
    public ChartMap? GeoMap { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>
    /// The chart as a PNG data URL (white background, twice the screen resolution), e.g. for an image export; null
    /// before the chart has been drawn (prerendering) or after it went away.
    /// </summary>
    public async Task<string?> ExportPngAsync(CancellationToken cancellationToken = default)
    {
        if (_chart is null || _disposed)
        {
            return null;
        }

        var stream = await _chart.InvokeAsync<IJSStreamReference>("png", cancellationToken, "#ffffff");
        await using (stream)
        {
            await using var data = await stream.OpenReadStreamAsync(maxAllowedSize: 32 * 1024 * 1024, cancellationToken);
            using var reader = new StreamReader(data, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Downloads the chart as a PNG file (see <see cref="ExportPngAsync"/>) under <paramref name="fileName"/>; false
    /// when there is no chart to export yet.
    /// </summary>
    public async Task<bool> DownloadPngAsync(string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var url = await ExportPngAsync(cancellationToken);
        if (url is null || _module is null)
        {
            return false;
        }

        await _module.InvokeVoidAsync("download", cancellationToken, url, fileName);
        return true;
    }

    /// <summary>Called by the browser when an item is clicked (only when <see cref="OnClick"/> is set).</summary>
    [JSInvokable("NotifyClick")]
    public Task NotifyClickAsync(string seriesId, string name, string? id) => OnClick.InvokeAsync(new ChartClick(seriesId, name, string.IsNullOrEmpty(id) ? null : id));

    /// <summary>The option as the browser receives it: the caller's option plus the platform defaults it leaves open.</summary>
    public static JsonObject WithDefaults(object? option)
    {
        var node = option switch
        {
            null => new JsonObject(),
            JsonNode json => json.DeepClone(),
            _ => JsonSerializer.SerializeToNode(option, option.GetType(), SerializerOptions),
        };
        if (node is not JsonObject result)
        {
            throw new ArgumentException("An ECharts option is a JSON object.", nameof(option));
        }

        if (result["textStyle"] is not JsonObject textStyle)
        {
            textStyle = [];
            result["textStyle"] = textStyle;
        }

        if (!textStyle.ContainsKey("fontFamily"))
        {
            textStyle["fontFamily"] = DefaultFontFamily;
        }

        return result;
    }

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
            // The circuit is gone, and the browser's page with it: nothing is left to dispose there.
        }
    }

    protected override void OnParametersSet()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Height);
        _json = WithDefaults(Option).ToJsonString();
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "tz-echart");
        builder.AddAttribute(2, "style", $"width:100%;height:{Height}");
        builder.AddAttribute(3, "data-testid", TestId);
        builder.AddAttribute(4, "role", AriaLabel is null ? null : "img");
        builder.AddAttribute(5, "aria-label", AriaLabel);
        builder.AddElementReferenceCapture(6, reference => _element = reference);
        builder.CloseElement();
    }

    /// <summary>
    /// Creates the chart after the first interactive render (never while prerendering: no browser yet) and brings it
    /// up to the latest parameters after every later render. One call at a time talks to the browser; it loops until
    /// the chart matches the parameters, so renders that happen meanwhile are caught up by it.
    /// </summary>
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
                if (_chart is null || _appliedTheme != Theme)
                {
                    await DisposeChartAsync();
                    _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["js/echarts-interop.js"]);
                    var (json, theme, map) = (_json, Theme, GeoMap);
                    var clicks = OnClick.HasDelegate ? _self ??= DotNetObjectReference.Create(this) : null;
                    _chart = await _module.InvokeAsync<IJSObjectReference>("create", _element, json, theme, clicks, map);
                    (_appliedJson, _appliedTheme, _appliedMap) = (json, theme, map);
                }
                else if (_appliedMap != GeoMap && GeoMap is { } map)
                {
                    var json = _json;
                    await _chart.InvokeVoidAsync("setMap", map, json);
                    (_appliedJson, _appliedMap) = (json, map);
                }
                else if (_appliedJson != _json)
                {
                    var json = _json;
                    await _chart.InvokeVoidAsync("setOption", json);
                    _appliedJson = json;
                }
                else
                {
                    break;
                }
            }

            if (_disposed)
            {
                // DisposeAsync ran while this call waited on the browser and may have missed what it created.
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
        await DisposeChartAsync();
        _self?.Dispose();
        _self = null;
        if (_module is { } module)
        {
            _module = null;
            await module.DisposeAsync();
        }
    }

    private async Task DisposeChartAsync()
    {
        if (_chart is { } chart)
        {
            _chart = null;
            await chart.InvokeVoidAsync("dispose");
            await chart.DisposeAsync();
        }
    }
}
