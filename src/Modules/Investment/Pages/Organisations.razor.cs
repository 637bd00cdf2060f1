using Tianzhong.Kernel.Infrastructure.Components;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Features.Investors;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The investor resources: search, trait filter and registration with a similar-name warning.</summary>
public sealed partial class Organisations
{
    private OrganisationQuery _query = new();
    private OrganisationListPage _page = new([], 0, 1, 20);
    private OrganisationTraits _traits;
    private bool _registerOpen;
    private string? _name;
    private string? _creditCode;
    private string? _region;
    private bool _isForeign;
    private OrganisationTraits _newTraits;
    private bool _acknowledge;
    private IReadOnlyList<SimilarOrganisation> _similar = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _problem;

    [Inject]
    private OrganisationQueries Queries { get; set; } = default!;

    [Inject]
    private OrganisationRegistration Registration { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => LoadAsync(_query);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task LoadAsync(OrganisationQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _page = await Queries.SearchAsync(query, PageToken);
    });

    private Task ToggleTraitAsync(OrganisationTraits trait)
    {
        _traits = (_traits & trait) == trait ? _traits & ~trait : _traits | trait;
        return LoadAsync(_query with { Trait = _traits == OrganisationTraits.None ? null : _traits, Page = 1 });
    }

    private void OpenRegister()
    {
        _name = _creditCode = _region = null;
        _isForeign = _acknowledge = false;
        _newTraits = OrganisationTraits.None;
        _similar = [];
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        _registerOpen = true;
    }

    private Task CheckSimilarAsync() => WhileOpenAsync(async () =>
    {
        _acknowledge = false;
        _similar = string.IsNullOrWhiteSpace(_name) ? [] : await Queries.SimilarToAsync(_name, null, PageToken);
    });

    private async Task RegisterAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        try
        {
            var created = await Registration.RegisterAsync(new RegisterOrganisationRequest(_name, _creditCode, _region, _isForeign, _newTraits, _acknowledge), PageToken);
            _registerOpen = false;
            Navigation.NavigateTo($"/investment/organisations/{created.Id}");
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (DomainRuleException e)
        {
            _problem = e.Message;
            await CheckSimilarAsync();
        }
    }
}
