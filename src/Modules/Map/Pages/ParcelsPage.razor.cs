using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Parcels;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Land parcels (投资用地明白图): every unit's parcels; the owning county or the city edits them. The same handlers as the API.</summary>
public sealed partial class ParcelsPage
{
    private ParcelFilter _query = new();

    [Inject]
    private Parcels Handler { get; set; } = default!;

    protected override IUnitRecordHandler<ParcelView, ParcelRequest> Records => Handler;

    private static string Number(decimal? value) => value?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";

    protected override Task<MapPage<ParcelView>> SearchAsync(int page) => Handler.SearchAsync(new ParcelQuery(_query.UnitCode, _query.Status, _query.Use, _query.Text, page), PageToken);

    protected override ParcelForm NewForm() => new() { UnitCode = FixedUnit, Use = ParcelUse.Industrial, Status = ParcelStatus.Available };

    protected override ParcelForm FormOf(ParcelView view) => ParcelForm.From(view);

    protected override ParcelRequest RequestOf(ParcelForm form, int version) => form.ToRequest(version);

    private sealed class ParcelFilter
    {
        public string? UnitCode { get; set; }

        public ParcelStatus? Status { get; set; }

        public ParcelUse? Use { get; set; }

        public string? Text { get; set; }
    }
}

/// <summary>The land parcel form of <see cref="ParcelsPage"/>.</summary>
public sealed class ParcelForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? UnitCode { get; set; }

    public string? Location { get; set; }

    public decimal? AreaMu { get; set; }

    public ParcelUse? Use { get; set; }

    public ParcelStatus? Status { get; set; }

    public decimal? PriceWanPerMu { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public string? Note { get; set; }

    public static ParcelForm From(ParcelView p) => new()
    {
        Code = p.Code, Name = p.Name, UnitCode = p.UnitCode, Location = p.Location, AreaMu = p.AreaMu, Use = p.Use, Status = p.Status,
        PriceWanPerMu = p.PriceWanPerMu, Longitude = p.Longitude, Latitude = p.Latitude, Note = p.Note,
    };

    public ParcelRequest ToRequest(int version) => new(Code, Name, UnitCode, Location, Longitude, Latitude, AreaMu, Use, Status, PriceWanPerMu, Note, version);
}
