using Tianzhong.Kernel.Infrastructure.Components;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Pages.Components;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The project library: search and register. Both go through the same handlers as the API.</summary>
public sealed partial class Projects
{
    private ProjectQuery _query = new();
    private ProjectPage _page = new([], 0, 1, 20);
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<DirectionSummary> _directions = [];
    private IReadOnlyList<ClusterSummary> _clusters = [];
    private IReadOnlyList<HistoricalProjectView> _history = [];
    private ProjectBoardView? _board;
    private bool _boardView;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyDictionary<string, string[]> _filterErrors = new Dictionary<string, string[]>();
    private string? _problem;
    private string? _fixedUnit;
    private ProjectFiguresModel _form = new();
    private bool _formOpen;

    [Inject]
    private ProjectQueries Queries { get; set; } = default!;

    [Inject]
    private ProjectRegistration Registration { get; set; } = default!;

    [Inject]
    private ProjectBoard Board { get; set; } = default!;

    [Inject]
    private HistoricalProjects History { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private IIndustryDirectory Industries { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The export endpoint with the list's current filters, so the workbook holds exactly what the table shows.</summary>
    private string ExportUrl
    {
        get
        {
            var parameters = new Dictionary<string, string?>
            {
                ["search"] = _query.Search,
                ["unitCode"] = _query.UnitCode,
                ["directionCode"] = _query.DirectionCode,
                ["clusterCode"] = _query.ClusterCode,
                ["stage"] = _query.Stage?.ToString(),
                ["overBillion"] = _query.OverBillion?.ToString(),
                ["band"] = _query.Band?.ToString(),
                ["year"] = _query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["source"] = _query.Source?.ToString(),
                ["attention"] = _query.Attention?.ToString(),
            };
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/investment/projects/export", parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
        }
    }

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _directions = await Industries.ListDirectionsAsync(PageToken);
        _clusters = await Industries.ListClustersAsync(PageToken);
        _history = await History.ListAsync(PageToken);
        _fixedUnit = CurrentUser.IsInRole(Roles.CountyOfficer) ? CurrentUser.UnitCode : null;
        _form.UnitCode = _fixedUnit;
        _page = await Queries.SearchAsync(_query, PageToken);
    });

    private bool HasFilterError(string field) => _filterErrors.ContainsKey(field);

    private string? FilterErrorOf(string field) => _filterErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private string UnitName(string code) => _units.NameOf(code);

    private string DirectionName(string code) => _directions.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private Task LoadAsync(ProjectQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _filterErrors = new Dictionary<string, string[]>();
        try
        {
            _page = await Queries.SearchAsync(query, PageToken);
            if (_boardView)
            {
                _board = await Board.GetAsync(query, PageToken);
            }
        }
        catch (ValidationFailedException e)
        {
            _filterErrors = e.Errors;
        }
    });

    private Task ShowBoardAsync()
    {
        _boardView = true;
        return LoadAsync(_query);
    }

    // Gated like every other piece of page work: it uses the same circuit-scoped DbContext as the list's loads.
    private Task RegisterAsync() => WhileOpenAsync(async () =>
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        try
        {
            var created = await Registration.RegisterAsync(new RegisterProjectRequest(_form.UnitCode, _form.ToFigures()), PageToken);
            Navigation.NavigateTo($"/investment/projects/{created.Id}");
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (ForbiddenException e)
        {
            _problem = e.Message;
        }
    });
}
