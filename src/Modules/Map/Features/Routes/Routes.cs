using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Layers;
using Tianzhong.Modules.Map.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.Routes;

// Kind: Carrier, Parcel, Project or Text. ReferenceId: The carrier, parcel or project (not for Text).
// Title: Required for Text stops; for the others the place's name is used when left out. Time: Free text (e.g. 09:30).
public sealed record StopRequest(StopKind? Kind, Guid? ReferenceId, string? Title, string? UnitCode, string? Time, string? Note);

// UnitCode: The unit that owns the route; a county officer's own, null for the city. ForWhom: The investor organisation.
// Version: On edits, the version the caller read; a stale one gets 409.
public sealed record RouteRequest(string? Name, string? ForWhom, DateOnly? VisitOn, string? UnitCode, string? Note, IReadOnlyList<StopRequest>? Stops, int Version = 0);

// StopIds: Every stop of the route, in the new order.
public sealed record ReorderStopsRequest(IReadOnlyList<Guid>? StopIds, int Version);

public sealed record StopView(Guid Id, int Position, StopKind Kind, Guid? ReferenceId, string Title, string? UnitCode, string UnitName, string? Time, string? Note, double? Longitude, double? Latitude);

public sealed record InspectionRouteView(Guid Id, string Name, string? ForWhom, DateOnly VisitOn, string? UnitCode, string UnitName, string? Note, IReadOnlyList<StopView> Stops, int Version);

public sealed record RouteSummary(Guid Id, string Name, string? ForWhom, DateOnly VisitOn, string? UnitCode, string UnitName, int Stops, int Version);

public sealed record RouteQuery(string? UnitCode = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, int? Page = null, int? PageSize = null);

/// <summary>Inspection routes (投资考察线路): ordered stops for an investor's visit; read by every business role, written by the owner unit or the city.</summary>
public sealed class Routes(MapDb db, IUnitDirectory units, IProjectDigests projects, UnitSeats seats, UnitWriteGuard guard, IStringLocalizer<MapText> text)
{
    public async Task<MapPage<RouteSummary>> SearchAsync(RouteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = db.Routes.AsNoTracking();
        if (query.UnitCode == "city")
        {
            rows = rows.Where(r => r.UnitCode == null);
        }
        else if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            rows = rows.Where(r => r.UnitCode == query.UnitCode);
        }

