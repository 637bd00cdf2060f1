using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Resources;

namespace Tianzhong.Modules.Map.Features.Common;

/// <summary>A page of rows with the total the filters matched.</summary>
public sealed record MapPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>A unit's seat (驻地) as shipped in unit-seats.json.</summary>
/// <param name="Code">The unit's platform code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Longitude">WGS-84 longitude, approximate.</param>
/// <param name="Latitude">WGS-84 latitude, approximate.</param>
/// <param name="IsFunctionalZone">Functional zones are points on the map, not cells.</param>
public sealed record UnitSeat(string Code, string Name, double Longitude, double Latitude, bool IsFunctionalZone);

/// <summary>The seats of the units and of the city, read once from the module's reference data.</summary>
public sealed class UnitSeats
{
    public UnitSeats()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReferenceData/unit-seats.json")
            ?? throw new InvalidOperationException("unit-seats.json is missing from the Map module.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        Source = root.GetProperty("source").GetString() ?? string.Empty;
        City = Read(root.GetProperty("city"));
        Units = [.. root.GetProperty("units").EnumerateArray().Select(Read)];
    }

    public string Source { get; }

    public UnitSeat City { get; }

    /// <summary>The county-level units and the functional zones, in gazette order.</summary>
    public IReadOnlyList<UnitSeat> Units { get; }

    /// <summary>The seat of a unit, or the city's for null or an unknown code.</summary>
    public UnitSeat Of(string? unitCode) => Units.FirstOrDefault(u => u.Code == unitCode) ?? City;

    private static UnitSeat Read(JsonElement e) => new(
        e.GetProperty("code").GetString()!,
        e.GetProperty("name").GetString()!,
        e.GetProperty("lon").GetDouble(),
        e.GetProperty("lat").GetDouble(),
        e.TryGetProperty("kind", out var kind) && kind.GetString() == "FunctionalZone");
}

/// <summary>Who may write a unit's map records: city officers any unit's (and city-level ones); county officers their own unit's only.</summary>
public sealed class UnitWriteGuard(ICurrentUser currentUser, IStringLocalizer<MapText> text)
{
    public bool CanWrite(string? unitCode) => currentUser.WritesUnit(unitCode);

    /// <summary>Throws 403 unless the caller may write records of this unit (null: a city-level record).</summary>
    public void Ensure(string? unitCode)
    {
        if (!CanWrite(unitCode))
        {
            throw new ForbiddenException(text["Forbidden.OtherUnit"]);
        }
    }

    /// <summary>The unit a new record goes to: the one named, or a county officer's own when none is named.</summary>
    public string? DefaultUnit(string? requested) => string.IsNullOrWhiteSpace(requested) ? currentUser.UnitCode : requested.Trim();
}

/// <summary>Turns rule problems into a 400 with field errors in the user's language.</summary>
public static class MapProblems
{
    public static Dictionary<string, string[]> Messages(IEnumerable<FieldProblem> problems, IStringLocalizer<MapText> text) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => text[$"Problem.{p.Key}", p.Arg ?? string.Empty].Value).ToArray());

    public static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    public static void AddError(this Dictionary<string, string[]> errors, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
    }

    public static int PageSize(int? size) => Math.Clamp(size ?? 20, 1, 200);

    public static int PageNumber(int? page) => Math.Max(1, page ?? 1);
}
