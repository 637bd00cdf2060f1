using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Features.Matching;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>A chain's (or link's) ranked enterprises with every part of the score explained, and following one as a lead.</summary>
public sealed partial class Recommendations
{
    private const int PageSize = 50;
    private static readonly OrganisationTraits[] ShownFlags = [OrganisationTraits.Global500, OrganisationTraits.China500, OrganisationTraits.Private500, OrganisationTraits.Listed, OrganisationTraits.IndustryLeader];
    private readonly HashSet<Guid> _expanded = [];
    private IReadOnlyList<UnitSummary> _units = [];
    private RecommendationPage? _view;
    private Guid? _linkId;
    private string? _unitCode;
    private string? _search;
    private bool _listedOnly;
    private int _page = 1;
    private bool _seesAllUnits;
    private bool _canFollow;
    private bool _busy;
    private string? _problem;
    private Recommendation? _following;
    private string? _followUnit;
    private Guid? _followLink;
    private string? _followError;
    private FollowResult? _followed;

    [Parameter]
    public string Code { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = "link")]
    public Guid? Link { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public string? Unit { get; set; }

    [Inject]
    private Features.Matching.Recommendations Service { get; set; } = default!;

    [Inject]
    private FollowRecommendation Follow { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _seesAllUnits = CurrentUser.SeesAllUnits();
        _canFollow = CurrentUser.IsInRole(Roles.CityOfficer) || CurrentUser.IsInRole(Roles.CountyOfficer);
        _units = await Units.ListUnitsAsync(PageToken);
        _unitCode = _seesAllUnits ? (Unit ?? (_units.Count > 0 ? _units[0].Code : null)) : CurrentUser.UnitCode;
        _linkId = Link;
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        try
        {
            _view = await Service.ForChainAsync(Code, new RecommendationQuery(_linkId, _unitCode, _page, PageSize, _listedOnly ? true : null, null, null, string.IsNullOrWhiteSpace(_search) ? null : _search), PageToken);
        }
        catch (NotFoundException e)
        {
            _problem = e.Message;
            _view = null;
        }
    }

    private Task SelectLinkAsync(Guid? linkId) => WhileOpenAsync(async () =>
    {
        _linkId = linkId;
        _page = 1;
        _expanded.Clear();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("link", linkId), replace: true);
        await LoadAsync();
    });

    private Task SelectUnitAsync(string unitCode) => WhileOpenAsync(async () =>
    {
        _unitCode = unitCode;
        await LoadAsync();
    });

    private Task ListedOnlyAsync(bool listedOnly) => WhileOpenAsync(async () =>
    {
        _listedOnly = listedOnly;
        _page = 1;
        await LoadAsync();
    });

    private Task ReloadAsync() => WhileOpenAsync(async () =>
    {
        _page = 1;
        await LoadAsync();
    });

    private Task PageAsync(int page) => WhileOpenAsync(async () =>
    {
        _page = page;
        await LoadAsync();
    });

    private void Toggle(Guid organisationId)
    {
        if (!_expanded.Remove(organisationId))
        {
            _expanded.Add(organisationId);
        }
    }

    private void OpenFollow(Recommendation row)
    {
        _following = row;
        _followUnit = _unitCode;
        _followLink = _linkId;
        _followError = null;
    }

    private Task FollowAsync() => WhileOpenAsync(async () =>
    {
        if (_busy || _following is null)
        {
            return;
        }

        _busy = true;
        _followError = null;
        try
        {
            _followed = await Follow.FollowAsync(Code, _following.OrganisationId, new FollowRequest(_followUnit, _followLink), PageToken);
            _following = null;
        }
        catch (Exception e) when (e is ValidationFailedException or DomainRuleException or ForbiddenException or NotFoundException)
        {
            _followError = e is ValidationFailedException v ? string.Join(" ", v.Errors.SelectMany(x => x.Value)) : e.Message;
        }
        finally
        {
            _busy = false;
        }
    });

    private string Flags(OrganisationTraits traits) =>
        string.Join(L["ListSeparator"], ShownFlags.Where(f => traits.HasFlag(f)).Select(f => L[$"Flag.{f}"].Value));

    private static string Num(decimal value, string format = "0.#") => value.ToString(format, CultureInfo.CurrentCulture);
}
