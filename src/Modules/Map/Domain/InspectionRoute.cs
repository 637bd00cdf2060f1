namespace Tianzhong.Modules.Map.Domain;

/// <summary>What a stop points at.</summary>
public enum StopKind
{
    Carrier,
    Parcel,
    Project,
    Text,
}

/// <summary>A stop as entered: what it is, the place it refers to (for carriers, parcels and projects), its title, unit, time and note.</summary>
public sealed record StopDetails(StopKind Kind, Guid? ReferenceId, string Title, string? UnitCode, string? Time, string? Note, double? Longitude, double? Latitude);

/// <summary>
/// An inspection route for an investor's visit (投资考察线路图): ordered stops, printable. Owned by the unit that
/// made it (null: the city); everyone with business access reads it.
/// </summary>
public sealed class InspectionRoute
{
    public const int MaxName = 120;
    public const int MaxForWhom = 120;
    public const int MaxStops = 40;
    public const int MaxNote = 1000;

    private readonly List<RouteStop> _stops = [];

    private InspectionRoute()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The investor organisation the route is prepared for, if any.</summary>
    public string? ForWhom { get; private set; }

    public DateOnly VisitOn { get; private set; }

    /// <summary>The unit that owns the route; null for the city.</summary>
    public string? UnitCode { get; private set; }

    public string? Note { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<RouteStop> Stops => _stops;

    public static InspectionRoute Create(string name, string? forWhom, DateOnly visitOn, string? unitCode, string? note, IEnumerable<StopDetails> stops)
    {
        var route = new InspectionRoute { Id = Guid.CreateVersion7(), Version = 1, UnitCode = unitCode };
        route.Apply(name, forWhom, visitOn, note);
        route.ReplaceStops(stops);
        return route;
    }

    public void Revise(string name, string? forWhom, DateOnly visitOn, string? note, IEnumerable<StopDetails> stops)
    {
        Apply(name, forWhom, visitOn, note);
        ReplaceStops(stops);
        Version++;
    }

    /// <summary>Puts the stops in the given order: the ids must be exactly the route's stops.</summary>
    public bool Reorder(IReadOnlyList<Guid> stopIds)
    {
        ArgumentNullException.ThrowIfNull(stopIds);
        if (stopIds.Count != _stops.Count || stopIds.Distinct().Count() != stopIds.Count || stopIds.Any(id => _stops.All(s => s.Id != id)))
        {
            return false;
        }

        for (var i = 0; i < stopIds.Count; i++)
        {
            _stops.First(s => s.Id == stopIds[i]).MoveTo(i + 1);
        }

        Version++;
        return true;
    }

    public static IReadOnlyList<FieldProblem> Check(string? name, string? forWhom, string? note, IReadOnlyList<StopDetails> stops)
    {
        ArgumentNullException.ThrowIfNull(stops);
        var problems = new List<FieldProblem>();
        FieldRules.Required(problems, "name", name, MaxName);
        FieldRules.Optional(problems, "forWhom", forWhom, MaxForWhom);
        FieldRules.Optional(problems, "note", note, MaxNote);
        if (stops.Count > MaxStops)
        {
            problems.Add(new("stops", "TooMany", MaxStops));
        }

        for (var i = 0; i < stops.Count; i++)
        {
            var stop = stops[i];
            FieldRules.Required(problems, $"stops[{i}].title", stop.Title, RouteStop.MaxTitle);
            FieldRules.Optional(problems, $"stops[{i}].time", stop.Time, RouteStop.MaxTime);
            FieldRules.Optional(problems, $"stops[{i}].note", stop.Note, RouteStop.MaxNote);
            if (stop.Kind != StopKind.Text && stop.ReferenceId is null)
            {
                problems.Add(new($"stops[{i}].referenceId", "Required"));
            }
        }

        return problems;
    }

    private void Apply(string name, string? forWhom, DateOnly visitOn, string? note)
    {
        Name = name.Trim();
        ForWhom = FieldRules.Clean(forWhom);
        VisitOn = visitOn;
        Note = FieldRules.Clean(note);
    }

    private void ReplaceStops(IEnumerable<StopDetails> stops)
    {
        _stops.Clear();
        var order = 0;
        foreach (var stop in stops)
        {
            _stops.Add(RouteStop.Create(Id, ++order, stop));
        }
    }
}

/// <summary>One stop of a route, in its order.</summary>
public sealed class RouteStop
{
    public const int MaxTitle = 120;
    public const int MaxTime = 40;
    public const int MaxNote = 500;

    private RouteStop()
    {
    }

    public Guid Id { get; private set; }

    public Guid RouteId { get; private set; }

    /// <summary>1-based position in the route.</summary>
    public int Position { get; private set; }

    public StopKind Kind { get; private set; }

    public Guid? ReferenceId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? UnitCode { get; private set; }

    /// <summary>The planned time, as free text (e.g. 09:30 or 上午).</summary>
    public string? Time { get; private set; }

    public string? Note { get; private set; }

    public double? Longitude { get; private set; }

    public double? Latitude { get; private set; }

    internal static RouteStop Create(Guid routeId, int position, StopDetails details) => new()
    {
        Id = Guid.CreateVersion7(),
        RouteId = routeId,
        Position = position,
        Kind = details.Kind,
        ReferenceId = details.Kind == StopKind.Text ? null : details.ReferenceId,
        Title = details.Title.Trim(),
        UnitCode = details.UnitCode,
        Time = FieldRules.Clean(details.Time),
        Note = FieldRules.Clean(details.Note),
        Longitude = details.Longitude,
        Latitude = details.Latitude,
    };

    internal void MoveTo(int position) => Position = position;
}
