using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Features.Carriers;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Investment carriers (投资载体): the parks with their figures; the same handlers as the API.</summary>
public sealed partial class CarriersPage
{
    private IReadOnlyList<UnitSummary> _units = [];
    private MapPage<CarrierView> _page = new([], 0, 1, 20);
    private string? _unitFilter;
    private string? _text;
    private string? _fixedUnit;
    private CarrierForm _form = new();
    private CarrierView? _editing;
    private readonly FormState _state = new();

    [Inject]
    private Features.Carriers.Carriers Handler { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private UnitWriteGuard Guard { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _fixedUnit = CurrentUser.IsInRole(Roles.CountyOfficer) ? CurrentUser.UnitCode : null;
        Reset();
        _page = await Handler.SearchAsync(new CarrierQuery(), PageToken);
    });

    private static string Number(decimal? value) => value?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";

    private Task LoadAsync(int page) => WhileOpenAsync(async () =>
        _page = await Handler.SearchAsync(new CarrierQuery(_unitFilter, _text, page), PageToken));

    private void Reset()
    {
        _editing = null;
        _form = new CarrierForm { UnitCode = _fixedUnit };
        _state.Clear();
    }

    private void Edit(CarrierView carrier)
    {
        Reset();
        _editing = carrier;
        _form = CarrierForm.From(carrier);
    }

    private Task SaveAsync() => WhileOpenAsync(async () =>
    {
        var request = _form.ToRequest(_editing?.Version ?? 0);
        if (await _state.RunAsync(async () => _editing = _editing is null ? await Handler.CreateAsync(request, PageToken) : await Handler.ReviseAsync(_editing.Id, request, PageToken)))
        {
            _form = CarrierForm.From(_editing!);
            _page = await Handler.SearchAsync(new CarrierQuery(_unitFilter, _text, _page.Page), PageToken);
        }
    });

    private Task DeleteAsync() => WhileOpenAsync(async () =>
    {
        if (_editing is { } editing && await _state.RunAsync(() => Handler.DeleteAsync(editing.Id, editing.Version, PageToken)))
        {
            Reset();
            _page = await Handler.SearchAsync(new CarrierQuery(_unitFilter, _text, _page.Page), PageToken);
        }
    });

    // A list typed as one line: split on commas, semicolons and line breaks, the full-width CJK ones included.
    private static List<string> SplitList(string? text) =>
        [.. new string([.. (text ?? string.Empty).Select(c => c is ';' or '\n' || (c > 0x2FFF && char.IsPunctuation(c)) ? ',' : c)])
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed class CarrierForm
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
    }
}
