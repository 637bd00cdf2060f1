using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Reports;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>
/// Monthly reporting: a county sees and submits its own month; the city sees every unit's status, opens a report,
/// approves or returns it, and closes the month when all are approved.
/// </summary>
public sealed partial class Reports
{
    private ReportingPeriod _period;
    private MonthOverview? _month;
    private ReportView? _report;
    private string? _narrative;
    private string? _narrativeError;
    private string? _opinion;
    private string? _problem;
    private string? _notice;
    private bool _isCity;
    private bool _canWrite;
    private bool _busy;

    [Inject]
    private ReportQueries Queries { get; set; } = default!;

    [Inject]
    private ReportCommands Commands { get; set; } = default!;

    [Inject]
    private MonthClose Close { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")]
    public int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "month")]
    public int? Month { get; set; }

    private IEnumerable<int> Years => PeriodChoice.Years(Clock);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _isCity = CurrentUser.IsInRole(Roles.CityOfficer);
        _canWrite = _isCity || CurrentUser.IsInRole(Roles.CountyOfficer);

        // The month to report is the last finished one.
        _period = PeriodChoice.FromQuery(Clock, Year, Month);
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        _month = await Queries.MonthAsync(_period, PageToken);
        var own = CurrentUser.SeesAllUnits() ? _report?.UnitCode : CurrentUser.UnitCode;
        _report = own is null ? null : await Queries.GetAsync(own, _period, PageToken);
        _narrative = _report?.Narrative;
        _narrativeError = null;
        _opinion = null;
    }

    private Task SelectAsync(ReportingPeriod period) => WhileOpenAsync(async () =>
    {
        _period = period;
        _problem = null;
        _notice = null;
        await LoadAsync();
    });

    private Task OpenAsync(string unitCode) => WhileOpenAsync(async () =>
    {
        _report = await Queries.GetAsync(unitCode, _period, PageToken);
        _narrative = _report.Narrative;
        _narrativeError = null;
        _opinion = null;
    });

    private bool CanEdit(ReportView report) => _canWrite && !report.IsClosed && report.Status is ReportStatus.Draft or ReportStatus.Returned && !(_month?.IsClosed ?? false);

    private Task SaveAsync() => RunAsync(async report =>
    {
        await Commands.SaveAsync(report.UnitCode, _period, new SaveReportRequest(_narrative, report.Version), PageToken);
        return L["Reports.Saved"];
    });

    private Task SubmitAsync() => RunAsync(async report =>
    {
        await Commands.SubmitAsync(report.UnitCode, _period, new SaveReportRequest(_narrative, report.Version), PageToken);
        return L["Reports.Submitted", report.UnitName];
    });

    private Task DecideAsync(bool approve) => RunAsync(async report =>
    {
        var request = new DecideReportRequest(_opinion, report.Version);
        _ = approve
            ? await Commands.ApproveAsync(report.UnitCode, _period, request, PageToken)
            : await Commands.ReturnAsync(report.UnitCode, _period, request, PageToken);
        return L[approve ? "Reports.Approved" : "Reports.Returned", report.UnitName];
    });

    private Task CloseMonthAsync() => RunAsync(async _ =>
    {
        await Close.CloseAsync(_period, PageToken);
        return L["Reports.MonthClosedNotice", _period.Year, _period.Month];
    });

    private async Task RunAsync(Func<ReportView, Task<string>> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _problem = null;
        _notice = null;
        _narrativeError = null;
        try
        {
            await WhileOpenAsync(async () =>
            {
                try
                {
                    var unit = _report?.UnitCode;
                    _notice = await action(_report ?? EmptyReport);
                    await LoadAsync();
                    if (unit is not null && _isCity)
                    {
                        _report = await Queries.GetAsync(unit, _period, PageToken);
                        _narrative = _report.Narrative;
                    }
                }
                catch (ValidationFailedException e)
                {
                    _narrativeError = string.Join(" ", e.Errors.SelectMany(x => x.Value));
                }
                catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException or ForbiddenException)
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

    private static readonly ReportView EmptyReport = new(null, string.Empty, string.Empty, 0, 0, ReportStatus.Draft, false, true, string.Empty, null, null, null, null, null, 0, FigureTotals.Zero, FigureTotals.Zero, [], []);

    private string StatusText(ReportStatus? status) => status is { } s ? L[$"ReportStatus.{s}"] : L["ReportStatus.NotStarted"];

    private static Color StatusColor(ReportStatus? status) => status switch
    {
        ReportStatus.Approved => Color.Success,
        ReportStatus.Submitted => Color.Info,
        ReportStatus.Returned => Color.Warning,
        ReportStatus.Draft => Color.Default,
        _ => Color.Error,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Time(DateTime? utc) => utc is { } u ? ChinaTime.FromUtc(u).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static string Money(decimal? wan) => wan is { } w ? w.ToString("#,0.00", System.Globalization.CultureInfo.CurrentCulture) : "—";

    private static string Count(decimal? count) => count is { } c ? c.ToString("0.####", System.Globalization.CultureInfo.CurrentCulture) : "—";

    private static string Percent(decimal share) => share.ToString("P1", System.Globalization.CultureInfo.CurrentCulture);
}
