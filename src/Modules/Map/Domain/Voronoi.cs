namespace Tianzhong.Modules.Map.Domain;

/// <summary>A point in longitude/latitude degrees (x = longitude, y = latitude).</summary>
public readonly record struct GeoPoint(double X, double Y);

/// <summary>
/// Voronoi cells by half-plane clipping: each seat's cell starts as a bounding rectangle around all seats (with a
/// margin) and is cut by the perpendicular bisector towards every other seat, keeping the seat's side
/// (Sutherland-Hodgman against one line at a time). O(n^2) for n seats: meant for a dozen units, not for big sets.
/// </summary>
public static class Voronoi
{
    /// <summary>The bounding rectangle around the seats, widened by the margin on every side, counter-clockwise.</summary>
    public static IReadOnlyList<GeoPoint> Bound(IReadOnlyList<GeoPoint> seats, double margin)
    {
        ArgumentNullException.ThrowIfNull(seats);
        if (seats.Count == 0)
        {
            throw new ArgumentException("At least one seat is needed.", nameof(seats));
        }

        var minX = seats.Min(s => s.X) - margin;
        var maxX = seats.Max(s => s.X) + margin;
        var minY = seats.Min(s => s.Y) - margin;
        var maxY = seats.Max(s => s.Y) + margin;
        return [new(minX, minY), new(maxX, minY), new(maxX, maxY), new(minX, maxY)];
    }

    /// <summary>One cell per seat, in the seats' order, each an open ring (first point not repeated), counter-clockwise.</summary>
    public static IReadOnlyList<IReadOnlyList<GeoPoint>> Cells(IReadOnlyList<GeoPoint> seats, double margin)
    {
        var bound = Bound(seats, margin);
        var cells = new List<IReadOnlyList<GeoPoint>>(seats.Count);
        for (var i = 0; i < seats.Count; i++)
        {
            IReadOnlyList<GeoPoint> cell = bound;
            for (var j = 0; j < seats.Count && cell.Count > 0; j++)
            {
                if (j != i && seats[j] != seats[i])
                {
                    cell = ClipTowards(cell, seats[i], seats[j]);
                }
            }

            cells.Add(cell);
        }

        return cells;
    }

    /// <summary>Keeps the part of the polygon nearer to <paramref name="own"/> than to <paramref name="other"/>.</summary>
    public static IReadOnlyList<GeoPoint> ClipTowards(IReadOnlyList<GeoPoint> polygon, GeoPoint own, GeoPoint other)
    {
        ArgumentNullException.ThrowIfNull(polygon);

        // Inside when (p - mid) . (other - own) <= 0.
        var mid = new GeoPoint((own.X + other.X) / 2, (own.Y + other.Y) / 2);
        var dir = new GeoPoint(other.X - own.X, other.Y - own.Y);
        double Side(GeoPoint p) => ((p.X - mid.X) * dir.X) + ((p.Y - mid.Y) * dir.Y);

        var result = new List<GeoPoint>(polygon.Count + 1);
        for (var k = 0; k < polygon.Count; k++)
        {
            var current = polygon[k];
            var next = polygon[(k + 1) % polygon.Count];
            var sc = Side(current);
            var sn = Side(next);
            if (sc <= 0)
            {
                result.Add(current);
            }

            if ((sc < 0 && sn > 0) || (sc > 0 && sn < 0))
            {
                var t = sc / (sc - sn);
                result.Add(new GeoPoint(current.X + (t * (next.X - current.X)), current.Y + (t * (next.Y - current.Y))));
            }
        }

        return result;
    }

    /// <summary>True when the point lies inside the (simple) polygon or on its edge.</summary>
    public static bool Contains(IReadOnlyList<GeoPoint> polygon, GeoPoint point)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var a = polygon[i];
            var b = polygon[j];
            if (OnSegment(a, b, point))
            {
                return true;
            }

            if ((a.Y > point.Y) != (b.Y > point.Y) && point.X < ((b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>The polygon's area (shoelace), positive for counter-clockwise rings.</summary>
    public static double SignedArea(IReadOnlyList<GeoPoint> polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        var sum = 0.0;
        for (var i = 0; i < polygon.Count; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Count];
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return sum / 2;
    }

    private static bool OnSegment(GeoPoint a, GeoPoint b, GeoPoint p)
    {
        const double Epsilon = 1e-9;
        var cross = ((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X));
        return Math.Abs(cross) < Epsilon
            && p.X >= Math.Min(a.X, b.X) - Epsilon && p.X <= Math.Max(a.X, b.X) + Epsilon
            && p.Y >= Math.Min(a.Y, b.Y) - Epsilon && p.Y <= Math.Max(a.Y, b.Y) + Epsilon;
    }
}
