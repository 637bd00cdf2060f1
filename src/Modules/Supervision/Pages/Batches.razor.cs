using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Batches;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>The 三个一批 of a period per unit, with the year's cadence deciding the periods on offer.</summary>
public sealed partial class Batches
{
    private static readonly BatchCategory[] Categories = Enum.GetValues<BatchCategory>();
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private int _year;
    private int _period = 1;
    private IReadOnlyList<BatchPeriodView> _periods = [];
    private BatchReport? _report;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Inject]
    private BatchQueries Queries { get; set; } = default!;

    [Inject]
    private BatchCalendar Calendar { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        var today = ChinaTime.Today(TimeProvider);
        _year = today.Year;
        _period = BatchPeriods.Containing(today, await Calendar.CadenceOfAsync(today.Year, PageToken)).Index;
        await LoadAsync();
    });

    private static BatchFigure FigureOf(BatchUnitLine line, BatchCategory category) => category switch
    {
        BatchCategory.Signed => line.Signed,
        BatchCategory.Started => line.Started,
        _ => line.InProduction,
    };

    private static BatchTotal TotalOf(BatchCityTotals city, BatchCategory category) => category switch
    {
        BatchCategory.Signed => city.Signed,
        BatchCategory.Started => city.Started,
        _ => city.InProduction,
    };

    private static bool HasProjects(BatchUnitLine line) => Categories.Any(c => FigureOf(line, c).Projects.Count > 0);

    private static string Count(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    private static string Amount(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private void Toggle(string unitCode)
    {
        if (!_expanded.Remove(unitCode))
        {
            _expanded.Add(unitCode);
        }
    }

    // A year under another cadence has another number of periods: keep the choice when it still exists.
    private Task ChangeYearAsync(int year) => WhileOpenAsync(async () =>
    {
        _year = year;
        await LoadAsync();
    });

    private Task ChangePeriodAsync(int period) => WhileOpenAsync(async () =>
    {
        _period = period;
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _expanded.Clear();
        try
        {
            _periods = await Calendar.PeriodsAsync(_year, PageToken);
            if (_period > _periods.Count)
            {
                _period = 1;
            }

            _report = await Queries.GetAsync(_year, _period, PageToken);
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
            _report = null;
        }
    }
}
