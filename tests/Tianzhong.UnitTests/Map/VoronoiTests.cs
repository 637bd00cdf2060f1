using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.BaseMap;
using Tianzhong.Modules.Map.Features.Common;
using Xunit;

namespace Tianzhong.UnitTests.Map;

public sealed class VoronoiTests
{
    [Fact]
    public void Two_seats_split_the_bound_along_their_perpendicular_bisector()
    {
        // Seats at (0,0) and (2,0), margin 1: bound x -1..3, y -1..1; the bisector is x = 1.
        var cells = Voronoi.Cells([new(0, 0), new(2, 0)], 1);

        Assert.Equal(2, cells.Count);
        Assert.Equal(4.0, Math.Abs(Voronoi.SignedArea(cells[0])), 9); // 2 wide x 2 high
        Assert.Equal(4.0, Math.Abs(Voronoi.SignedArea(cells[1])), 9);
        Assert.All(cells[0], p => Assert.True(p.X <= 1 + 1e-9));
        Assert.All(cells[1], p => Assert.True(p.X >= 1 - 1e-9));
    }

    [Fact]
    public void Clipping_keeps_the_half_nearer_the_own_seat()
    {
        IReadOnlyList<GeoPoint> square = [new(0, 0), new(4, 0), new(4, 4), new(0, 4)];

        var clipped = Voronoi.ClipTowards(square, new(1, 2), new(3, 2));

        Assert.Equal(8.0, Math.Abs(Voronoi.SignedArea(clipped)), 9);
        Assert.True(Voronoi.Contains(clipped, new(1, 2)));
        Assert.False(Voronoi.Contains(clipped, new(3, 2)));
    }

    [Fact]
    public void Every_shipped_county_seat_lies_in_its_own_cell_and_every_cell_inside_the_bound()
    {
        var seats = new UnitSeats().Units.Where(s => !s.IsFunctionalZone).ToList();
        Assert.Equal(10, seats.Count);
        var points = seats.Select(s => new GeoPoint(s.Longitude, s.Latitude)).ToList();

        var cells = Voronoi.Cells(points, SchematicMap.MarginDegrees);
        var bound = Voronoi.Bound(points, SchematicMap.MarginDegrees);

        var total = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            Assert.True(cells[i].Count >= 3, $"{seats[i].Name}'s cell is degenerate");
            Assert.True(Voronoi.Contains(cells[i], points[i]), $"{seats[i].Name}'s seat is outside its cell");
            for (var j = 0; j < points.Count; j++)
            {
                if (j != i)
                {
                    Assert.False(Voronoi.Contains(cells[i], points[j]), $"{seats[j].Name}'s seat lies in {seats[i].Name}'s cell");
                }
            }

            Assert.All(cells[i], p => Assert.True(Voronoi.Contains(bound, p), $"{seats[i].Name}'s cell leaves the bound at {p}"));
            total += Math.Abs(Voronoi.SignedArea(cells[i]));
        }

        // The cells tile the bound: their areas add up to its area.
        Assert.Equal(Math.Abs(Voronoi.SignedArea(bound)), total, 6);
    }

    [Fact]
    public void The_schematic_is_a_feature_collection_of_ten_closed_cells_and_three_zone_points()
    {
        var map = SchematicMap.Build(new UnitSeats().Units);

        Assert.Equal("FeatureCollection", (string?)map["type"]);
        var features = map["features"]!.AsArray();
        Assert.Equal(13, features.Count);
        var polygons = features.Where(f => (string?)f!["geometry"]!["type"] == "Polygon").ToList();
        Assert.Equal(10, polygons.Count);
        Assert.Equal(3, features.Count(f => (string?)f!["geometry"]!["type"] == "Point"));
        foreach (var polygon in polygons)
        {
            var ring = polygon!["geometry"]!["coordinates"]![0]!.AsArray();
            Assert.True(ring.Count >= 4);
            Assert.Equal(ring[0]!.ToJsonString(), ring[^1]!.ToJsonString());
        }

        Assert.Contains(features, f => (string?)f!["properties"]!["code"] == "411702" && (string?)f["properties"]!["name"] == "\u9a7f\u57ce\u533a");
    }
}
