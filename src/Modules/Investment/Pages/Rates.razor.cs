using Tianzhong.Kernel.Time;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Funds;
using Tianzhong.Modules.Investment.Features.Rates;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The plan's six rates per unit and for the city over a period (default: this year to date).</summary>
public sealed partial class Rates
{
    private static readonly string[] Names = ["ContractPerformance", "Start", "FundsInPlace", "Production", "SignedToStarted", "StartedToProduction"];
    private RatesReport? _report;
    private DateTime? _from;
    private DateTime? _to;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private List<ChartSeries> _series = [];
    private string[] _labels = [];

    [Inject]
    private PlanRatesQuery Query { get; set; } = default!;

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

        var lines = Lines.ToList();
        _labels = [.. lines.Select(l => l.Name)];
        _series = [.. Names.Select((name, i) => new ChartSeries { Name = Text[$"Rate.{name}"], Data = [.. lines.Select(l => (double)((Of(l.Rates)[i].Value ?? 0m) * 100m))] })];
    });
}
