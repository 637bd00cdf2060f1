using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;

namespace Tianzhong.Modules.Registry.Features.Industries;

/// <summary>Direction profiles from the reference data (26 rows: read whole, filtered in memory).</summary>
public sealed class DirectionProfiles(RegistryDb db) : IDirectionProfiles
{
    public async Task<DirectionProfile?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var direction = await db.IndustryDirections.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, cancellationToken);
        return direction is null ? null : new DirectionProfile(direction.Code, direction.Name, direction.Box, direction.Regions, direction.HostUnitCodes, direction.SubSectors);
    }

    public async Task<IReadOnlyList<DirectionProfile>> HostedByAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var categories = await db.IndustryCategories.AsNoTracking().Select(c => new { c.Code, c.Order }).ToDictionaryAsync(c => c.Code, c => c.Order, cancellationToken);
        var directions = await db.IndustryDirections.AsNoTracking().ToListAsync(cancellationToken);
        return [.. directions.Where(d => d.HostUnitCodes.Contains(unitCode, StringComparer.Ordinal))
            .OrderBy(d => categories.GetValueOrDefault(d.CategoryCode)).ThenBy(d => d.Order)
            .Select(d => new DirectionProfile(d.Code, d.Name, d.Box, d.Regions, d.HostUnitCodes, d.SubSectors))];
    }
}
