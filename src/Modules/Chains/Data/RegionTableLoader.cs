using System.Text.Json;
using Tianzhong.Modules.Chains.Domain.Matching;

namespace Tianzhong.Modules.Chains.Data;

/// <summary>Reads the shipped region table (Data/ReferenceData/region-provinces.json, an embedded resource).</summary>
public static class RegionTableLoader
{
    public const string ResourceName = "ReferenceData/region-provinces.json";

    public static RegionTable Load()
    {
        using var stream = typeof(RegionTableLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        var file = JsonSerializer.Deserialize<RegionFile>(stream, ChainsDb.Json) ?? throw new InvalidOperationException($"Empty {ResourceName}.");
        return new RegionTable(file.Regions.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value, StringComparer.Ordinal), file.AnyForeign, file.Suffixes);
    }

    private sealed record RegionFile(Dictionary<string, List<string>> Regions, List<string> AnyForeign, List<string> Suffixes);
}
