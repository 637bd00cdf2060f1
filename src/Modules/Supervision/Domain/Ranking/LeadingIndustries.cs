using System.Collections.ObjectModel;
using System.Text.Json;

namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>One unit's leading industries as plan A part 2(4) words them (<paramref name="Phrase"/>) and as direction codes.</summary>
public sealed record LeadingIndustry(string Unit, string Phrase, IReadOnlyList<string> Directions);

/// <summary>Each unit's leading industries (主导产业), shipped as the embedded <c>ReferenceData/leading-industries.json</c>.</summary>
public static class LeadingIndustries
{
    private const string ResourceName = "ReferenceData/leading-industries.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<LeadingIndustry>> Cached = new(Read);

    /// <summary>The file's rows in gazette order.</summary>
    public static IReadOnlyList<LeadingIndustry> Entries() => Cached.Value;

    /// <summary>Unit code → its leading direction codes (the default for a year's ranking scheme).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load() =>
        new ReadOnlyDictionary<string, IReadOnlyList<string>>(Entries().ToDictionary(e => e.Unit, e => e.Directions, StringComparer.Ordinal));

    private static ReadOnlyCollection<LeadingIndustry> Read()
    {
        using var stream = typeof(LeadingIndustries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Reference data file {ResourceName} is not embedded.");
        var file = JsonSerializer.Deserialize<LeadingFile>(stream, Json) ?? throw new InvalidOperationException($"Reference data file {ResourceName} is empty.");
        return file.Units.Select(u => new LeadingIndustry(u.Unit, u.Phrase, u.Directions.AsReadOnly())).ToList().AsReadOnly();
    }

    private sealed record LeadingFile(List<LeadingRow> Units);

    private sealed record LeadingRow(string Unit, string Phrase, string[] Directions);
}
