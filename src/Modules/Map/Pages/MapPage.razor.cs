using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Modules.Map.Features.BaseMap;
using Tianzhong.Modules.Map.Features.Layers;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>What the side panel shows for a clicked region or marker.</summary>
public sealed record MapDetails(string Title, string Kind, IReadOnlyList<(string Label, string Value)> Lines, string? Link);

/// <summary>The investment map (热力图): the base map (schematic or official) with the projects, carriers, parcels, routes and opportunities layers.</summary>
public sealed partial class MapPage
{
    internal static readonly string[] Stages = ["Negotiating", "Signed", "Started", "InProduction", "Stalled", "Terminated"];

    private BaseMapView? _base;
    private ChartMap? _geoMap;
    private MapLayersView? _layers;
    private JsonObject? _option;
    private MapSelection _selection = new(Projects: true, Carriers: true, Parcels: true, Routes: true, Opportunities: true, ByAmount: false, Stage: null);
    private MapDetails? _details;

    [Inject]
    private BaseMaps BaseMaps { get; set; } = default!;

    [Inject]
    private MapLayers Layers { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _base = await BaseMaps.GetAsync(PageToken);
        _geoMap = new ChartMap(MapOptions.BaseMapName, _base.GeoJson.ToJsonString());
        _layers = await Layers.GetAsync(PageToken);
        Rebuild();
    });

    private static string Number(decimal? value, string format = "N2") => value?.ToString(format, CultureInfo.CurrentCulture) ?? "-";

    private void Toggle(MapSelection selection)
    {
        _selection = selection;
        Rebuild();
    }

    private void Rebuild()
    {
        if (_base is null || _layers is null)
        {
            return;
        }

        var labels = new MapLabels(Text["Layer.Projects"], Text["Layer.Zones"], Text["Layer.Carriers"], Text["Layer.Parcels"], Text["Layer.Routes"], Text["Layer.Opportunities"], Text["Map.ByCount"], Text["Map.ByAmount"], Text["Map.High"], Text["Map.Low"]);
        _option = MapOptions.Build(_base, _layers, _selection, labels);
    }

    private Task ShowAsync(ChartClick click)
    {
        _details = Describe(click);
        StateHasChanged();
        return Task.CompletedTask;
    }

    private MapDetails? Describe(ChartClick click)
    {
        if (_layers is null || _base is null)
        {
            return null;
        }

        switch (click.SeriesId)
        {
            case "carriers":
                var carrier = _layers.Carriers.FirstOrDefault(c => c.Id.ToString() == click.Id);
                return carrier is null ? null : new MapDetails(carrier.Name, Text["Layer.Carriers"],
                [
                    (Text["Col.Unit"], carrier.UnitCode is null ? Text["Map.CityLevel"].Value : carrier.UnitName),
                    (Text["Carrier.Industries"], string.Join(Text["ListSeparator"], carrier.Industries)),
                    (Text["Carrier.AreaKm2"], Number(carrier.AreaKm2)),
                    (Text["Carrier.AvailableLandMu"], Number(carrier.AvailableLandMu)),
                    (Text["Carrier.AvailableBuildingsM2"], Number(carrier.AvailableBuildingsM2)),
                    (Text["Carrier.Contact"], carrier.Contact ?? "-"),
                    (Text["Map.Position"], carrier.Placed ? Text["Map.Placed"].Value : Text["Map.NearSeat"].Value),
                ], "/map/carriers");
            case "parcels":
                var parcel = _layers.Parcels.FirstOrDefault(p => p.Id.ToString() == click.Id);
                return parcel is null ? null : new MapDetails($"{parcel.Code} {parcel.Name}", Text["Layer.Parcels"],
                [
                    (Text["Col.Unit"], parcel.UnitName),
                    (Text["Parcel.Location"], parcel.Location ?? "-"),
                    (Text["Parcel.AreaMu"], Number(parcel.AreaMu)),
                    (Text["Parcel.Use"], Text[$"ParcelUse.{parcel.Use}"]),
                    (Text["Parcel.Status"], Text[$"ParcelStatus.{parcel.Status}"]),
                    (Text["Parcel.PriceWanPerMu"], Number(parcel.PriceWanPerMu)),
                    (Text["Map.Position"], parcel.Placed ? Text["Map.Placed"].Value : Text["Map.NearSeat"].Value),
                ], "/map/parcels");
            case "opportunities":
                var opportunity = _layers.Opportunities.FirstOrDefault(o => o.Id.ToString() == click.Id);
                return opportunity is null ? null : new MapDetails(opportunity.Title, Text["Layer.Opportunities"],
                [
                    (Text["Col.Unit"], opportunity.UnitName),
                    (Text["Opportunity.Investment"], Number(opportunity.InvestmentWan)),
                    (Text["Opportunity.Status"], Text[$"OpportunityStatus.{opportunity.Status}"]),
                ], "/map/opportunities");
            case "routes" or "route-stops":
                var route = _layers.Routes.FirstOrDefault(r => r.Id.ToString() == click.Id);
                return route is null ? null : new MapDetails(route.Name, Text["Layer.Routes"],
                [
                    (Text["Route.VisitOn"], route.VisitOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    (Text["Route.ForWhom"], route.ForWhom ?? "-"),
                    .. route.Stops.Select(s => (s.Position.ToString(CultureInfo.InvariantCulture), s.Title)),
                ], $"/map/routes/{route.Id}/print");
            default:
                var unit = _layers.Units.FirstOrDefault(u => u.Code == click.Id)
                    ?? _layers.Units.FirstOrDefault(u => u.Name == click.Name || (_base.RegionNames.TryGetValue(u.Code, out var region) && region == click.Name));
                if (unit is null)
                {
                    return null;
                }

                var lines = new List<(string, string)>();
                foreach (var stage in Stages)
                {
                    var row = unit.Stages.FirstOrDefault(s => s.Stage == stage);
                    lines.Add((Text[$"Stage.{stage}"], row is null ? "0" : Text["Map.StageLine", row.Projects, Number(row.ContractInvestmentWan)].Value));
                }

                lines.Add((Text["Layer.Carriers"], _layers.Carriers.Count(c => c.UnitCode == unit.Code).ToString(CultureInfo.CurrentCulture)));
                lines.Add((Text["Layer.Parcels"], _layers.Parcels.Count(p => p.UnitCode == unit.Code).ToString(CultureInfo.CurrentCulture)));
                lines.Add((Text["Layer.Opportunities"], _layers.Opportunities.Count(o => o.UnitCode == unit.Code).ToString(CultureInfo.CurrentCulture)));
                return new MapDetails(unit.Name, Text["Map.UnitProjects"], lines, null);
        }
    }
}
