using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.Carriers;

// UnitCode: The unit of the park; null for a city-level park (city officers only). A county officer may leave it out (its own).
// Industries: Leading industries, one per entry.
// Version: On edits, the version the caller read; a stale one gets 409.
public sealed record CarrierRequest(string? Name, string? UnitCode, decimal? AreaKm2, IReadOnlyList<string>? Industries, decimal? AvailableLandMu, decimal? AvailableBuildingsM2, double? Longitude, double? Latitude, string? Contact, string? Note, int Version = 0);

/// <summary>A park as the pages and the API show it.</summary>
public sealed record CarrierView(Guid Id, string Name, string? UnitCode, string UnitName, decimal? AreaKm2, IReadOnlyList<string> Industries, decimal? AvailableLandMu, decimal? AvailableBuildingsM2, double? Longitude, double? Latitude, string? Contact, string? Note, bool IsReference, int Version) : IRecordView;

// UnitCode: Only this unit's parks ("city" for the city-level ones). Text: Part of the name.
public sealed record CarrierQuery(string? UnitCode = null, string? Text = null, int? Page = null, int? PageSize = null);

/// <summary>Investment carriers (parks): everyone with business access reads them; a county writes its own unit's, the city any.</summary>
public sealed class Carriers(MapDb db, IUnitDirectory units, UnitWriteGuard guard, UnitRecordStore store, IStringLocalizer<MapText> text) : IUnitRecordHandler<CarrierView, CarrierRequest>
{
    public const string CityFilter = "city";

    public async Task<MapPage<CarrierView>> SearchAsync(CarrierQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = db.Carriers.AsNoTracking();
        if (query.UnitCode == CityFilter)
        {
            rows = rows.Where(c => c.UnitCode == null);
        }
        else if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            rows = rows.Where(c => c.UnitCode == query.UnitCode);
        }

        if (FieldRules.Clean(query.Text) is { } term)
        {
            rows = rows.Where(c => c.Name.Contains(term) || c.IndustriesText.Contains(term));
        }

        var (page, size) = (MapProblems.PageNumber(query.Page), MapProblems.PageSize(query.PageSize));
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(c => c.UnitCode).ThenBy(c => c.Name).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var names = await units.ListUnitsAsync(cancellationToken);
        return new([.. items.Select(c => View(c, names))], total, page, size);
    }

    public async Task<CarrierView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var carrier = await store.GetAsync<Carrier>(id, cancellationToken);
        return View(carrier, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<CarrierView> CreateAsync(CarrierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unitCode = guard.DefaultUnit(request.UnitCode);
        var details = await CheckAsync(request, unitCode, cancellationToken);
        var carrier = Carrier.Create(details);
        await store.AddAsync(carrier, cancellationToken);
        return View(carrier, await units.ListUnitsAsync(cancellationToken));
    }

    public async Task<CarrierView> ReviseAsync(Guid id, CarrierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var carrier = await store.LoadForChangeAsync<Carrier>(id, cancellationToken);
        var details = await CheckAsync(request, UnitRecordStore.UnitFor(request.UnitCode, carrier.UnitCode), cancellationToken);
        store.EnsureCanChange(carrier, details.UnitCode, request.Version);
        carrier.Revise(details);
        await store.SaveAsync(cancellationToken);
        return View(carrier, await units.ListUnitsAsync(cancellationToken));
    }

    public Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken) => store.DeleteAsync<Carrier>(id, version, cancellationToken);

    internal static CarrierView View(Carrier c, IReadOnlyList<UnitSummary> units) =>
        new(c.Id, c.Name, c.UnitCode, c.UnitCode is null ? string.Empty : units.NameOf(c.UnitCode), c.AreaKm2, c.Industries, c.AvailableLandMu, c.AvailableBuildingsM2, c.Longitude, c.Latitude, c.Contact, c.Note, c.ReferenceKey is not null, c.Version);

    private async Task<CarrierDetails> CheckAsync(CarrierRequest request, string? unitCode, CancellationToken cancellationToken)
    {
        var details = new CarrierDetails(request.Name ?? string.Empty, unitCode, request.AreaKm2, request.Industries ?? [], request.AvailableLandMu, request.AvailableBuildingsM2, request.Longitude, request.Latitude, request.Contact, request.Note);
        var errors = MapProblems.Messages(Carrier.Check(details), text);
        await store.CheckUnitAsync(errors, unitCode, required: false, cancellationToken);
        MapProblems.ThrowIfAny(errors);
        return details;
    }
}