        if (query.From is { } from)
        {
            rows = rows.Where(r => r.VisitOn >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(r => r.VisitOn <= to);
        }

        if (FieldRules.Clean(query.Text) is { } term)
        {
            rows = rows.Where(r => r.Name.Contains(term) || (r.ForWhom != null && r.ForWhom.Contains(term)));
        }

        var (page, size) = (MapProblems.PageNumber(query.Page), MapProblems.PageSize(query.PageSize));
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.VisitOn).ThenBy(r => r.Name).Skip((page - 1) * size).Take(size)
            .Select(r => new { r.Id, r.Name, r.ForWhom, r.VisitOn, r.UnitCode, Stops = r.Stops.Count, r.Version })
            .ToListAsync(cancellationToken);
        var names = await units.ListUnitsAsync(cancellationToken);
        return new([.. items.Select(r => new RouteSummary(r.Id, r.Name, r.ForWhom, r.VisitOn, r.UnitCode, UnitName(names, r.UnitCode), r.Stops, r.Version))], total, page, size);
    }

    public async Task<InspectionRouteView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var route = await db.Routes.AsNoTracking().Include(r => r.Stops).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(text["NotFound"]);
        return View(route, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<InspectionRouteView> CreateAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unitCode = guard.DefaultUnit(request.UnitCode);
        var stops = await CheckAsync(request, unitCode, cancellationToken);
        guard.Ensure(unitCode);
        var route = InspectionRoute.Create(request.Name!, request.ForWhom, request.VisitOn!.Value, unitCode, request.Note, stops);
        db.Routes.Add(route);
        await SaveAsync(cancellationToken);
        return View(route, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<InspectionRouteView> ReviseAsync(Guid id, RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var route = await db.Routes.Include(r => r.Stops).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(text["NotFound"]);
        guard.Ensure(route.UnitCode);
        var stops = await CheckAsync(request, route.UnitCode, cancellationToken);
        if (route.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        // The stops are replaced: the old rows go, new ones (in the given order) come.
        db.RouteStops.RemoveRange(route.Stops);
        route.Revise(request.Name!, request.ForWhom, request.VisitOn!.Value, request.Note, stops);
        db.RouteStops.AddRange(route.Stops);
        await SaveAsync(cancellationToken);
        return View(route, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<InspectionRouteView> ReorderAsync(Guid id, ReorderStopsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var route = await db.Routes.Include(r => r.Stops).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(text["NotFound"]);
        guard.Ensure(route.UnitCode);
        if (route.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        if (!route.Reorder(request.StopIds ?? []))
        {
            throw ValidationFailedException.For("stopIds", text["Route.ReorderMismatch"]);
        }

        await SaveAsync(cancellationToken);
        return View(route, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var route = await db.Routes.Include(r => r.Stops).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(text["NotFound"]);
        guard.Ensure(route.UnitCode);
        if (route.Version != version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        db.Routes.Remove(route);
        await SaveAsync(cancellationToken);
    }

    internal static string UnitName(IReadOnlyList<UnitSummary> units, string? code) => code is null ? string.Empty : units.NameOf(code);

    private static InspectionRouteView View(InspectionRoute r, IReadOnlyList<UnitSummary> units) =>
        new(r.Id, r.Name, r.ForWhom, r.VisitOn, r.UnitCode, UnitName(units, r.UnitCode), r.Note,
            [.. r.Stops.OrderBy(s => s.Position).Select(s => new StopView(s.Id, s.Position, s.Kind, s.ReferenceId, s.Title, s.UnitCode, UnitName(units, s.UnitCode), s.Time, s.Note, s.Longitude, s.Latitude))],
            r.Version);

    // Checks the route and resolves each stop's place: its name (when no title is given), unit and map position.
    private async Task<List<StopDetails>> CheckAsync(RouteRequest request, string? unitCode, CancellationToken cancellationToken)
    {
        var requests = request.Stops ?? [];
        var errors = new Dictionary<string, string[]>();
        if (request.VisitOn is null)
        {
            errors.AddError("visitOn", text["Problem.Required"]);
        }

        if (unitCode is not null && await units.FindUnitAsync(unitCode, cancellationToken) is null)
        {
            errors.AddError("unitCode", text["UnknownUnit", unitCode]);
        }

        var carrierIds = requests.Where(s => s.Kind == StopKind.Carrier && s.ReferenceId is not null).Select(s => s.ReferenceId!.Value).Distinct().ToList();
        var parcelIds = requests.Where(s => s.Kind == StopKind.Parcel && s.ReferenceId is not null).Select(s => s.ReferenceId!.Value).Distinct().ToList();
        var projectIds = requests.Where(s => s.Kind == StopKind.Project && s.ReferenceId is not null).Select(s => s.ReferenceId!.Value).Distinct().ToList();
        var carriers = carrierIds.Count == 0 ? [] : await db.Carriers.AsNoTracking().Where(c => carrierIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var parcels = parcelIds.Count == 0 ? [] : await db.Parcels.AsNoTracking().Where(p => parcelIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var found = projectIds.Count == 0 ? [] : (await projects.FindManyAsync(projectIds, cancellationToken)).ToDictionary(p => p.Id);

        var stops = new List<StopDetails>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var s = requests[i];
            var kind = s.Kind ?? StopKind.Text;
            string? title = FieldRules.Clean(s.Title);
            string? stopUnit = FieldRules.Clean(s.UnitCode);
            GeoPoint? at = null;
            switch (kind)
            {
                case StopKind.Carrier when s.ReferenceId is { } id:
                    if (carriers.TryGetValue(id, out var carrier))
                    {
                        (title, stopUnit, at) = (title ?? carrier.Name, carrier.UnitCode, MarkerPlacement.Of(seats, carrier.UnitCode, carrier.Id, carrier.Longitude, carrier.Latitude));
                    }
                    else
                    {
                        errors.AddError($"stops[{i}].referenceId", text["NotFound"]);
                    }

                    break;
                case StopKind.Parcel when s.ReferenceId is { } id:
                    if (parcels.TryGetValue(id, out var parcel))
                    {
                        (title, stopUnit, at) = (title ?? parcel.Name, parcel.UnitCode, MarkerPlacement.Of(seats, parcel.UnitCode, parcel.Id, parcel.Longitude, parcel.Latitude));
                    }
                    else
                    {
                        errors.AddError($"stops[{i}].referenceId", text["NotFound"]);
                    }

                    break;
                case StopKind.Project when s.ReferenceId is { } id:
                    if (found.TryGetValue(id, out var project))
                    {
                        (title, stopUnit, at) = (title ?? project.Name, project.UnitCode, MarkerPlacement.Of(seats, project.UnitCode, project.Id, null, null));
                    }
                    else
                    {
                        errors.AddError($"stops[{i}].referenceId", text["NotFound"]);
                    }

                    break;
                default:
                    if (stopUnit is not null)
                    {
                        var seat = seats.Of(stopUnit);
                        at = new GeoPoint(seat.Longitude, seat.Latitude);
                    }

                    break;
            }

            stops.Add(new StopDetails(kind, s.ReferenceId, title ?? string.Empty, stopUnit, s.Time, s.Note, at?.X, at?.Y));
        }

        foreach (var problem in MapProblems.Messages(InspectionRoute.Check(request.Name, request.ForWhom, request.Note, stops), text))
        {
            foreach (var message in problem.Value)
            {
                errors.AddError(problem.Key, message);
            }
        }

        MapProblems.ThrowIfAny(errors);
        return stops;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
