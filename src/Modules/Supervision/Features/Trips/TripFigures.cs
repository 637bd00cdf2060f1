using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Features.Trips;

/// <summary>The trips as figure lines of a unit's month (one line per trip, counted once in the month it departed).</summary>
public sealed class TripFigures(SupervisionDb db)
{
    private const int MaxLabel = 200;

    /// <summary>One <see cref="FigureKind.Trip"/> line per trip departing from <paramref name="firstDay"/> to <paramref name="lastDay"/> (inclusive), for one unit or (null) all the caller sees.</summary>
    public async Task<IReadOnlyList<ReportLine>> LinesAsync(DateOnly firstDay, DateOnly lastDay, string? unitCode, CancellationToken cancellationToken)
    {
        var trips = db.Trips.AsNoTracking().Where(t => t.DepartedOn >= firstDay && t.DepartedOn <= lastDay);
        if (unitCode is not null)
        {
            trips = trips.Where(t => t.UnitCode == unitCode);
        }

        var rows = await trips.OrderBy(t => t.DepartedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.LeaderName, t.Destination, t.DepartedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => ReportLine.Create(FigureKind.Trip, t.Id, t.Id, Label(t.LeaderName, t.Destination), t.DepartedOn, 0m, 1m, null, null))];
    }

    private static string Label(string leader, string destination)
    {
        var label = $"{leader} {destination}";
        return label.Length <= MaxLabel ? label : label[..MaxLabel];
    }
}
