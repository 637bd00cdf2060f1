using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Time;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Funds;
using Tianzhong.Modules.Investment.Features.Rates;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The plan's six rates per unit and for the city over a period (default: this year to date).</summary>
public sealed partial class Rates
{
    private static readonly string[] Names = ["ContractPerformance", "Start", "FundsInPlace", "Production", "SignedToStarted", "StartedToProduction"];
    private RatesReport? _report;
    private DateTime? _from;
    private DateTime? _to;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private JsonObject _chartOption = [];

    [Inject]
    private PlanRatesQuery Query { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ChartText> ChartText { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    private IEnumerable<RatesLine> Lines => _report is null ? [] : _report.City is { } city ? [city, .. _report.Units] : _report.Units;

    protected override Task OnInitializedAsync()
    {
        var today = ChinaTime.Today(TimeProvider);
        _from = new DateOnly(today.Year, 1, 1).ToDateTime(TimeOnly.MinValue);
        _to = today.ToDateTime(TimeOnly.MinValue);
        return LoadAsync();
    }

    private static Rate[] Of(PlanRates r) => [r.ContractPerformance, r.Start, r.FundsInPlace, r.Production, r.SignedToStarted, r.StartedToProduction];

    private static string Percent(decimal? value) => value is { } v ? v.ToString("P2", CultureInfo.CurrentCulture) : "-";

    private static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);

    private Task LoadAsync() => WhileOpenAsync(async () =>
    {
        _errors = new Dictionary<string, string[]>();
        try
        {
            _report = await Query.GetAsync(_from is { } f ? DateOnly.FromDateTime(f) : null, _to is { } t ? DateOnly.FromDateTime(t) : null, PageToken);
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
            return;
        }

        _chartOption = ChartOption();
    });

    /// <summary>
    /// A grouped bar chart of the table's figures: one group per row (the city, then the units), one bar per rate in
    /// percent. A rate with nothing to divide by ("-" in the table) has no bar rather than a zero one.
    /// </summary>
    private JsonObject ChartOption()
    {
        var lines = Lines.ToList();
        var series = new JsonArray();
        for (var i = 0; i < Names.Length; i++)
        {
            var data = new JsonArray();
            foreach (var line in lines)
            {
                data.Add(Of(line.Rates)[i].Value is { } value ? JsonValue.Create(decimal.Round(value * 100m, 2)) : null);
            }

            series.Add(new JsonObject
            {
                ["name"] = Text[$"Rate.{Names[i]}"].Value,
                ["type"] = "bar",
                ["data"] = data,
            });
        }

        return new JsonObject
        {
            ["animation"] = false,
            ["grid"] = new JsonObject { ["left"] = 56, ["right"] = 16, ["top"] = 48, ["bottom"] = 48 },
            ["legend"] = new JsonObject { ["top"] = 0 },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } },
            ["xAxis"] = new JsonObject
            {
                ["type"] = "category",
                ["data"] = new JsonArray([.. lines.Select(l => (JsonNode?)l.Name)]),
                ["axisLabel"] = new JsonObject { ["interval"] = 0, ["width"] = 64, ["overflow"] = "break" }, // long zone names wrap
            },
            ["yAxis"] = new JsonObject
            {
                ["type"] = "value",
                ["name"] = ChartText["RatesChart.Axis"].Value,
                ["axisLabel"] = new JsonObject { ["formatter"] = "{value}%" },
            },
            ["series"] = series,
        };
    }
}
