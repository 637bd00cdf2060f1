using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.Layers;

/// <summary>Where a marker goes: its own coordinates, or near its unit's seat (the city's for city-level records) on a small circle chosen by its id, so markers of one unit do not hide each other.</summary>
public static class MarkerPlacement
{
    /// <summary>The circle's radius around the seat, in degrees (a platform default).</summary>
    public const double OffsetDegrees = 0.035;

    public static GeoPoint Of(UnitSeats seats, string? unitCode, Guid id, double? longitude, double? latitude)
    {
        ArgumentNullException.ThrowIfNull(seats);
        if (longitude is { } x && latitude is { } y)
        {
            return new GeoPoint(x, y);
        }

        var seat = seats.Of(unitCode);
        var bytes = id.ToByteArray();
        var angle = (bytes[^1] | (bytes[^2] << 8)) % 360 * Math.PI / 180;
        return new GeoPoint(Math.Round(seat.Longitude + (OffsetDegrees * Math.Cos(angle)), 5), Math.Round(seat.Latitude + (OffsetDegrees * Math.Sin(angle)), 5));
    }
}

/// <summary>A unit's projects: per stage and in total, with its seat.</summary>
public sealed record UnitLayer(string Code, string Name, double Longitude, double Latitude, bool IsFunctionalZone, IReadOnlyList<UnitStageFigure> Stages);

public sealed record CarrierMarker(Guid Id, string Name, string? UnitCode, string UnitName, double Longitude, double Latitude, bool Placed, IReadOnlyList<string> Industries, decimal? AreaKm2, decimal? AvailableLandMu, decimal? AvailableBuildingsM2, string? Contact);

public sealed record ParcelMarker(Guid Id, string Code, string Name, string UnitCode, string UnitName, double Longitude, double Latitude, bool Placed, decimal AreaMu, ParcelUse Use, ParcelStatus Status, decimal? PriceWanPerMu, string? Location);

public sealed record OpportunityMarker(Guid Id, string Title, string UnitCode, string UnitName, double Longitude, double Latitude, string DirectionCode, decimal? InvestmentWan, OpportunityStatus Status);

public sealed record RouteLine(Guid Id, string Name, DateOnly VisitOn, string? ForWhom, IReadOnlyList<RouteLinePoint> Stops);

public sealed record RouteLinePoint(int Position, string Title, double Longitude, double Latitude);

/// <summary>Every layer of the map in one answer, each capped (the caps are platform defaults).</summary>
public sealed record MapLayersView(IReadOnlyList<UnitLayer> Units, IReadOnlyList<CarrierMarker> Carriers, IReadOnlyList<ParcelMarker> Parcels, IReadOnlyList<RouteLine> Routes, IReadOnlyList<OpportunityMarker> Opportunities, bool Truncated);

/// <summary>The map's layers: projects per unit and stage (the caller's data scope), carriers, parcels, routes and opportunities.</summary>
public sealed class MapLayers(MapDb db, IProjectsByUnit projects, IUnitDirectory units, UnitSeats seats)
{
    public const int MaxMarkers = 1000;
    public const int MaxRoutes = 50;

    public async Task<MapLayersView> GetAsync(CancellationToken cancellationToken)
    {
        var names = await units.ListUnitsAsync(cancellationToken);
        var figures = await projects.ByUnitAndStageAsync(cancellationToken);
        var unitLayers = seats.Units.Select(s => new UnitLayer(s.Code, s.Name, s.Longitude, s.Latitude, s.IsFunctionalZone, [.. figures.Where(f => f.UnitCode == s.Code)])).ToList();

        var carrierRows = await db.Carriers.AsNoTracking().OrderBy(c => c.Name).Take(MaxMarkers + 1).ToListAsync(cancellationToken);
        var parcelRows = await db.Parcels.AsNoTracking().OrderBy(p => p.Code).Take(MaxMarkers + 1).ToListAsync(cancellationToken);
        var opportunityRows = await db.Opportunities.AsNoTracking().OrderBy(o => o.Title).Take(MaxMarkers + 1).ToListAsync(cancellationToken);
        var routeRows = await db.Routes.AsNoTracking().Include(r => r.Stops).OrderByDescending(r => r.VisitOn).Take(MaxRoutes).ToListAsync(cancellationToken);
        var truncated = carrierRows.Count > MaxMarkers || parcelRows.Count > MaxMarkers || opportunityRows.Count > MaxMarkers;

        string UnitName(string? code) => code is null ? string.Empty : names.NameOf(code);
        return new MapLayersView(
            unitLayers,
            [.. carrierRows.Take(MaxMarkers).Select(c =>
            {
                var at = MarkerPlacement.Of(seats, c.UnitCode, c.Id, c.Longitude, c.Latitude);
                return new CarrierMarker(c.Id, c.Name, c.UnitCode, UnitName(c.UnitCode), at.X, at.Y, c.Longitude is not null, c.Industries, c.AreaKm2, c.AvailableLandMu, c.AvailableBuildingsM2, c.Contact);
            })],
            [.. parcelRows.Take(MaxMarkers).Select(p =>
            {
                var at = MarkerPlacement.Of(seats, p.UnitCode, p.Id, p.Longitude, p.Latitude);
                return new ParcelMarker(p.Id, p.Code, p.Name, p.UnitCode, UnitName(p.UnitCode), at.X, at.Y, p.Longitude is not null, p.AreaMu, p.Use, p.Status, p.PriceWanPerMu, p.Location);
            })],
            [.. routeRows.Select(r => new RouteLine(r.Id, r.Name, r.VisitOn, r.ForWhom,
                [.. r.Stops.OrderBy(s => s.Position).Where(s => s.Longitude is not null && s.Latitude is not null).Select(s => new RouteLinePoint(s.Position, s.Title, s.Longitude!.Value, s.Latitude!.Value))]))],
            [.. opportunityRows.Take(MaxMarkers).Select(o =>
            {
                var at = MarkerPlacement.Of(seats, o.UnitCode, o.Id, null, null);
                return new OpportunityMarker(o.Id, o.Title, o.UnitCode, UnitName(o.UnitCode), at.X, at.Y, o.DirectionCode, o.InvestmentWan, o.Status);
            })],
            truncated);
    }
}
