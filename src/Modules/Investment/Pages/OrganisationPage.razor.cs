using Microsoft.AspNetCore.Components;
using MudBlazor;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Features.Investors;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>One organisation: profile, projects, interactions, contacts and possible duplicates (merged by city officers).</summary>
public sealed partial class OrganisationPage
{
    private OrganisationDetail? _detail;
    private bool _notFound;
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<SimilarOrganisation> _similar = [];
    private OrganisationTraits _profileTraits;
    private string? _profileRegion;
    private bool _profileForeign;
    private string? _profileProblem;
    private Guid? _contactId;
    private int _contactVersion;
    private string? _contactName;
    private string? _contactTitle;
    private string? _contactPhone;
    private string? _contactEmail;
    private IReadOnlyDictionary<string, string[]> _contactErrors = new Dictionary<string, string[]>();
    private string? _contactProblem;
    private string? _mergeMessage;
    private Severity _mergeSeverity = Severity.Info;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private OrganisationQueries Queries { get; set; } = default!;

    [Inject]
    private OrganisationRegistration Registration { get; set; } = default!;

    [Inject]
    private OrganisationMerge Merge { get; set; } = default!;

    [Inject]
    private ContactBook Contacts { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        await LoadAsync();
    });

    private string UnitName(string code) => _units.NameOf(code);

    private bool ContactHas(string field) => _contactErrors.ContainsKey(field);

    private string? ContactError(string field) => _contactErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task ReloadAsync() => WhileOpenAsync(LoadAsync);

    private async Task LoadAsync()
    {
        try
        {
            _detail = await Queries.GetAsync(Id, PageToken);
        }
        catch (NotFoundException)
        {
            _notFound = true;
            return;
        }

        if (_detail.Organisation.MergedIntoId is { } survivor)
        {
            Navigation.NavigateTo($"/investment/organisations/{survivor}", replace: true);
            return;
        }

        _notFound = false;
        _profileTraits = _detail.Organisation.Traits;
        _profileRegion = _detail.Organisation.Region;
        _profileForeign = _detail.Organisation.IsForeign;
        _similar = await Queries.SimilarAsync(Id, PageToken);
    }

    private async Task SaveProfileAsync()
    {
        _profileProblem = null;
        try
        {
            await Registration.DescribeAsync(Id, new OrganisationProfileRequest(_profileTraits, _profileRegion, _profileForeign, _detail!.Organisation.Version), PageToken);
            await ReloadAsync();
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or ValidationFailedException)
        {
            _profileProblem = e.Message;
        }
    }

    private async Task EditContactAsync(Guid id)
    {
        _contactErrors = new Dictionary<string, string[]>();
        _contactProblem = null;

        // Editing needs the full values: this read is audited as personal data viewed.
        var contact = await Contacts.GetFullAsync(id, PageToken);
        (_contactId, _contactVersion, _contactName, _contactTitle, _contactPhone, _contactEmail) = (contact.Id, contact.Version, contact.Name, contact.Title, contact.Phone, contact.Email);
    }

    private void ResetContact()
    {
        (_contactId, _contactVersion, _contactName, _contactTitle, _contactPhone, _contactEmail) = (null, 0, null, null, null, null);
        _contactErrors = new Dictionary<string, string[]>();
        _contactProblem = null;
    }

    private async Task SaveContactAsync()
    {
        _contactErrors = new Dictionary<string, string[]>();
        _contactProblem = null;
        try
        {
            if (_contactId is { } id)
            {
                await Contacts.ReviseAsync(id, new ReviseContactRequest(_contactName, _contactTitle, _contactPhone, _contactEmail, _contactVersion), PageToken);
            }
            else
            {
                await Contacts.AddAsync(Id, new ContactRequest(_contactName, _contactTitle, _contactPhone, _contactEmail), PageToken);
            }

            ResetContact();
            await ReloadAsync();
        }
        catch (ValidationFailedException e)
        {
            _contactErrors = e.Errors;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException)
        {
            _contactProblem = e.Message;
        }
    }

    private async Task MergeAsync(SimilarOrganisation duplicate)
    {
        _mergeMessage = null;
        try
        {
            var result = await Merge.MergeAsync(Id, new MergeOrganisationsRequest(duplicate.Id, _detail!.Organisation.Version, duplicate.Version), PageToken);
            _mergeSeverity = Severity.Success;
            _mergeMessage = Text["Organisation.Merged", duplicate.Name, result.ProjectsMoved, result.InteractionsMoved, result.ContactsMoved];
            await ReloadAsync();
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException)
        {
            _mergeSeverity = Severity.Warning;
            _mergeMessage = e.Message;
        }
    }
}
