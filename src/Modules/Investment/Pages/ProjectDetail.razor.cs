using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Pages.Components;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>One project: its figures (editable with optimistic concurrency), timeline and 三个一.</summary>
public sealed partial class ProjectDetail
{
    private ProjectView? _project;
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<DirectionSummary> _directions = [];
    private ProjectFiguresModel _form = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _refusal;
    private string? _conflict;
    private bool _editing;
    private bool _canWrite;

    [Parameter]
    public Guid Id { get; set; }

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

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _directions = await Industries.ListDirectionsAsync(PageToken);
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        try
        {
            _project = await Queries.GetAsync(Id, PageToken);
            _canWrite = (CurrentUser.IsInRole(Roles.CityOfficer) || CurrentUser.IsInRole(Roles.CountyOfficer)) && CurrentUser.SeesUnit(_project.UnitCode);
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException)
        {
            _refusal = e.Message;
        }
    }

    private Task ReloadAsync() => WhileOpenAsync(async () =>
    {
        await LoadAsync();
        if (_editing && _project is not null)
        {
            _form = ProjectFiguresModel.From(_project.UnitCode, _project.Figures);
        }

        _conflict = null;
    });

    private void StartEdit()
    {
        _form = ProjectFiguresModel.From(_project!.UnitCode, _project.Figures);
        _errors = new Dictionary<string, string[]>();
        _conflict = null;
        _editing = true;
    }

    private void CancelEdit() => _editing = false;

    private async Task SaveAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _conflict = null;
        try
        {
            _project = await Registration.ReviseAsync(Id, new ReviseProjectRequest(_form.ToFigures(), _project!.Version), CancellationToken.None);
            _editing = false;
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (ConcurrencyConflictException e)
        {
            _conflict = e.Message;
        }
        catch (ForbiddenException e)
        {
            _conflict = e.Message;
        }
    }

    private string UnitName(string code) => _units.NameOf(code);

    private string DirectionName(string code) => _directions.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private static string Amount(decimal? value) => value?.ToString("N2", System.Globalization.CultureInfo.CurrentCulture) ?? "—";

    private static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
