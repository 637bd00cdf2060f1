using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Time;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Lifecycle;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The city's approval queue of stage submissions: city officers approve or return, everyone else reads.</summary>
public sealed partial class Approvals
{
    private SubmissionQuery _query = new(Status: SubmissionStatus.Pending);
    private SubmissionPage _page = new([], 0, 1, 20);
    private IReadOnlyList<UnitSummary> _units = [];
    private string? _fixedUnit;
    private bool _canDecide;
    private SubmissionView? _selected;
    private bool _approving;
    private string? _opinion;
    private string? _opinionError;
    private string? _problem;
    private string? _notice;
    private bool _busy;

    [Inject]
    private LifecycleQueries Queries { get; set; } = default!;

    [Inject]
    private LifecycleCommands Commands { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _canDecide = CurrentUser.IsInRole(Roles.CityOfficer);
        _fixedUnit = CurrentUser.SeesAllUnits() ? null : CurrentUser.UnitCode;
        _query = _query with { UnitCode = _fixedUnit };
        _units = await Units.ListUnitsAsync(PageToken);
        _page = await Queries.SearchAsync(_query, PageToken);
    });

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024d):0.0} MB")
        : string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} KB");

    private static Color StatusColor(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Approved => Color.Success,
        SubmissionStatus.Returned => Color.Warning,
        _ => Color.Info,
    };

    private string UnitName(string code) => _units.NameOf(code);

    private Task LoadAsync(SubmissionQuery query) => WhileOpenAsync(async () =>
    {
        _query = query with { UnitCode = _fixedUnit ?? query.UnitCode };
        _page = await Queries.SearchAsync(_query, PageToken);
    });

    private void OpenDecision(SubmissionView submission, bool approve)
    {
        _selected = submission;
        _approving = approve;
        _opinion = null;
        _opinionError = null;
        _problem = null;
        _notice = null;
    }

    private void CloseDecision()
    {
        _selected = null;
        _opinionError = null;
    }

    private async Task DecideAsync()
    {
        if (_selected is not { } submission || _busy)
        {
            return;
        }

        _busy = true;
        _opinionError = null;
        _problem = null;
        try
        {
            var request = new DecisionRequest(_opinion, submission.Version);
            var decided = _approving
                ? await Commands.ApproveAsync(submission.Id, request, PageToken)
                : await Commands.ReturnAsync(submission.Id, request, PageToken);
            _notice = L[_approving ? "Approvals.Approved" : "Approvals.Returned", decided.ProjectName];
            _selected = null;
        }
        catch (ValidationFailedException e)
        {
            _opinionError = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException or ForbiddenException)
        {
            // Someone decided first, or the project moved: show why and the queue as it now stands.
            _problem = e.Message;
            _selected = null;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync(_query);
    }
}
