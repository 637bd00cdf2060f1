using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Contracts;
using Tianzhong.Modules.Investment.Features.ThreeOnes;

namespace Tianzhong.Modules.Investment.Pages.Components;

/// <summary>三个一 of one project: the city assigns leader and team; the unit keeps the action plan.</summary>
public sealed partial class ThreeOnesPanel
{
    private ThreeOnesView? _view;
    private IReadOnlyList<UserSummary> _leaders = [];
    private IReadOnlyList<UserSummary> _officers = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _leader;
    private IEnumerable<string> _team = [];
    private string? _title;
    private string? _owner;
    private DateTime? _due;
    private string? _problem;
    private bool _canAssign;
    private bool _canPlan;

    [Parameter, EditorRequired]
    public Guid ProjectId { get; set; }

    [Parameter]
    public bool IsMajor { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private ThreeOnesPlanning Planning { get; set; } = default!;

    [Inject]
    private IUserDirectory Users { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        if (!IsMajor)
        {
            return;
        }

        _canAssign = CurrentUser.IsInRole(Roles.CityOfficer);
        _canPlan = CurrentUser.IsInRole(Roles.CityOfficer) || CurrentUser.IsInRole(Roles.CountyOfficer);
        if (_canAssign)
        {
            _leaders = await Users.ListInRoleAsync(Roles.Leader, PageToken);
            _officers = [.. (await Users.ListInRoleAsync(Roles.CityOfficer, PageToken)).Concat(await Users.ListInRoleAsync(Roles.CountyOfficer, PageToken))];
        }

        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        _view = await Planning.GetAsync(ProjectId, PageToken);
        _leader = _view.Leader;
        _team = _view.Team;
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task AssignAsync() => RunAsync(() => Planning.AssignAsync(ProjectId, new AssignThreeOnesRequest(_leader, [.. _team], _view!.ProjectVersion), PageToken), notify: true);

    private Task PlanAsync() => RunAsync(
        async () =>
        {
            await Planning.PlanAsync(ProjectId, new MilestoneRequest(_title, _owner, _due is { } d ? DateOnly.FromDateTime(d) : null), PageToken);
            _title = null;
            _due = null;
        },
        notify: false);

    private Task CompleteAsync(MilestoneView milestone) => RunAsync(() => Planning.CompleteAsync(milestone.Id, new CompleteMilestoneRequest(null, milestone.Version), PageToken), notify: false);

    private Task ReopenAsync(MilestoneView milestone) => RunAsync(() => Planning.ReopenAsync(milestone.Id, milestone.Version, PageToken), notify: false);

    private Task RunAsync(Func<Task> action, bool notify) => WhileOpenAsync(async () =>
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        try
        {
            await action();
            await LoadAsync();
            if (notify)
            {
                await OnChanged.InvokeAsync();
            }
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or ForbiddenException or NotFoundException)
        {
            _problem = e.Message;
            await LoadAsync();
        }
    });
}
