using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Rankings;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>The month's ranking with every score explained: weights, arithmetic and the records counted.</summary>
public sealed partial class Rankings
{
    private ReportingPeriod _period;
    private RankingView? _view;
    private RankingExplanation? _explanation;
    private string? _problem;

    [Inject]
    private MonthRankings Service { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")]
    public int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "month")]
    public int? Month { get; set; }

    private IEnumerable<int> Years => PeriodChoice.Years(Clock);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _period = PeriodChoice.FromQuery(Clock, Year, Month);
        _view = await Service.GetAsync(_period, PageToken);
    });

    private Task SelectAsync(ReportingPeriod period) => WhileOpenAsync(async () =>
    {
        _period = period;
        _explanation = null;
        _view = await Service.GetAsync(_period, PageToken);
    });

    private Task ExplainAsync(string unitCode) => WhileOpenAsync(async () =>
    {
        _problem = null;
        try
        {
            _explanation = await Service.ExplainAsync(_period, unitCode, PageToken);
        }
        catch (ForbiddenException e)
        {
            _explanation = null;
            _problem = e.Message;
        }
    });

    private string Name(string code) => _view?.UnitNames.GetValueOrDefault(code) ?? code;

    private string Arithmetic(IndicatorScore s, RankingRules rules) => s.Method switch
    {
        Normalisation.TargetCompletion => L["Arithmetic.TargetCompletion", Number(s.Weight), Value(s.Indicator, s.WeightedValue), s.Target is { } t ? Value(s.Indicator, t) : "—", Number(rules.CompletionCap), Ratio(s.Normalised), Number(s.Points)],
        Normalisation.RatioToBest => L["Arithmetic.RatioToBest", Number(s.Weight), Value(s.Indicator, s.WeightedValue), s.ReferenceHigh is { } h ? Value(s.Indicator, h) : "—", Ratio(s.Normalised), Number(s.Points)],
        _ => L["Arithmetic.MinMax", Number(s.Weight), Value(s.Indicator, s.WeightedValue), s.ReferenceLow is { } lo ? Value(s.Indicator, lo) : "—", s.ReferenceHigh is { } hi ? Value(s.Indicator, hi) : "—", Ratio(s.Normalised), Number(s.Points)],
    };

    private string Change(int? change) => change switch
    {
        null => "—",
        > 0 => L["Rankings.Up", change.Value],
        < 0 => L["Rankings.Down", -change.Value],
        _ => L["Rankings.Same"],
    };

    internal static string StatusStyle(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => "background-color:#2e7d32;color:#fff",
        ProgressStatus.Yellow => "background-color:#f9a825;color:#000",
        ProgressStatus.Red => "background-color:#c62828;color:#fff",
        _ => string.Empty,
    };

    private static string Value(RankingIndicator indicator, decimal value) => indicator.IsMoney() ? Money(value) : value.ToString("0.####", CultureInfo.CurrentCulture);

    private static string Money(decimal wan) => wan.ToString("#,0.00", CultureInfo.CurrentCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    private static string Ratio(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    private static string Percent(decimal share) => share.ToString("P1", CultureInfo.CurrentCulture);

    private static string PercentOrDash(decimal? share) => share is { } s ? Percent(s) : "—";

    private static string Date(DateOnly date) => date == default ? string.Empty : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime? utc) => utc is { } u ? ChinaTime.FromUtc(u).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;
}
