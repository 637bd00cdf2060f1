using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Identity.Features.Accounts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Identity.Pages;

public sealed partial class Users
{
    private IReadOnlyList<UserRow> _rows = [];
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<DepartmentSummary> _departments = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _loading;
    private string? _search;
    private string? _message;
    private string? _problem;
    private string? _newUserName;
    private string? _newDisplayName;
    private string? _newPhone;
    private UserRow? _assigning;
    private string? _assignRole;
    private string? _assignUnit;
    private string? _assignDepartment;

    [Inject]
    private UserAdministration Administration { get; set; } = default!;

    [Inject]
    private IUnitDirectory Directory { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Directory.ListUnitsAsync(PageToken);
        _departments = await Directory.ListDepartmentsAsync(PageToken);
        await LoadAsync();
    });

    private Task LoadAsync() => WhileOpenAsync(async () =>
    {
        _loading = true;
        _rows = await Administration.ListAsync(_search, PageToken);
        _loading = false;
    });

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task RunAsync(Func<Task> action)
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        try
        {
            await action();
            await LoadAsync();
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException or DomainRuleException or ConcurrencyConflictException)
        {
            _problem = e.Message;
        }
    }

    private Task CreateAsync() => RunAsync(async () =>
    {
        var created = await Administration.CreateAsync(new CreateUserRequest(_newUserName, _newDisplayName, _newPhone, null), CancellationToken.None);
        _message = Text["Users.Created", created.UserName, created.GeneratedPassword ?? string.Empty];
        _newUserName = _newDisplayName = _newPhone = null;
    });

    private Task UnlockAsync(string id) => RunAsync(() => Administration.UnlockAsync(id, CancellationToken.None));

    private Task ToggleAsync(UserRow row) => RunAsync(() => Administration.SetLockAsync(row.Id, !row.IsDisabled, CancellationToken.None));

    private Task ResetAsync(string id) => RunAsync(async () =>
        _message = Text["Users.ResetDone", await Administration.ResetPasswordAsync(id, CancellationToken.None)]);

    private void StartAssign(UserRow row)
    {
        _assigning = row;
        _assignRole = row.Roles.Count > 0 ? row.Roles[0] : null;
        _assignUnit = row.UnitCode;
        _assignDepartment = row.DepartmentCode;
        _errors = new Dictionary<string, string[]>();
    }

    private Task AssignAsync() => RunAsync(async () =>
    {
        await Administration.AssignRolesAsync(_assigning!.Id, new AssignRolesRequest(_assignRole is null ? [] : [_assignRole], _assignUnit, _assignDepartment), CancellationToken.None);
        _assigning = null;
    });
}
