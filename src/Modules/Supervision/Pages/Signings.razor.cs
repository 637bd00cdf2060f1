using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Features.Batches;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>Centralised signings: the year's events, one event's projects, and the city's form to record one.</summary>
public sealed partial class Signings
{
    private readonly List<ProjectBrief> _chosen = [];
    private IReadOnlyList<SigningSummary> _list = [];
    private IReadOnlyList<UnitSummary> _units = [];
    private SigningView? _detail;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private int _year;
    private bool _formOpen;
    private string? _title;
    private string? _place;
    private DateTime? _heldOn;
    private ProjectBrief? _candidate;
    private string? _saved;

    [Inject]
    private SigningEvents Events { get; set; } = default!;

    [Inject]
    private IInvestmentFigures Figures { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _year = ChinaTime.Today(TimeProvider).Year;
        _units = await Units.ListUnitsAsync(PageToken);
        await LoadAsync();
    });

    private static string Amount(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string UnitName(string code) => _units.NameOf(code);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task<IEnumerable<ProjectBrief>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        IReadOnlyList<ProjectBrief> found = [];
        await WhileOpenAsync(async () => found = await Figures.SearchSignedAsync(text, 20, cancellationToken));
        return found.Where(p => _chosen.All(c => c.Id != p.Id));
    }

    private void AddCandidate()
    {
        if (_candidate is { } project && _chosen.All(c => c.Id != project.Id))
        {
            _chosen.Add(project);
        }

        _candidate = null;
    }

    private Task ChangeYearAsync(int year) => WhileOpenAsync(async () =>
    {
        _year = year;
        await LoadAsync();
    });

    private Task ShowAsync(SigningSummary summary) => WhileOpenAsync(async () =>
    {
        try
        {
            _detail = await Events.GetAsync(summary.Id, PageToken);
        }
        catch (NotFoundException)
        {
            _detail = null;
        }
    });

    private Task RecordAsync() => WhileOpenAsync(async () =>
    {
        _errors = new Dictionary<string, string[]>();
        _saved = null;
        try
        {
            var heldOn = _heldOn is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
            var signing = await Events.RecordAsync(new RecordSigningRequest(_title, heldOn, _place, [.. _chosen.Select(p => p.Id)]), PageToken);
            _saved = Text["Signing.Saved", signing.Title, signing.ProjectCount, Amount(signing.TotalWan)];
            _title = null;
            _place = null;
            _heldOn = null;
            _chosen.Clear();
            _year = signing.HeldOn.Year;
            _detail = signing;
            await LoadAsync();
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
    });

    private async Task LoadAsync()
    {
        try
        {
            _list = await Events.ListAsync(_year, PageToken);
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
            _list = [];
        }
    }
}
