using Tianzhong.Kernel.Infrastructure.Components;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Funds;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>Funds in place: the filtered list with the city's decisions, a form to record funds, and totals by unit or month.</summary>
public sealed partial class Funds
{
    private readonly Dictionary<Guid, string> _remarks = [];
    private FundsQuery _query = new();
    private FundsPage _page = new([], 0, 1, 20);
    private FundsTotals? _totals;
    private FundsGrouping _grouping = FundsGrouping.Unit;
    private List<ChartSeries> _series = [];
    private string[] _labels = [];
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _problem;
    private bool _isCity;
    private ProjectView? _project;
    private DateTime? _receivedOn;
    private CapitalSource? _source;
    private string _currency = FundsRules.Yuan;
    private decimal? _amount;
    private decimal? _rate;

    [Inject]
    private FundsQueries Queries { get; set; } = default!;

    [Inject]
    private FundsRecording Recording { get; set; } = default!;

    [Inject]
    private ProjectQueries Projects { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _isCity = CurrentUser.IsInRole(Roles.CityOfficer);
        _units = await Units.ListUnitsAsync(PageToken);
        _page = await Queries.SearchAsync(_query, PageToken);
        await LoadTotalsAsync(_grouping);
    });

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime? ToDate(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private string UnitName(string code) => _units.NameOf(code);

    private async Task<IEnumerable<ProjectView>> SearchProjectsAsync(string? term, CancellationToken cancellationToken) =>
        (await Projects.SearchAsync(new ProjectQuery(Search: term, PageSize: 20), cancellationToken)).Items;

    private Task LoadAsync(FundsQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _page = await Queries.SearchAsync(query, PageToken);
        _problem = null;
    });

    private Task LoadTotalsAsync(FundsGrouping grouping) => WhileOpenAsync(async () =>
    {
        _grouping = grouping;
        _totals = await Queries.TotalsAsync(new FundsTotalsQuery(_query.From, _query.To, grouping.ToString()), PageToken);
        _labels = [.. _totals.Rows.Select(r => r.Label)];
        _series =
        [
            new ChartSeries { Name = Text["Funds.All"], Data = [.. _totals.Rows.Select(r => (double)r.AllWan)] },
            new ChartSeries { Name = Text["Funds.OutsideProvince"], Data = [.. _totals.Rows.Select(r => (double)r.OutsideProvinceWan)] },
            new ChartSeries { Name = Text["Funds.OutsideCity"], Data = [.. _totals.Rows.Select(r => (double)r.OutsideCityWan)] },
        ];
    });

    private async Task RecordAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        if (_project is null)
        {
            _errors = new Dictionary<string, string[]> { ["projectId"] = [Text["Required"]] };
            return;
        }

        try
        {
            await Recording.RecordAsync(_project.Id, new RecordFundsRequest(FromDate(_receivedOn), _source, _currency, _amount, _rate), PageToken);
            _amount = null;
            _problem = Text["Funds.Saved"];
            await LoadAsync(_query with { Page = 1 });
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            _problem = e.Message;
        }
    }

    private async Task DecideAsync(FundsView record, bool verify)
    {
        _problem = null;
        var request = new DecideFundsRequest(_remarks.GetValueOrDefault(record.Id), record.Version);
        try
        {
            if (verify)
            {
                await Recording.VerifyAsync(record.Id, request, PageToken);
            }
            else
            {
                await Recording.RejectAsync(record.Id, request, PageToken);
            }

            await LoadAsync(_query);
            await LoadTotalsAsync(_grouping);
        }
        catch (ValidationFailedException e)
        {
            _problem = e.Message;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException or ForbiddenException)
        {
            _problem = e.Message;
            await LoadAsync(_query);
            _problem = e.Message;
        }
    }
}
