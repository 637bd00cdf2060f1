using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The project library: search and register. Both go through the same handlers as the API.</summary>
public sealed partial class Projects
{
    private ProjectQuery _query = new();
    private ProjectPage _page = new([], 0, 1, 20);
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<DirectionSummary> _directions = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _problem;
    private string? _fixedUnit;
    private string? _name;
    private string? _unit;
    private string? _direction;
    private CapitalSource _source = CapitalSource.OtherProvince;
    private decimal _contract;
    private DateTime? _start;
    private DateTime? _production;
    private bool _confidential;

    [Inject]
    private ProjectQueries Queries { get; set; } = default!;

    [Inject]
    private ProjectRegistration Registration { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private IIndustryDirectory Industries { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    private int PageCount => Math.Max(1, (int)Math.Ceiling(_page.Total / (double)_page.PageSize));

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _directions = await Industries.ListDirectionsAsync(PageToken);
        _fixedUnit = CurrentUser.IsInRole(Roles.CountyOfficer) ? CurrentUser.UnitCode : null;
        _unit = _fixedUnit;
        _page = await Queries.SearchAsync(_query, PageToken);
    });

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private string UnitName(string code) => _units.FirstOrDefault(u => u.Code == code)?.Name ?? code;

    private string DirectionName(string code) => _directions.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private Task LoadAsync(ProjectQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _page = await Queries.SearchAsync(query, PageToken);
    });

    private async Task RegisterAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        var figures = new ProjectFigures(
            _name ?? string.Empty, _direction ?? string.Empty, null, _source, _contract, null, null, null, null, null, null, null, null, null,
            _start is { } s ? DateOnly.FromDateTime(s) : null, _production is { } p ? DateOnly.FromDateTime(p) : null, _confidential);
        try
        {
            await Registration.RegisterAsync(new RegisterProjectRequest(_unit, figures), CancellationToken.None);
            _name = null;
            _contract = 0;
            await LoadAsync(_query with { Page = 1 });
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (ForbiddenException e)
        {
            _problem = e.Message;
        }
    }
}
