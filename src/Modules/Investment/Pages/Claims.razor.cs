using Tianzhong.Kernel.Infrastructure.Components;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Features.Claims;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>Double claims side by side; city officers decide the shares.</summary>
public sealed partial class Claims
{
    private ClaimQuery _query = new(Status: Domain.ClaimStatus.Open);
    private ClaimPage _page = new([], 0, 1, 20);
    private IReadOnlyList<UnitSummary> _units = [];
    private bool _decideOpen;
    private ClaimView? _claim;
    private decimal _share = 1m;
    private string? _remark;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _problem;

    [Inject]
    private ClaimDesk Desk { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _page = await Desk.SearchAsync(_query, PageToken);
    });

    private static string Percent(decimal share) => share.ToString("P2", CultureInfo.InvariantCulture);

    private string UnitName(string code) => _units.NameOf(code);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task LoadAsync(ClaimQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _page = await Desk.SearchAsync(query, PageToken);
    });

    private void Open(ClaimView claim)
    {
        _claim = claim;
        _share = claim.FirstShare ?? 1m;
        _remark = claim.Remark;
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        _decideOpen = true;
    }

    private async Task DecideAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        try
        {
            await Desk.DecideAsync(_claim!.Id, new DecideClaimRequest(_share, _remark, _claim.Version), PageToken);
            _decideOpen = false;
            await LoadAsync(_query);
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or NotFoundException or DomainRuleException)
        {
            _problem = e.Message;
        }
    }
}
