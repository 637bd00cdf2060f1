using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;

namespace Tianzhong.Modules.Registry.Features.Overview;

public sealed class RegistryOverview(RegistryDb db) : IRegistryOverview
{
    public async Task<RegistryFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        var kinds = await db.Units.AsNoTracking().GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var clusters = await db.IndustryClusters.AsNoTracking().OrderBy(c => c.Order)
            .Select(c => new ClusterDto(c.Code, c.Name, c.ScaleClass, c.TargetScaleYi, c.DirectionCode)).ToListAsync(cancellationToken);
        var perBox = await db.OrganisationListings.AsNoTracking().GroupBy(l => l.Box).Select(g => new { Box = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new RegistryFigures(
            kinds.Where(k => k.Key is UnitKind.District or UnitKind.County).Sum(k => k.Count),
            kinds.Where(k => k.Key == UnitKind.FunctionalZone).Sum(k => k.Count),
            clusters,
            await db.IndustryDirections.CountAsync(cancellationToken),
            await db.Organisations.CountAsync(o => o.Listings.Any(), cancellationToken),
            perBox.Sum(b => b.Count),
            [.. Enumerable.Range(1, 14).Select(box => perBox.FirstOrDefault(b => b.Box == box)?.Count ?? 0)]);
    }
}
