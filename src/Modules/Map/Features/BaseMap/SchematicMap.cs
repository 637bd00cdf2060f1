using System.Globalization;
using System.Text.Json.Nodes;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;

namespace Tianzhong.Modules.Map.Features.BaseMap;

/// <summary>
/// The schematic base map (示意图): a Voronoi cell per county-level unit around its seat, clipped to a rectangle
/// around all seats with a margin, and the functional zones as points. Built from the shipped seat coordinates
/// only; it shows where units lie relative to each other, not their boundaries.
/// </summary>
public static class SchematicMap
{
    /// <summary>Degrees added around the outermost seats (a platform default).</summary>
    public const double MarginDegrees = 0.3;

    public static JsonObject Build(IReadOnlyList<UnitSeat> seats)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var counties = seats.Where(s => !s.IsFunctionalZone).ToList();
        var cells = Voronoi.Cells([.. counties.Select(s => new GeoPoint(s.Longitude, s.Latitude))], MarginDegrees);
        var features = new JsonArray();
        for (var i = 0; i < counties.Count; i++)
        {
            var ring = new JsonArray();
            foreach (var p in cells[i].Append(cells[i][0]))
            {
                ring.Add(new JsonArray(Round(p.X), Round(p.Y)));
            }

            features.Add(Feature(counties[i], new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) }));
        }

        foreach (var zone in seats.Where(s => s.IsFunctionalZone))
        {
            features.Add(Feature(zone, new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(zone.Longitude, zone.Latitude) }));
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    private static double Round(double value) => Math.Round(value, 5);

    private static JsonObject Feature(UnitSeat seat, JsonObject geometry) => new()
    {
        ["type"] = "Feature",
        ["properties"] = new JsonObject
        {
            ["code"] = seat.Code,
            ["name"] = seat.Name,
            ["kind"] = seat.IsFunctionalZone ? "FunctionalZone" : "County",
            ["seat"] = string.Create(CultureInfo.InvariantCulture, $"{seat.Longitude},{seat.Latitude}"),
        },
        ["geometry"] = geometry,
    };
}
