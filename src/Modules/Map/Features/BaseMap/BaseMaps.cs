using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.BaseMap;

/// <summary>The active base map: "Schematic" (built from the seats) or "Official" (an uploaded boundary file).</summary>
/// <param name="Kind">Schematic or Official.</param>
/// <param name="GeoJson">The FeatureCollection the client registers with ECharts.</param>
/// <param name="RegionNames">Per unit code, the feature name the map shows it under.</param>
/// <param name="Seats">The units' seats (approximate, WGS-84) where markers for a unit are placed.</param>
/// <param name="City">The city seat, for city-level records.</param>
/// <param name="SeatSource">Where the seat coordinates come from.</param>
/// <param name="Official">The uploaded file's facts when Kind is Official.</param>
public sealed record BaseMapView(string Kind, JsonNode GeoJson, IReadOnlyDictionary<string, string> RegionNames, IReadOnlyList<UnitSeat> Seats, UnitSeat City, string SeatSource, OfficialMapInfo? Official);

/// <summary>An uploaded official map's facts.</summary>
public sealed record OfficialMapInfo(Guid Id, string FileName, string Sha256, long SizeBytes, string UploadedBy, DateTime UploadedUtc);

/// <summary>
/// Reads the active base map and lets the security administrator replace the schematic with an official boundary
/// file (checked first: nothing is stored when it fails) or return to the schematic.
/// </summary>
public sealed class BaseMaps(MapDb db, UnitSeats seats, IUnitDirectory units, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<MapText> text)
{
    public const string Schematic = "Schematic";
    public const string Official = "Official";

    /// <summary>The largest file accepted (20 MB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public async Task<BaseMapView> GetAsync(CancellationToken cancellationToken)
    {
        var active = await db.OfficialMaps.AsNoTracking().Where(m => m.IsActive).OrderByDescending(m => m.UploadedUtc).FirstOrDefaultAsync(cancellationToken);
        if (active is not null)
        {
            var content = await db.OfficialMapFiles.AsNoTracking().Where(f => f.Id == active.Id).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
            if (content is not null)
            {
                var regions = JsonSerializer.Deserialize<Dictionary<string, string>>(active.RegionNamesJson) ?? [];
                return new(Official, NameByCode(JsonNode.Parse(content)!), regions, seats.Units, seats.City, seats.Source, Info(active));
            }
        }

        return new(Schematic, SchematicMap.Build(seats.Units), seats.Units.Where(s => !s.IsFunctionalZone).ToDictionary(s => s.Code, s => s.Name), seats.Units, seats.City, seats.Source, null);
    }

    /// <summary>The uploaded maps, newest first (metadata only).</summary>
    public async Task<IReadOnlyList<OfficialMapInfo>> HistoryAsync(CancellationToken cancellationToken)
    {
        var rows = await db.OfficialMaps.AsNoTracking().OrderByDescending(m => m.UploadedUtc).Take(20).ToListAsync(cancellationToken);
        return [.. rows.Select(Info)];
    }

    /// <summary>Checks the file and, when it is valid, stores and activates it; otherwise a 400 with the problems and nothing changed.</summary>
    public async Task<OfficialMapInfo> UploadAsync(string? fileName, Stream content, long? length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length > MaxBytes)
        {
            throw ValidationFailedException.For("file", text["BaseMap.TooLarge", MaxBytes / (1024 * 1024)]);
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            throw ValidationFailedException.For("file", text["BaseMap.TooLarge", MaxBytes / (1024 * 1024)]);
        }

        var bytes = buffer.ToArray();
        var required = (await units.ListUnitsAsync(cancellationToken))
            .Where(u => u.Kind != "FunctionalZone")
            .Select(u => new RequiredUnit(u.Code, u.Code.All(char.IsAsciiDigit) ? u.Code : null, u.Name))
            .ToList();
        var result = GeoJsonCheck.Check(bytes, required);
        if (!result.IsValid)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["file"] = [.. result.Problems.Select(Message)] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var previous in await db.OfficialMaps.Where(m => m.IsActive).ToListAsync(cancellationToken))
        {
            previous.Deactivate(now);
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "map.geojson" : Path.GetFileName(fileName.Trim());
        if (name.Length > 200)
        {
            name = name[..200];
        }

        var map = OfficialMap.Upload(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength, JsonSerializer.Serialize(result.RegionNames), currentUser.UserName ?? string.Empty, now);
        db.OfficialMaps.Add(map);
        db.OfficialMapFiles.Add(OfficialMapFile.For(map.Id, Encoding.UTF8.GetString(bytes)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return Info(map);
    }

    /// <summary>Returns to the schematic: every uploaded map becomes inactive (they stay stored, with their audit trail).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var map in await db.OfficialMaps.Where(m => m.IsActive).ToListAsync(cancellationToken))
        {
            map.Deactivate(now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    // ECharts names a region by its feature's "name": a feature matched by its adcode/code alone gets the unit's name
    // in the copy served (the stored file is left as uploaded), so the layers can find it.
    private JsonNode NameByCode(JsonNode geoJson)
    {
        if (geoJson["features"] is not JsonArray features)
        {
            return geoJson;
        }

        foreach (var properties in features.Select(f => f?["properties"]).OfType<JsonObject>())
        {
            if (properties["name"] is JsonValue name && name.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var code = (properties["adcode"] ?? properties["code"])?.ToJsonString().Trim('"');
            if (seats.Units.FirstOrDefault(u => u.Code == code) is { } unit)
            {
                properties["name"] = unit.Name;
            }
        }

        return geoJson;
    }

    private static OfficialMapInfo Info(OfficialMap m) => new(m.Id, m.FileName, m.Sha256, m.SizeBytes, m.UploadedBy, m.UploadedUtc);

    private string Message(GeoJsonProblemAt problem)
    {
        var message = text[$"GeoJson.{problem.Problem}", problem.Detail ?? string.Empty].Value;
        return problem.Feature >= 0 ? text["GeoJson.AtFeature", (problem.Feature + 1).ToString(CultureInfo.InvariantCulture), message].Value : message;
    }
}
