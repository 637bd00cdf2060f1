using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Dashboards;
using MudBlazor;
using static Tianzhong.Modules.Supervision.Pages.DashboardCharts;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>
/// The city dashboard: headline figures against targets and time progress, completion and ranking per unit, the month
/// by month trend, the stage funnel and the nine clusters, each chart with its figures beside it. A county officer is
/// taken to its own unit's dashboard.
/// </summary>
public sealed partial class Dashboard
{
    private ReportingPeriod _period;
    private CityDashboard? _view;
    private Dictionary<string, int> _gazette = new(StringComparer.Ordinal);
    private JsonObject _completion = [];
    private JsonObject _ranking = [];
    private JsonObject _trend = [];
    private JsonObject _funnel = [];
    private JsonObject _clusters = [];

    [Inject]
    private DashboardQueries Queries { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

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
        var units = await Units.ListUnitsAsync(PageToken);
        _gazette = units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        await LoadAsync();
    });

    private Task SelectAsync(ReportingPeriod period) => WhileOpenAsync(async () =>
    {
        _period = period;
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        _view = await Queries.CityAsync(_period, PageToken);
        if (!_view.IsCityWide && _view.OwnUnitCode is { } own)
        {
            Navigation.NavigateTo(UnitLink(own), replace: true);
            return;
        }

        _completion = CompletionOption(_view);
        _ranking = RankingOption(_view);
        _trend = TrendOption(_view);
        _funnel = FunnelOption(_view);
        _clusters = ClustersOption(_view);
    }

    private int Gazette(string code) => _gazette.GetValueOrDefault(code, int.MaxValue);

    private string UnitLink(string code) => $"/supervision/dashboard/units/{Uri.EscapeDataString(code)}?year={_period.Year}&month={_period.Month}";

    /// <summary>Completion per unit (gazette order) of the three headline indicators, in percent, with the time-progress line.</summary>
    private JsonObject CompletionOption(CityDashboard view)
    {
        var units = view.Units.OrderBy(u => Gazette(u.UnitCode)).ToList();
        var series = new JsonArray();
        foreach (var (indicator, index) in DashboardQueries.Headline.Select((x, i) => (x, i)))
        {
            var s = new JsonObject
            {
                ["name"] = L[$"Indicator.{indicator}"].Value,
                ["type"] = "bar",
                ["barMaxWidth"] = 14,
                ["data"] = Nodes(units.Select(u => Num(u.Indicators[index].Completion * 100m, 1))),
            };
            if (index == 0)
            {
                s["markLine"] = new JsonObject
                {
                    ["symbol"] = "none",
                    ["silent"] = true,
                    ["lineStyle"] = new JsonObject { ["color"] = Red, ["type"] = "dashed", ["width"] = 1.5 },
                    ["label"] = new JsonObject { ["formatter"] = T["TimeProgress", Percent(view.TimeProgress)].Value, ["position"] = "insideEndTop", ["color"] = Red },
                    ["data"] = new JsonArray(new JsonObject { ["yAxis"] = Num(view.TimeProgress * 100m, 1) }),
                };
            }

            series.Add(s);
        }

        return Base(new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 48, ["right"] = 16, ["top"] = 36, ["bottom"] = 78 },
            ["legend"] = Legend(),
            ["tooltip"] = AxisTooltip(),
            ["xAxis"] = CategoryAxis(units.Select(u => u.UnitName), rotate: 35),
            ["yAxis"] = ValueAxis(T["Completion.Axis"].Value, "{value}%"),
            ["series"] = series,
        });
    }

    /// <summary>Scores in rank order, best on top, each bar in its unit's status colour.</summary>
    private JsonObject RankingOption(CityDashboard view)
    {
        var units = view.Units.Reverse().ToList();
        return Base(new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 92, ["right"] = 40, ["top"] = 16, ["bottom"] = 24 },
            ["tooltip"] = AxisTooltip(),
            ["xAxis"] = ValueAxis(T["Ranking.Axis"].Value, min: 0),
            ["yAxis"] = CategoryAxis(units.Select(u => $"{u.Rank}. {u.UnitName}"), wrap: false),
            ["series"] = new JsonArray(new JsonObject
            {
                ["name"] = T["Ranking.Axis"].Value,
                ["type"] = "bar",
                ["barMaxWidth"] = 16,
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "right", ["fontSize"] = 11 },
                ["data"] = Nodes(units.Select(u => (JsonNode?)new JsonObject
                {
                    ["value"] = Num(u.Score),
                    ["itemStyle"] = new JsonObject { ["color"] = StatusColour(u.Status) },
                })),
            }),
        });
    }

    /// <summary>Funds per month as bars (left axis, 万元) and project counts as lines (right axis); a month with unreported units is marked.</summary>
    private JsonObject TrendOption(CityDashboard view)
    {
        var months = view.Trend.Select(m => m.LiveUnits > 0 ? $"{T["MonthShort", m.Month]}*" : T["MonthShort", m.Month].Value).ToList();
        JsonObject Bars(string name, IEnumerable<decimal> values) => new()
        {
            ["name"] = name,
            ["type"] = "bar",
            ["barMaxWidth"] = 18,
            ["data"] = Nodes(values.Select(v => Num(v))),
        };
        JsonObject Line(string name, IEnumerable<decimal> values) => new()
        {
            ["name"] = name,
            ["type"] = "line",
            ["yAxisIndex"] = 1,
            ["symbolSize"] = 6,
            ["data"] = Nodes(values.Select(v => Num(v, 4))),
        };
        var option = Base(new JsonObject
        {
            ["grid"] = new JsonObject { ["left"] = 64, ["right"] = 40, ["top"] = 44, ["bottom"] = 40 },
            ["legend"] = Legend(),
            ["tooltip"] = AxisTooltip(),
            ["xAxis"] = CategoryAxis(months, wrap: false),
            ["yAxis"] = new JsonArray(ValueAxis(T["Trend.Money"].Value), ValueAxis(T["Trend.Count"].Value, min: 0)),
            ["series"] = new JsonArray(
                Bars(L["Indicator.FundsOutsideProvince"].Value, view.Trend.Select(m => m.FundsOutsideProvinceWan)),
                Bars(L["Indicator.FundsOutsideCity"].Value, view.Trend.Select(m => m.FundsOutsideCityWan)),
                Line(T["Trend.Signed"].Value, view.Trend.Select(m => m.SignedProjects)),
                Line(T["Trend.Started"].Value, view.Trend.Select(m => m.Started)),
                Line(T["Trend.InProduction"].Value, view.Trend.Select(m => m.InProduction))),
        });
        if (view.Trend.Any(m => m.LiveUnits > 0))
        {
            option["graphic"] = new JsonArray(new JsonObject
            {
                ["type"] = "text",
                ["right"] = 8,
                ["bottom"] = 2,
                ["style"] = new JsonObject { ["text"] = "* " + T["Trend.Unreported", view.Trend.Where(m => m.LiveUnits > 0).Max(m => m.LiveUnits)].Value, ["fontSize"] = 11, ["fill"] = "#8d6e00" },
            });
        }

        return option;
    }

    private sealed record FunnelStep(string Label, int Count, decimal Amount);

    /// <summary>The library as a funnel: projects that reached each stage (negotiating or later, signed or later, started or later, in production).</summary>
    private IReadOnlyList<FunnelStep> Funnel(CityDashboard view)
    {
        StageFigure Of(string stage) => view.Stages.FirstOrDefault(s => s.Stage == stage) ?? new StageFigure(stage, 0, 0m);
        var production = Of("InProduction");
        var started = Of("Started");
        var signed = Of("Signed");
        var negotiating = Of("Negotiating");
        var fromStarted = (production.Count + started.Count, production.ContractInvestmentWan + started.ContractInvestmentWan);
        var fromSigned = (fromStarted.Item1 + signed.Count, fromStarted.Item2 + signed.ContractInvestmentWan);
        var all = (fromSigned.Item1 + negotiating.Count, fromSigned.Item2 + negotiating.ContractInvestmentWan);
        return
        [
            new(T["Funnel.All"], all.Item1, all.Item2),
            new(T["Funnel.Signed"], fromSigned.Item1, fromSigned.Item2),
            new(T["Funnel.Started"], fromStarted.Item1, fromStarted.Item2),
            new(T["Funnel.InProduction"], production.Count, production.ContractInvestmentWan),
        ];
    }

    private static int StageCount(CityDashboard view, string stage) => view.Stages.FirstOrDefault(s => s.Stage == stage)?.Count ?? 0;

    private JsonObject FunnelOption(CityDashboard view)
    {
        var steps = Funnel(view);
        var max = Math.Max(1, steps.Max(s => s.Count));
        return Base(new JsonObject
        {
            ["color"] = Strings(["#1f5fa8", "#2e7bc4", "#00838f", Green]),
            ["tooltip"] = new JsonObject { ["trigger"] = "item", ["formatter"] = "{b}: {c}" },
            ["series"] = new JsonArray(new JsonObject
            {
                ["name"] = T["Funnel.Title"].Value,
                ["type"] = "funnel",
                ["left"] = "10%",
                ["right"] = "10%",
                ["top"] = 8,
                ["bottom"] = 8,
                ["min"] = 0,
                ["max"] = max,
                ["minSize"] = "8%",
                ["sort"] = "none",
                ["gap"] = 2,
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "inside", ["formatter"] = "{b}  {c}", ["color"] = "#fff", ["fontSize"] = 12 },
                ["data"] = Nodes(steps.Select(s => (JsonNode?)new JsonObject { ["name"] = s.Label, ["value"] = s.Count })),
            }),
        });
    }

    /// <summary>Projects (bars, left axis) and contract investment (bars, right axis, 万元) per cluster in plan order.</summary>
    private JsonObject ClustersOption(CityDashboard view) => Base(new JsonObject
    {
        ["grid"] = new JsonObject { ["left"] = 40, ["right"] = 64, ["top"] = 40, ["bottom"] = 64 },
        ["legend"] = Legend(),
        ["tooltip"] = AxisTooltip(),
        ["xAxis"] = CategoryAxis(view.Clusters.Select(c => c.ClusterName), rotate: 30),
        ["yAxis"] = new JsonArray(ValueAxis(T["Clusters.Projects"].Value, min: 0), ValueAxis(T["Clusters.Amount"].Value, min: 0)),
        ["series"] = new JsonArray(
            new JsonObject
            {
                ["name"] = T["Clusters.Projects"].Value,
                ["type"] = "bar",
                ["barMaxWidth"] = 14,
                ["data"] = Nodes(view.Clusters.Select(c => Num(c.Projects, 4))),
            },
            new JsonObject
            {
                ["name"] = T["Clusters.Amount"].Value,
                ["type"] = "bar",
                ["yAxisIndex"] = 1,
                ["barMaxWidth"] = 14,
                ["data"] = Nodes(view.Clusters.Select(c => Num(c.ContractInvestmentWan))),
            }),
    });

    private string UnitOf(RankingIndicator indicator) => indicator.IsMoney() ? T["Unit.WanYuan"] : T["Unit.Projects"];

    internal static string Change(int? change) => change switch
    {
        null => "—",
        > 0 => "↑" + change.Value.ToString(CultureInfo.CurrentCulture),
        < 0 => "↓" + (-change.Value).ToString(CultureInfo.CurrentCulture),
        _ => "—",
    };

    internal static string KpiBorder(ProgressStatus status) => status == ProgressStatus.None ? string.Empty : $"border-left:4px solid {StatusColour(status)}";

    internal static Color KpiColour(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => Color.Success,
        ProgressStatus.Yellow => Color.Warning,
        ProgressStatus.Red => Color.Error,
        _ => Color.Default,
    };

    internal static double Bar(decimal? completion) => completion is { } c ? (double)Math.Min(100m, c * 100m) : 0d;

    internal static string StatusText(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => $"color:{Green};font-weight:600",
        ProgressStatus.Yellow => "color:#8d6e00;font-weight:600",
        ProgressStatus.Red => $"color:{Red};font-weight:600",
        _ => string.Empty,
    };

    internal static string Value(RankingIndicator indicator, decimal? value) => value is not { } v ? "—" : indicator.IsMoney() ? Money(v) : Count(v);

    internal static string Money(decimal wan) => wan.ToString("#,0.00", CultureInfo.CurrentCulture);

    internal static string Count(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);

    internal static string Number(decimal value) => value.ToString("0.00", CultureInfo.CurrentCulture);

    internal static string Percent(decimal share) => share.ToString("P1", CultureInfo.CurrentCulture);

    internal static string PercentOrDash(decimal? share) => share is { } s ? Percent(s) : "—";

    internal static string Time(DateTime? utc) => utc is { } u ? ChinaTime.FromUtc(u).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;
}
