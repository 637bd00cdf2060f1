namespace Tianzhong.Modules.Chains.Domain.Matching;

/// <summary>
/// Resolves the plan's regions to approach (provinces, cities, areas, countries) to the province-level regions or
/// countries an organisation's headquarters is recorded as. The table is reference data (region-provinces.json).
/// </summary>
public sealed class RegionTable
{
    private readonly Dictionary<string, IReadOnlyList<string>> _regions;
    private readonly HashSet<string> _anyForeign;
    private readonly IReadOnlyList<string> _suffixes;

    public RegionTable(IReadOnlyDictionary<string, IReadOnlyList<string>> regions, IEnumerable<string> anyForeign, IEnumerable<string> suffixes)
    {
        ArgumentNullException.ThrowIfNull(regions);
        _regions = regions.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        _anyForeign = new HashSet<string>(anyForeign, StringComparer.Ordinal);
        _suffixes = [.. suffixes.OrderByDescending(s => s.Length)];
    }

    /// <summary>True when the plan's region is in the table.</summary>
    public bool Knows(string planRegion) => _regions.ContainsKey(planRegion) || _anyForeign.Contains(planRegion);

    /// <summary>The recorded region without administrative suffixes (a province's, a municipality's or an autonomous region's).</summary>
    public string Normalise(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var trimmed = region.Trim();
        foreach (var suffix in _suffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                return trimmed[..^suffix.Length];
            }
        }

        return trimmed;
    }

    /// <summary>The first of the plan's regions that covers the headquarters, or null.</summary>
    public string? FirstCovering(IEnumerable<string> planRegions, string? headquarters, bool isForeign)
    {
        ArgumentNullException.ThrowIfNull(planRegions);
        var region = string.IsNullOrWhiteSpace(headquarters) ? null : Normalise(headquarters);
        foreach (var planRegion in planRegions)
        {
            if (isForeign && _anyForeign.Contains(planRegion))
            {
                return planRegion;
            }

            if (region is not null && _regions.TryGetValue(planRegion, out var covered) && covered.Contains(region, StringComparer.Ordinal))
            {
                return planRegion;
            }
        }

        return null;
    }
}
