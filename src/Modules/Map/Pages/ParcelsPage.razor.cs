using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Parcels;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Land parcels (投资用地明白图): every unit's parcels; the owning county or the city edits them. The same handlers as the API.</summary>
public sealed partial class ParcelsPage
{
    private IReadOnlyList<UnitSummary> _units = [];
    private MapPage<ParcelView> _page = new([], 0, 1, 20);
    private ParcelFilter _query = new();
    private string? _fixedUnit;
    private ParcelForm _form = new();
    private ParcelView? _editing;
    private readonly FormState _state = new();

    [Inject]
    private Parcels Handler { get; set; } = default!;

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
        _page = await Handler.SearchAsync(new ParcelQuery(), PageToken);
    });

    private static string Number(decimal? value) => value?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";

    private ParcelQuery Query(int page) => new(_query.UnitCode, _query.Status, _query.Use, _query.Text, page);

    private Task LoadAsync(int page) => WhileOpenAsync(async () => _page = await Handler.SearchAsync(Query(page), PageToken));

    private void Reset()
    {
        _editing = null;
        _form = new ParcelForm { UnitCode = _fixedUnit, Use = ParcelUse.Industrial, Status = ParcelStatus.Available };
        _state.Clear();
    }

    private void Edit(ParcelView parcel)
    {
        Reset();
        _editing = parcel;
        _form = ParcelForm.From(parcel);
    }

    private Task SaveAsync() => WhileOpenAsync(async () =>
    {
        var request = _form.ToRequest(_editing?.Version ?? 0);
        if (await _state.RunAsync(async () => _editing = _editing is null ? await Handler.CreateAsync(request, PageToken) : await Handler.ReviseAsync(_editing.Id, request, PageToken)))
        {
            _form = ParcelForm.From(_editing!);
            _page = await Handler.SearchAsync(Query(_page.Page), PageToken);
        }
    });

    private Task DeleteAsync() => WhileOpenAsync(async () =>
    {
        if (_editing is { } editing && await _state.RunAsync(() => Handler.DeleteAsync(editing.Id, editing.Version, PageToken)))
        {
            Reset();
            _page = await Handler.SearchAsync(Query(_page.Page), PageToken);
        }
    });

    private sealed class ParcelFilter
    {
        public string? UnitCode { get; set; }

        public ParcelStatus? Status { get; set; }

        public ParcelUse? Use { get; set; }

        public string? Text { get; set; }
    }

    private sealed class ParcelForm
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
}
