using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Dashboards;
using static Tianzhong.Modules.Supervision.Pages.DashboardCharts;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>One unit's dashboard: each indicator against its target and the average of units, and its rank over the months.</summary>
public sealed partial class UnitDashboard
{
    private ReportingPeriod _period;
    private Features.Dashboards.UnitDashboard? _view;
    private string? _problem;
    private bool _seesCity;
    private JsonObject _money = [];
    private JsonObject _counts = [];
    private JsonObject _rank = [];

    [Parameter]
    public string Code { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = "year")]
    public int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "month")]
    public int? Month { get; set; }

    [Inject]
    private DashboardQueries Queries { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private IEnumerable<int> Years => PeriodChoice.Years(Clock);

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        _seesCity = CurrentUser.SeesAllUnits();
        _period = PeriodChoice.FromQuery(Clock, Year, Month);
        await LoadAsync();
    });

    private Task SelectAsync(ReportingPeriod period) => WhileOpenAsync(async () =>
    {
        _period = period;
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        _problem = null;
        try
        {
            _view = await Queries.UnitAsync(_period, Code, PageToken);
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            _view = null;
            _problem = e.Message;
            return;
        }

        _money = IndicatorsOption(_view, money: true);
        _counts = IndicatorsOption(_view, money: false);
        _rank = RankOption(_view);
    }

    /// <summary>Per indicator: the unit's value, its target and the average of units, as grouped bars.</summary>
    private JsonObject IndicatorsOption(Features.Dashboards.UnitDashboard view, bool money)
    {
        var indicators = view.Indicators.Where(i => i.Indicator.IsMoney() == money).ToList();
        var decimals = money ? 2 : 4;
        JsonObject Bars(string name, string colour, IEnumerable<decimal?> values) => new()
        {
            ["name"] = name,
            ["type"] = "bar",
            ["barMaxWidth"] = 16,
            ["itemStyle"] = new JsonObject { ["color"] = colour },
            ["data"] = Nodes(values.Select(v => Num(v, decimals))),
        };
        return Base(new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = T[money ? "Indicators.Money" : "Indicators.Counts"].Value, ["left"] = "center", ["bottom"] = 0, ["textStyle"] = new JsonObject { ["fontSize"] = 12, ["fontWeight"] = "normal", ["color"] = "#555" } },
            ["grid"] = new JsonObject { ["left"] = money ? 72 : 40, ["right"] = 12, ["top"] = 36, ["bottom"] = 56 },
            ["legend"] = Legend(),
            ["tooltip"] = AxisTooltip(),
            ["xAxis"] = CategoryAxis(indicators.Select(i => L[$"Indicator.{i.Indicator}"].Value)),
            ["yAxis"] = ValueAxis(string.Empty, min: 0),
            ["series"] = new JsonArray(
                Bars(T["Indicators.Unit"].Value, "#1f5fa8", indicators.Select(i => (decimal?)i.Value)),
                Bars(T["Indicators.Target"].Value, "#b0bec5", indicators.Select(i => i.Target)),
                Bars(T["Indicators.Average"].Value, "#e07b00", indicators.Select(i => (decimal?)i.UnitAverage))),
        });
    }

    /// <summary>Rank (left axis, 1 on top) and score (right axis) per month; each rank point in its status colour.</summary>
    private JsonObject RankOption(Features.Dashboards.UnitDashboard view) => Base(new JsonObject
    {
        ["grid"] = new JsonObject { ["left"] = 44, ["right"] = 48, ["top"] = 40, ["bottom"] = 28 },
        ["legend"] = Legend(),
        ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
        ["xAxis"] = CategoryAxis(view.RankTrend.Select(p => T["MonthShort", p.Month].Value + (p.IsProvisional ? T["RankTrend.Provisional"].Value : string.Empty)), wrap: false),
        ["yAxis"] = new JsonArray(
            ValueAxis(T["RankTrend.Rank"].Value, inverse: true, min: 1, max: Math.Max(1, view.UnitCount), interval: Math.Max(1, (view.UnitCount - 1) / 4)),
            ValueAxis(T["RankTrend.Score"].Value, min: 0, max: 100)),
        ["series"] = new JsonArray(
            new JsonObject
            {
                ["name"] = T["RankTrend.Rank"].Value,
                ["type"] = "line",
                ["symbolSize"] = 10,
                ["lineStyle"] = new JsonObject { ["color"] = "#1f5fa8", ["width"] = 2 },
                ["itemStyle"] = new JsonObject { ["color"] = "#1f5fa8" },
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "top", ["fontSize"] = 11 },
                ["data"] = Nodes(view.RankTrend.Select(p => (JsonNode?)new JsonObject
                {
                    ["value"] = p.Rank,
                    ["itemStyle"] = new JsonObject { ["color"] = StatusColour(p.Status) },
                })),
            },
            new JsonObject
            {
                ["name"] = T["RankTrend.Score"].Value,
                ["type"] = "bar",
                ["yAxisIndex"] = 1,
                ["barMaxWidth"] = 18,
                ["itemStyle"] = new JsonObject { ["color"] = "rgba(31,95,168,0.18)" },
                ["data"] = Nodes(view.RankTrend.Select(p => Num(p.Score))),
            }),
    });
}
