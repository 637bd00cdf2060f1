using System.Globalization;
using System.Text.Json;

namespace Tianzhong.Modules.Map.Domain;

/// <summary>What can be wrong with an uploaded boundary file.</summary>
public enum GeoJsonProblem
{
    Empty,
    InvalidJson,
    NotFeatureCollection,
    NoFeatures,
    NotAFeature,
    NotPolygon,
    BadCoordinates,
    RingTooShort,
    RingNotClosed,
    OutOfRange,
    UnitsMissing,
}

/// <summary>A problem with the place it was found: a feature's index (or -1 for the whole file) and a detail such as the missing units.</summary>
public sealed record GeoJsonProblemAt(GeoJsonProblem Problem, int Feature, string? Detail = null);

/// <summary>A unit the boundary must cover: its platform code, its GB/T 2260 code and its name.</summary>
public sealed record RequiredUnit(string Code, string? GbCode, string Name);

/// <summary>The check's outcome: the problems (none when valid) and, per unit code, the region name the map uses for it.</summary>
public sealed record GeoJsonCheckResult(IReadOnlyList<GeoJsonProblemAt> Problems, IReadOnlyDictionary<string, string> RegionNames)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Checks an official boundary file (an approved standard map) before it may replace the schematic: valid JSON; a
/// FeatureCollection; every feature a Polygon or MultiPolygon whose linear rings are closed and have at least four
/// positions, with longitudes in -180..180 and latitudes in -90..90; and every required unit covered by a feature
/// whose <c>name</c> is the unit's name or whose <c>adcode</c> / <c>code</c> is its GB/T 2260 code.
/// </summary>
public static class GeoJsonCheck
{
    /// <summary>Reports at most this many geometry problems (a broken file would otherwise list thousands).</summary>
    public const int MaxProblems = 20;

    public static GeoJsonCheckResult Check(ReadOnlyMemory<byte> utf8, IReadOnlyList<RequiredUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var problems = new List<GeoJsonProblemAt>();
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (utf8.IsEmpty)
        {
            return new([new(GeoJsonProblem.Empty, -1)], regions);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return new([new(GeoJsonProblem.InvalidJson, -1, e.LineNumber is { } line ? (line + 1).ToString(CultureInfo.InvariantCulture) : null)], regions);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || TypeOf(root) != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return new([new(GeoJsonProblem.NotFeatureCollection, -1)], regions);
            }

            if (features.GetArrayLength() == 0)
            {
                return new([new(GeoJsonProblem.NoFeatures, -1)], regions);
            }

            var index = 0;
            var keys = new List<(HashSet<string> Keys, string? Name)>();
            foreach (var feature in features.EnumerateArray())
            {
                keys.Add(CheckFeature(feature, index, problems));
                index++;
            }

            var missing = new List<string>();
            foreach (var unit in units)
            {
                var match = keys.FirstOrDefault(k => k.Keys.Contains(unit.Name) || (unit.GbCode is not null && k.Keys.Contains(unit.GbCode)));
                if (match.Keys is null)
                {
                    missing.Add(unit.Name);
                }
                else
                {
                    regions[unit.Code] = match.Name ?? unit.Name;
                }
            }

            if (problems.Count > MaxProblems)
            {
                problems.RemoveRange(MaxProblems, problems.Count - MaxProblems);
            }

            if (missing.Count > 0)
            {
                problems.Add(new(GeoJsonProblem.UnitsMissing, -1, string.Join(", ", missing)));
            }
        }

        return new(problems, regions);
    }

    private static string? TypeOf(JsonElement element) =>
        element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    // The keys a feature can be matched by (name, adcode, code) and its name for the map's labels.
    private static (HashSet<string> Keys, string? Name) CheckFeature(JsonElement feature, int index, List<GeoJsonProblemAt> problems)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (feature.ValueKind != JsonValueKind.Object || TypeOf(feature) != "Feature")
        {
            problems.Add(new(GeoJsonProblem.NotAFeature, index));
            return (keys, null);
        }

        string? name = null;
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in new[] { "name", "adcode", "code" })
            {
                if (properties.TryGetProperty(key, out var value))
                {
                    var text = value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString(),
                        JsonValueKind.Number => value.GetRawText(),
                        _ => null,
                    };
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        keys.Add(text.Trim());
                        if (key == "name")
                        {
                            name = text.Trim();
                        }
                    }
                }
            }
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(GeoJsonProblem.NotPolygon, index));
            return (keys, name);
        }

        switch (TypeOf(geometry))
        {
            case "Polygon":
                CheckPolygon(coordinates, index, problems);
                break;
            case "MultiPolygon":
                foreach (var polygon in coordinates.EnumerateArray())
                {
                    if (polygon.ValueKind != JsonValueKind.Array)
                    {
                        problems.Add(new(GeoJsonProblem.BadCoordinates, index));
                        break;
                    }

                    CheckPolygon(polygon, index, problems);
                }

                break;
            default:
                problems.Add(new(GeoJsonProblem.NotPolygon, index, TypeOf(geometry)));
                break;
        }

        return (keys, name);
    }

    private static void CheckPolygon(JsonElement rings, int index, List<GeoJsonProblemAt> problems)
    {
        if (rings.GetArrayLength() == 0)
        {
            problems.Add(new(GeoJsonProblem.BadCoordinates, index));
            return;
        }

        foreach (var ring in rings.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new(GeoJsonProblem.BadCoordinates, index));
                return;
            }

            var positions = new List<GeoPoint>(ring.GetArrayLength());
            foreach (var position in ring.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                    || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
                {
                    problems.Add(new(GeoJsonProblem.BadCoordinates, index));
                    return;
                }

                var point = new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
                if (point.X is < -180 or > 180 || point.Y is < -90 or > 90)
                {
                    problems.Add(new(GeoJsonProblem.OutOfRange, index, string.Create(CultureInfo.InvariantCulture, $"{point.X}, {point.Y}")));
                    return;
                }

                positions.Add(point);
            }

            if (positions.Count < 4)
            {
                problems.Add(new(GeoJsonProblem.RingTooShort, index));
                return;
            }

            if (positions[0] != positions[^1])
            {
                problems.Add(new(GeoJsonProblem.RingNotClosed, index));
                return;
            }
        }
    }
}
