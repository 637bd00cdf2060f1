using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Schemes;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>The city's annual targets and ranking scheme; other roles read them.</summary>
public sealed partial class Settings
{
    private readonly Dictionary<(string UnitCode, RankingIndicator Indicator), decimal?> _edits = [];
    private readonly Dictionary<(string UnitCode, RankingIndicator Indicator), string> _fieldErrors = [];
    private readonly Dictionary<RankingIndicator, decimal> _weights = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _leading = new(StringComparer.Ordinal);
    private Dictionary<string, string> _schemeErrors = [];
    private Dictionary<string, string> _unitNames = [];
    private Dictionary<string, string> _directionNames = [];
    private int _year;
    private TargetsView? _targets;
    private SchemeView? _scheme;
    private Normalisation _normalisation;
    private BatchCadence _cadence;
    private decimal _cap;
    private decimal _leadingBonus;
    private decimal _majorBonus;
    private decimal _threshold;
    private decimal _margin;
    private decimal _yearEnd;
    private decimal _monthly;
    private decimal _batches;
    private bool _isCity;
    private bool _busy;
    private string? _notice;
    private string? _problem;

    [Inject]
    private Targets TargetService { get; set; } = default!;

    [Inject]
    private SchemeQueries Schemes { get; set; } = default!;

    [Inject]
    private SchemeCommands SchemeCommands { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private IIndustryDirectory Industries { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private IEnumerable<int> Years => PeriodChoice.Years(Clock, ahead: 1);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _isCity = CurrentUser.IsInRole(Roles.CityOfficer);
        _year = ChinaTime.Today(Clock).Year;
        _unitNames = (await Units.ListUnitsAsync(PageToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        _directionNames = (await Industries.ListDirectionsAsync(PageToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        _targets = await TargetService.GetAsync(_year, PageToken);
        _edits.Clear();
        _fieldErrors.Clear();
        _scheme = await Schemes.GetAsync(_year, PageToken);
        ShowScheme(_scheme);
    }

    private void ShowScheme(SchemeView scheme)
    {
        _weights.Clear();
        foreach (var indicator in Indicators.All)
        {
            _weights[indicator] = scheme.Rules.Weights.FirstOrDefault(w => w.Indicator == indicator)?.Weight ?? 0;
        }

        (_normalisation, _cadence, _cap, _leadingBonus, _majorBonus, _threshold, _margin) =
            (scheme.Rules.Normalisation, scheme.Cadence, scheme.Rules.CompletionCap, scheme.Rules.LeadingIndustryBonus, scheme.Rules.MajorIndustrialBonus, scheme.Rules.MajorIndustrialThresholdWan, scheme.Rules.YellowMarginPoints);
        (_yearEnd, _monthly, _batches) = (scheme.Assessment.YearEndWeight, scheme.Assessment.MonthlyAverageWeight, scheme.Assessment.BatchesWeight);
        _leading.Clear();
        foreach (var (unit, directions) in scheme.Rules.LeadingDirections)
        {
            _leading[unit] = directions;
        }

        _schemeErrors = [];
    }

    private Task SelectYearAsync(int year) => WhileOpenAsync(async () =>
    {
        _year = year;
        _notice = null;
        _problem = null;
        await LoadAsync();
    });

    private Task SaveTargetsAsync() => RunAsync(async () =>
    {
        var changes = _edits.Where(e => e.Value is not null && _targets!.Targets.Any(t => t.UnitCode == e.Key.UnitCode && t.Indicator == e.Key.Indicator && t.Value != e.Value))
            .Select(e => (e.Key, Change: new TargetChange(e.Key.UnitCode, e.Key.Indicator, e.Value, _targets!.Targets.Single(t => t.UnitCode == e.Key.UnitCode && t.Indicator == e.Key.Indicator).Version)))
            .ToList();
        _fieldErrors.Clear();
        try
        {
            _targets = await TargetService.SaveAsync(_year, new SaveTargetsRequest([.. changes.Select(c => c.Change)]), PageToken);
            _edits.Clear();
            _notice = L["Settings.TargetsSaved", changes.Count];
        }
        catch (ValidationFailedException e)
        {
            // Field names are targets[i].value: map them back to the grid cells.
            foreach (var (field, messages) in e.Errors)
            {
                var open = field.IndexOf('[', StringComparison.Ordinal);
                var close = field.IndexOf(']', StringComparison.Ordinal);
                if (open >= 0 && close > open && int.TryParse(field[(open + 1)..close], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index < changes.Count)
                {
                    _fieldErrors[changes[index].Key] = string.Join(" ", messages);
                }
                else
                {
                    _problem = string.Join(" ", messages);
                }
            }
        }
    });

    private Task ApplyPlanAsync() => RunAsync(async () =>
    {
        _targets = await TargetService.ApplyPlanDefaultsAsync(_year, PageToken);
        _edits.Clear();
        _notice = L["Settings.PlanApplied"];
    });

    private Task SaveSchemeAsync() => RunAsync(async () =>
    {
        var scheme = _scheme!;
        var rules = scheme.Rules with
        {
            Weights = [.. Indicators.All.Select(i => new IndicatorWeight(i, _weights.GetValueOrDefault(i)))],
            Normalisation = _normalisation,
            CompletionCap = _cap,
            LeadingIndustryBonus = _leadingBonus,
            MajorIndustrialBonus = _majorBonus,
            MajorIndustrialThresholdWan = _threshold,
            YellowMarginPoints = _margin,
            LeadingDirections = _leading.Where(l => l.Value.Count > 0).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal),
        };
        try
        {
            _scheme = await SchemeCommands.SaveAsync(_year, new SaveSchemeRequest(rules, new AssessmentRules(_yearEnd, _monthly, _batches), _cadence, scheme.Version), PageToken);
            ShowScheme(_scheme);
            _notice = L["Settings.SchemeSaved", _year];
        }
        catch (ValidationFailedException e)
        {
            _schemeErrors = e.Errors.ToDictionary(x => x.Key, x => string.Join(" ", x.Value), StringComparer.Ordinal);
            _problem = L["Settings.SchemeInvalid"];
        }
    });

    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _notice = null;
        _problem = null;
        try
        {
            await WhileOpenAsync(async () =>
            {
                try
                {
                    await action();
                }
                catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException)
                {
                    _problem = e.Message;
                    await LoadAsync();
                }
            });
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Value(RankingIndicator indicator, decimal value) =>
        value.ToString(indicator.IsMoney() ? "#,0.00" : "0.####", CultureInfo.CurrentCulture);
}
