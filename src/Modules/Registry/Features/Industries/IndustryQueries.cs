using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;

namespace Tianzhong.Modules.Registry.Features.Industries;

/// <summary>Reads the industry categories, directions, clusters and the GB/T 4754-2017 classification.</summary>
public sealed class IndustryQueries(RegistryDb db) : IIndustryDirectory
{
    public async Task<IndustriesResponse> GetAsync(CancellationToken cancellationToken)
    {
        var categories = await db.IndustryCategories.AsNoTracking().OrderBy(c => c.Order).Select(c => new CategoryDto(c.Code, c.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var categoryOrder = categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var directions = (await db.IndustryDirections.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(d => categoryOrder.GetValueOrDefault(d.CategoryCode)).ThenBy(d => d.Order)
            .Select(d => new DirectionDto(d.Code, d.CategoryCode, d.Name, d.NameEn, d.Box, d.Regions, d.HostUnitCodes, d.HostText, d.SubSectors, d.MajorGroups))
            .ToList();
        var clusters = await db.IndustryClusters.AsNoTracking().OrderBy(c => c.Order)
            .Select(c => new ClusterDto(c.Code, c.Name, c.ScaleClass, c.TargetScaleYi, c.DirectionCode)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var classifications = await db.IndustryClassifications.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var sections = classifications.Where(c => c.SectionCode is null).OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(s => new SectionDto(s.Code, s.Name, [.. classifications.Where(g => g.SectionCode == s.Code).OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => new MajorGroupDto(g.Code, g.Name))]))
            .ToList();
        return new IndustriesResponse(categories, directions, clusters, sections);
    }

    public async Task<IReadOnlyList<DirectionSummary>> ListDirectionsAsync(CancellationToken cancellationToken = default) =>
        [.. (await GetAsync(cancellationToken)).Directions.Select(d => new DirectionSummary(d.Code, d.Name))];

    public async Task<IReadOnlyList<ClusterSummary>> ListClustersAsync(CancellationToken cancellationToken = default) =>
        await db.IndustryClusters.AsNoTracking().OrderBy(c => c.Order).Select(c => new ClusterSummary(c.Code, c.Name, c.DirectionCode)).ToListAsync(cancellationToken).ConfigureAwait(false);

    public Task<bool> DirectionExistsAsync(string code, CancellationToken cancellationToken = default) =>
        db.IndustryDirections.AnyAsync(d => d.Code == code, cancellationToken);

    public Task<bool> MajorGroupExistsAsync(string code, CancellationToken cancellationToken = default) =>
        db.IndustryClassifications.AnyAsync(c => c.Code == code && c.SectionCode != null, cancellationToken);
}
