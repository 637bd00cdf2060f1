using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Map.Features.Carriers;
using Tianzhong.Modules.Map.Features.Common;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Investment carriers (投资载体): the parks with their figures; the same handlers as the API.</summary>
public sealed partial class CarriersPage
{
    private string? _unitFilter;
    private string? _text;

    [Inject]
    private Features.Carriers.Carriers Handler { get; set; } = default!;

    protected override IUnitRecordHandler<CarrierView, CarrierRequest> Records => Handler;

    private static string Number(decimal? value) => value?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";

    protected override Task<MapPage<CarrierView>> SearchAsync(int page) => Handler.SearchAsync(new CarrierQuery(_unitFilter, _text, page), PageToken);

    protected override CarrierForm NewForm() => new() { UnitCode = FixedUnit };

    protected override CarrierForm FormOf(CarrierView view) => CarrierForm.From(view);

    protected override CarrierRequest RequestOf(CarrierForm form, int version) => form.ToRequest(version);
}

/// <summary>The park form of <see cref="CarriersPage"/>.</summary>
public sealed class CarrierForm
{
    public string? Name { get; set; }

    public string? UnitCode { get; set; }

    public string? Industries { get; set; }

    public decimal? AreaKm2 { get; set; }

    public decimal? AvailableLandMu { get; set; }

    public decimal? AvailableBuildingsM2 { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public string? Contact { get; set; }

    public string? Note { get; set; }

    public static CarrierForm From(CarrierView c) => new()
    {
        Name = c.Name, UnitCode = c.UnitCode, Industries = string.Join(", ", c.Industries), AreaKm2 = c.AreaKm2, AvailableLandMu = c.AvailableLandMu,
        AvailableBuildingsM2 = c.AvailableBuildingsM2, Longitude = c.Longitude, Latitude = c.Latitude, Contact = c.Contact, Note = c.Note,
    };

    public CarrierRequest ToRequest(int version) => new(
        Name, UnitCode,
        AreaKm2,
        SplitList(Industries),
        AvailableLandMu, AvailableBuildingsM2, Longitude, Latitude, Contact, Note, version);

    // A list typed as one line: split on commas, semicolons and line breaks, the full-width CJK ones included.
    private static List<string> SplitList(string? text) =>
        [.. new string([.. (text ?? string.Empty).Select(c => c is ';' or '\n' || (c > 0x2FFF && char.IsPunctuation(c)) ? ',' : c)])
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
