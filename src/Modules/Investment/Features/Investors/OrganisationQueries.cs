using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

/// <summary>Reads the investor resources: organisations from the Registry, with what this module holds about them.</summary>
public sealed class OrganisationQueries(InvestmentDb db, IOrganisationDirectory organisations, IStringLocalizer<InvestorsText> text)
{
    public const int MaxPageSize = 200;

    // The detail page shows the latest interactions; older ones are paged through the interactions endpoint.
    public const int DetailInteractions = 50;

    public async Task<OrganisationListPage> SearchAsync(OrganisationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        var page = await organisations.SearchPageAsync(query.Search, query.Trait ?? OrganisationTraits.None, query.Page, query.PageSize, cancellationToken);
        var ids = page.Items.Select(o => o.Id).ToList();
        var counts = await ProjectCountsAsync(ids, cancellationToken);
        return new OrganisationListPage(
            [.. page.Items.Select(o => new OrganisationRow(o.Id, o.Name, o.CreditCode, o.Region, o.IsForeign, o.Traits, o.IsGazetteListed, counts.GetValueOrDefault(o.Id), o.Version))],
            page.Total,
            query.Page,
            query.PageSize);
    }

    public async Task<OrganisationDetail> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(id, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);

        // Projects through the Project set, so the data scope (confidential talks of other units) applies.
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.Investors.Any(i => i.OrganisationId == id))
            .OrderByDescending(p => p.CreatedUtc).ThenBy(p => p.Id)
            .Select(p => new OrganisationProjectView(p.Id, p.Figures.Name, p.UnitCode, p.Stage, p.Figures.ContractInvestmentWan, p.CountShare))
            .ToListAsync(cancellationToken);
        var interactions = await db.Interactions.AsNoTracking()
            .Where(i => i.OrganisationId == id)
            .OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.RecordedUtc).ThenBy(i => i.Id)
            .Take(DetailInteractions)
            .ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.OrganisationId == id)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return new OrganisationDetail(organisation, projects, [.. interactions.Select(InteractionView.From)], [.. contacts.Select(ContactView.Masked)]);
    }

    public async Task<IReadOnlyList<SimilarOrganisation>> SimilarAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(id, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);
        return await SimilarToAsync(organisation.Name, id, cancellationToken);
    }

    /// <summary>Live organisations with a similar name (the register dialog warns with these before the server refuses).</summary>
    public async Task<IReadOnlyList<SimilarOrganisation>> SimilarToAsync(string name, Guid? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var similar = await organisations.FindSimilarAsync(name, cancellationToken);
        return [.. similar.Where(s => s.Id != except).Select(s => new SimilarOrganisation(s.Id, s.Name, s.CreditCode, s.Version))];
    }

    private async Task<Dictionary<Guid, int>> ProjectCountsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var counts = await db.Projects.AsNoTracking()
            .SelectMany(p => p.Investors)
            .Where(i => ids.Contains(i.OrganisationId))
            .GroupBy(i => i.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }
}
