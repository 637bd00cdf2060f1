using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Features.Investors;

namespace Tianzhong.Modules.Investment.Pages.Components;

/// <summary>A project's investors (edited with an organisation autocomplete) and its interactions, for the project page.</summary>
public sealed partial class ProjectInvestorsPanel
{
    private const int InteractionRows = 50;

    private ProjectInvestorsView? _view;
    private List<ProjectInvestorView> _selected = [];
    private InteractionPage _interactions = new([], 0, 1, InteractionRows);
    private OrganisationRow? _pick;
    private bool _dirty;
    private bool _notFound;
    private string? _problem;

    [Parameter]
    public Guid ProjectId { get; set; }

    [Inject]
    private ProjectInvestors Investors { get; set; } = default!;

    [Inject]
    private OrganisationQueries Organisations { get; set; } = default!;

    [Inject]
    private InteractionLog Log { get; set; } = default!;

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        try
        {
            Show(await Investors.GetAsync(ProjectId, PageToken));
            await LoadInteractionsCoreAsync();
        }
        catch (NotFoundException)
        {
            _notFound = true;
        }
    });

    private void Show(ProjectInvestorsView view)
    {
        _view = view;
        _selected = [.. view.Investors];
        _dirty = false;
    }

    private string OrganisationName(Guid id) => _view?.Investors.FirstOrDefault(i => i.OrganisationId == id)?.OrganisationName ?? id.ToString();

    private async Task<IEnumerable<OrganisationRow>> SearchAsync(string? term, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return [];
        }

        var page = await Organisations.SearchAsync(new OrganisationQuery(term, null, 1, 20), cancellationToken);
        return page.Items;
    }

    private void Add(OrganisationRow? organisation)
    {
        _pick = null;
        if (organisation is not null && _selected.All(s => s.OrganisationId != organisation.Id))
        {
            _selected.Add(new ProjectInvestorView(organisation.Id, organisation.Name));
            _dirty = true;
        }
    }

    private void Remove(ProjectInvestorView investor)
    {
        _selected.Remove(investor);
        _dirty = true;
    }

    private async Task SaveAsync()
    {
        _problem = null;
        try
        {
            Show(await Investors.SetAsync(ProjectId, new SetInvestorsRequest([.. _selected.Select(s => s.OrganisationId)], _view!.Version), PageToken));
        }
        catch (ValidationFailedException e)
        {
            _problem = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
        catch (Exception e) when (e is ConcurrencyConflictException or ForbiddenException or NotFoundException or DomainRuleException)
        {
            _problem = e.Message;
        }
    }

    private Task LoadInteractionsAsync() => WhileOpenAsync(LoadInteractionsCoreAsync);

    private async Task LoadInteractionsCoreAsync() =>
        _interactions = await Log.SearchAsync(new InteractionQuery(ProjectId: ProjectId, PageSize: InteractionRows), PageToken);
}
