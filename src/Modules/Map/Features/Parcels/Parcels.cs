using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.Parcels;

// UnitCode: The unit; a county officer may leave it out (its own) and may name no other.
// AreaMu: Area in mu, more than zero. PriceWanPerMu: Asking price in 10,000 yuan per mu, not negative.
// Version: On edits, the version the caller read; a stale one gets 409.
public sealed record ParcelRequest(string? Code, string? Name, string? UnitCode, string? Location, double? Longitude, double? Latitude, decimal? AreaMu, ParcelUse? Use, ParcelStatus? Status, decimal? PriceWanPerMu, string? Note, int Version = 0);

/// <summary>A land parcel as the pages and the API show it.</summary>
public sealed record ParcelView(Guid Id, string Code, string Name, string UnitCode, string UnitName, string? Location, double? Longitude, double? Latitude, decimal AreaMu, ParcelUse Use, ParcelStatus Status, decimal? PriceWanPerMu, string? Note, int Version) : IRecordView;

public sealed record ParcelQuery(string? UnitCode = null, ParcelStatus? Status = null, ParcelUse? Use = null, string? Text = null, int? Page = null, int? PageSize = null);

/// <summary>Land parcels (投资用地): promotional information read by every business role; written by the owning county or the city.</summary>
public sealed class Parcels(MapDb db, IUnitDirectory units, UnitWriteGuard guard, UnitRecordStore store, IStringLocalizer<MapText> text) : IUnitRecordHandler<ParcelView, ParcelRequest>
{
    public async Task<MapPage<ParcelView>> SearchAsync(ParcelQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = db.Parcels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            rows = rows.Where(p => p.UnitCode == query.UnitCode);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(p => p.Status == status);
        }

        if (query.Use is { } use)
        {
            rows = rows.Where(p => p.Use == use);
        }

        if (FieldRules.Clean(query.Text) is { } term)
        {
            rows = rows.Where(p => p.Code.Contains(term) || p.Name.Contains(term) || (p.Location != null && p.Location.Contains(term)));
        }

        var (page, size) = (MapProblems.PageNumber(query.Page), MapProblems.PageSize(query.PageSize));
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(p => p.UnitCode).ThenBy(p => p.Code).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var names = await units.ListUnitsAsync(cancellationToken);
        return new([.. items.Select(p => View(p, names))], total, page, size);
    }

    public async Task<ParcelView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var parcel = await store.GetAsync<Parcel>(id, cancellationToken);
        return View(parcel, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<ParcelView> CreateAsync(ParcelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var details = await CheckAsync(request, guard.DefaultUnit(request.UnitCode), cancellationToken);
        var parcel = Parcel.Create(details);
        await store.AddAsync(parcel, cancellationToken);
        return View(parcel, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<ParcelView> ReviseAsync(Guid id, ParcelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parcel = await store.LoadForChangeAsync<Parcel>(id, cancellationToken);
        var details = await CheckAsync(request, UnitRecordStore.UnitFor(request.UnitCode, parcel.UnitCode), cancellationToken);
        store.EnsureCanChange(parcel, details.UnitCode, request.Version);
        parcel.Revise(details);
        await store.SaveAsync(cancellationToken);
        return View(parcel, await units.ListUnitsAsync(cancellationToken));
    }

    public Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken) => store.DeleteAsync<Parcel>(id, version, cancellationToken);

    internal static ParcelView View(Parcel p, IReadOnlyList<UnitSummary> units) =>
        new(p.Id, p.Code, p.Name, p.UnitCode, units.NameOf(p.UnitCode), p.Location, p.Longitude, p.Latitude, p.AreaMu, p.Use, p.Status, p.PriceWanPerMu, p.Note, p.Version);

    private async Task<ParcelDetails> CheckAsync(ParcelRequest request, string? unitCode, CancellationToken cancellationToken)
    {
        var details = new ParcelDetails(request.Code ?? string.Empty, request.Name ?? string.Empty, unitCode ?? string.Empty, request.Location, request.Longitude, request.Latitude, request.AreaMu ?? 0m, request.Use ?? ParcelUse.Industrial, request.Status ?? ParcelStatus.Available, request.PriceWanPerMu, request.Note);
        var errors = MapProblems.Messages(Parcel.Check(details), text);
        if (request.AreaMu is null)
        {
            errors["areaMu"] = [text["Problem.Required"]];
        }

        if (request.Use is null)
        {
            errors.AddError("use", text["Problem.Required"]);
        }

        await store.CheckUnitAsync(errors, unitCode, required: true, cancellationToken);
        MapProblems.ThrowIfAny(errors);
        return details;
    }
}
