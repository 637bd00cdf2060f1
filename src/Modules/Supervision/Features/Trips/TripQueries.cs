using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Trips;

// UnitCode: One unit's trips (a county officer sees its own only, whatever it names).
// From: Trips with a day on or after this date.
// To: Trips with a day on or before this date.
// Leader: Text in the leader's name or post.
public sealed record TripQuery(string? UnitCode = null, DateOnly? From = null, DateOnly? To = null, string? Leader = null, int Page = 1, int PageSize = 20);

/// <summary>Trips as listed, one trip, and the weekly roll-up; all within the caller's data scope (the context's query filter).</summary>
public sealed class TripQueries(SupervisionDb db, IUnitDirectory units, ICurrentUser currentUser, IStringLocalizer<TripsText> text)
{
    public const int MaxPageSize = 200;

    public async Task<TripPage> SearchAsync(TripQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        if (query.From > query.To)
        {
            throw ValidationFailedException.For("to", text["DateRange"]);
        }

        var trips = db.Trips.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unitCode = query.UnitCode.Trim();
            trips = trips.Where(t => t.UnitCode == unitCode);
        }

        if (query.From is { } from)
        {
            trips = trips.Where(t => t.ReturnedOn >= from);
        }

        if (query.To is { } to)
        {
            trips = trips.Where(t => t.DepartedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Leader))
        {
            var term = query.Leader.Trim();
            trips = trips.Where(t => t.LeaderName.Contains(term) || t.LeaderPost.Contains(term));
        }

        var total = await trips.CountAsync(cancellationToken);
        var rows = await trips.OrderByDescending(t => t.DepartedOn).ThenByDescending(t => t.RecordedUtc).ThenBy(t => t.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(t => new { t.Id, t.UnitCode, t.LeaderName, t.LeaderPost, t.DepartedOn, t.ReturnedOn, t.Destination, t.Outcome, Visits = t.Visits.Count, t.Version })
            .ToListAsync(cancellationToken);
        var unitList = await units.ListUnitsAsync(cancellationToken);
        return new TripPage([.. rows.Select(t => new TripRow(t.Id, t.UnitCode, unitList.NameOf(t.UnitCode), t.LeaderName, t.LeaderPost, t.DepartedOn, t.ReturnedOn, t.Destination, t.Outcome, t.Visits, t.Version))], total, query.Page, query.PageSize);
    }

    public async Task<TripView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var trip = await db.Trips.AsNoTracking().Include(t => t.Visits).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException(text["TripNotFound"]);
        return TripView.From(trip, (await units.ListUnitsAsync(cancellationToken)).NameOf(trip.UnitCode));
    }

    /// <summary>
    /// The ISO week holding <paramref name="date"/>. A trip counts in every week it has a day in, with only those days
    /// as leader-days; trips last at most 31 days, so the rows read are the week's few.
    /// </summary>
    public async Task<TripWeekView> WeekAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var week = TripWeek.Containing(date);
        var (first, last) = (week.FirstDay, week.LastDay);
        var trips = db.Trips.AsNoTracking().Where(t => t.DepartedOn <= last && t.ReturnedOn >= first);
        var tripRows = await trips
            .OrderBy(t => t.DepartedOn).ThenBy(t => t.RecordedUtc).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.UnitCode, t.LeaderName, t.LeaderPost, t.DepartedOn, t.ReturnedOn, t.Destination, t.ContactsMet, t.Outcome })
            .ToListAsync(cancellationToken);
        var visitRows = await trips.SelectMany(t => t.Visits).Select(v => new { v.TripId, v.OrganisationId, v.OrganisationName }).ToListAsync(cancellationToken);
        var visitsByTrip = visitRows.ToLookup(v => v.TripId);

        // Every unit the caller may see: a county officer's roll-up is its own unit's line, not a list of others shown as idle.
        var unitList = (await units.ListUnitsAsync(cancellationToken)).Where(u => currentUser.SeesUnit(u.Code)).ToList();
        var byUnit = tripRows.ToLookup(t => t.UnitCode);
        var lines = unitList.Select(u =>
        {
            var unitTrips = byUnit[u.Code].ToList();
            return new UnitWeekRow(
                u.Code,
                u.Name,
                unitTrips.Count,
                unitTrips.Sum(t => week.DaysAway(t.DepartedOn, t.ReturnedOn)),
                unitTrips.SelectMany(t => visitsByTrip[t.Id]).Select(v => v.OrganisationId).Distinct().Count());
        }).ToList();
        var order = unitList.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var weekTrips = tripRows
            .OrderBy(t => order.TryGetValue(t.UnitCode, out var i) ? i : int.MaxValue).ThenBy(t => t.DepartedOn)
            .Select(t => new WeekTripView(t.Id, t.UnitCode, unitList.NameOf(t.UnitCode), t.LeaderName, t.LeaderPost, t.DepartedOn, t.ReturnedOn, week.DaysAway(t.DepartedOn, t.ReturnedOn), t.Destination,
                [.. visitsByTrip[t.Id].Select(v => v.OrganisationName)], t.ContactsMet, t.Outcome))
            .ToList();
        return new TripWeekView(week.IsoYear, week.IsoNumber, first, last, lines, weekTrips, [.. unitList.Where(u => !byUnit[u.Code].Any())]);
    }
}
