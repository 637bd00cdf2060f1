using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;

namespace Tianzhong.Modules.Registry.Features.Organisations;

/// <summary>Two set-based reads: the live organisations' slim columns, then the listings of live organisations.</summary>
public sealed class OrganisationFactsQuery(RegistryDb db) : IOrganisationFacts
{
    public async Task<IReadOnlyList<OrganisationFacts>> ListLiveAsync(CancellationToken cancellationToken = default)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.MergedIntoId == null)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Region, o.IsForeign, o.Traits })
            .ToListAsync(cancellationToken);
        var listings = await db.OrganisationListings.AsNoTracking()
            .Where(l => db.Organisations.Any(o => o.Id == l.OrganisationId && o.MergedIntoId == null))
            .Select(l => new { l.OrganisationId, l.Box, l.DirectionCode, l.SubSector })
            .ToListAsync(cancellationToken);
        var byOrganisation = listings.ToLookup(l => l.OrganisationId, l => new ListingFact(l.Box, l.DirectionCode, l.SubSector));
        return [.. organisations.Select(o => new OrganisationFacts(o.Id, o.Name, o.Region, o.IsForeign, o.Traits, byOrganisation.Contains(o.Id) ? [.. byOrganisation[o.Id]] : []))];
    }
}
