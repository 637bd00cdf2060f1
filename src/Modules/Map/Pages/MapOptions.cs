using System.Text.Json.Nodes;
using Tianzhong.Modules.Map.Features.BaseMap;
using Tianzhong.Modules.Map.Features.Layers;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Which layers the map shows and how the projects layer measures.</summary>
public sealed record MapSelection(bool Projects, bool Carriers, bool Parcels, bool Routes, bool Opportunities, bool ByAmount, string? Stage);

/// <summary>Layer names and labels in the user's language.</summary>
public sealed record MapLabels(string Projects, string Zones, string Carriers, string Parcels, string Routes, string Opportunities, string Count, string Amount, string High, string Low);

/// <summary>Builds the ECharts option of the map page from the base map, the layers and the selection.</summary>
public static class MapOptions
{
    /// <summary>The name the option's geo component uses for the base map the page registers.</summary>
    public const string BaseMapName = "tz-base";

    public const string CarrierColour = "#2e7d32";
    public const string ParcelColour = "#ef6c00";
    public const string RouteColour = "#6a1b9a";
    public const string OpportunityColour = "#c62828";

    /// <summary>A unit's measure on the projects layer: the count or the contract investment (万元) of its projects in the stage (all stages when null).</summary>
    public static decimal Measure(UnitLayer unit, MapSelection selection)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(selection);
        var rows = unit.Stages.Where(s => selection.Stage is null || s.Stage == selection.Stage);
        return selection.ByAmount ? rows.Sum(s => s.ContractInvestmentWan) : rows.Sum(s => s.Projects);
    }

    public static JsonObject Build(BaseMapView baseMap, MapLayersView layers, MapSelection selection, MapLabels labels)
    {
        ArgumentNullException.ThrowIfNull(baseMap);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(labels);
        var series = new JsonArray();
        var legend = new JsonArray();
        var max = layers.Units.Select(u => Measure(u, selection)).DefaultIfEmpty(0m).Max();

        if (selection.Projects)
        {
            var regions = new JsonArray();
            foreach (var unit in layers.Units.Where(u => !u.IsFunctionalZone))
            {
                regions.Add(new JsonObject
                {
                    ["name"] = baseMap.RegionNames.TryGetValue(unit.Code, out var region) ? region : unit.Name,
                    ["value"] = Measure(unit, selection),
                    ["id"] = unit.Code,
                });
            }

            series.Add(new JsonObject { ["id"] = "projects", ["name"] = labels.Projects, ["type"] = "map", ["geoIndex"] = 0, ["data"] = regions });
        }

        // The functional zones: points at their seats, sized by the projects measure when that layer is on.
        var zones = new JsonArray();
        foreach (var zone in layers.Units.Where(u => u.IsFunctionalZone))
        {
            var value = selection.Projects ? Measure(zone, selection) : 0m;
            zones.Add(new JsonObject
            {
                ["name"] = zone.Name,
                ["id"] = zone.Code,
                ["value"] = new JsonArray(zone.Longitude, zone.Latitude, value),
                ["symbolSize"] = max > 0 ? 10 + (double)(value / max * 20) : 10,
            });
        }

        series.Add(new JsonObject
        {
            ["id"] = "zones",
            ["name"] = labels.Zones,
            ["type"] = "scatter",
            ["coordinateSystem"] = "geo",
            ["symbol"] = "circle",
            ["itemStyle"] = new JsonObject { ["color"] = "#1565c0", ["borderColor"] = "#fff", ["borderWidth"] = 1 },
            // The zones sit close together in the city centre: their names show on hover, not all at once.
            ["label"] = new JsonObject { ["show"] = false, ["position"] = "right", ["formatter"] = "{b}", ["fontSize"] = 11, ["color"] = "#0d47a1" },
            ["emphasis"] = new JsonObject { ["label"] = new JsonObject { ["show"] = true } },
            ["data"] = zones,
            ["z"] = 3,
        });
        legend.Add(labels.Zones);

        if (selection.Carriers)
        {
            series.Add(Markers("carriers", labels.Carriers, "pin", 24, CarrierColour, layers.Carriers.Select(c => (c.Id, c.Name, c.Longitude, c.Latitude))));
            legend.Add(labels.Carriers);
        }

        if (selection.Parcels)
        {
            series.Add(Markers("parcels", labels.Parcels, "diamond", 12, ParcelColour, layers.Parcels.Select(p => (p.Id, p.Code + " " + p.Name, p.Longitude, p.Latitude))));
            legend.Add(labels.Parcels);
        }

        if (selection.Opportunities)
        {
            series.Add(Markers("opportunities", labels.Opportunities, "triangle", 14, OpportunityColour, layers.Opportunities.Select(o => (o.Id, o.Title, o.Longitude, o.Latitude))));
            legend.Add(labels.Opportunities);
        }

        if (selection.Routes)
        {
            var lines = new JsonArray();
            var stops = new JsonArray();
            foreach (var route in layers.Routes.Where(r => r.Stops.Count > 0))
            {
                var coords = new JsonArray();
                foreach (var stop in route.Stops)
                {
                    coords.Add(new JsonArray(stop.Longitude, stop.Latitude));
                    stops.Add(new JsonObject { ["name"] = $"{stop.Position}. {stop.Title}", ["id"] = route.Id.ToString(), ["value"] = new JsonArray(stop.Longitude, stop.Latitude) });
                }

                if (route.Stops.Count > 1)
                {
                    lines.Add(new JsonObject { ["name"] = route.Name, ["id"] = route.Id.ToString(), ["coords"] = coords });
                }
            }

            series.Add(new JsonObject
            {
                ["id"] = "routes",
                ["name"] = labels.Routes,
                ["type"] = "lines",
                ["coordinateSystem"] = "geo",
                ["polyline"] = true,
                ["lineStyle"] = new JsonObject { ["color"] = RouteColour, ["width"] = 3, ["opacity"] = 0.8 },
                ["data"] = lines,
                ["z"] = 4,
            });
            series.Add(new JsonObject
            {
                ["id"] = "route-stops",
                ["name"] = labels.Routes,
                ["type"] = "scatter",
                ["coordinateSystem"] = "geo",
                ["symbolSize"] = 8,
                ["itemStyle"] = new JsonObject { ["color"] = RouteColour },
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "top", ["formatter"] = "{b}", ["fontSize"] = 10, ["color"] = RouteColour },
                ["data"] = stops,
                ["z"] = 4,
            });
            legend.Add(labels.Routes);
        }

        var option = new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "item" },
            ["legend"] = new JsonObject { ["data"] = legend, ["bottom"] = 4, ["left"] = "center" },
            ["geo"] = new JsonObject
            {
                ["map"] = BaseMapName,
                ["roam"] = true,
                ["layoutCenter"] = new JsonArray("50%", "48%"),
                ["layoutSize"] = "92%",
                ["label"] = new JsonObject { ["show"] = true, ["fontSize"] = 12, ["color"] = "#263238" },
                ["itemStyle"] = new JsonObject { ["areaColor"] = "#eef2f7", ["borderColor"] = "#7a8ca5", ["borderWidth"] = 1 },
                ["emphasis"] = new JsonObject { ["label"] = new JsonObject { ["show"] = true }, ["itemStyle"] = new JsonObject { ["areaColor"] = "#ffe082" } },
                ["select"] = new JsonObject { ["disabled"] = true },
            },
            ["series"] = series,
        };

        if (selection.Projects)
        {
            option["visualMap"] = new JsonObject
            {
                ["type"] = "continuous",
                ["min"] = 0,
                ["max"] = max > 0 ? max : 1,
                ["seriesIndex"] = new JsonArray(0),
                ["text"] = new JsonArray(labels.High, labels.Low),
                ["left"] = 8,
                ["bottom"] = 36,
                ["calculable"] = true,
                ["inRange"] = new JsonObject { ["color"] = new JsonArray("#e3eef9", "#6baed6", "#08519c") },
            };
        }

        return option;
    }

    private static JsonObject Markers(string id, string name, string symbol, int size, string colour, IEnumerable<(Guid Id, string Name, double X, double Y)> items)
    {
        var data = new JsonArray();
        foreach (var item in items)
        {
            data.Add(new JsonObject { ["name"] = item.Name, ["id"] = item.Id.ToString(), ["value"] = new JsonArray(item.X, item.Y) });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "scatter",
            ["coordinateSystem"] = "geo",
            ["symbol"] = symbol,
            ["symbolSize"] = size,
            ["itemStyle"] = new JsonObject { ["color"] = colour, ["borderColor"] = "#fff", ["borderWidth"] = 1 },
            ["data"] = data,
            ["z"] = 3,
        };
    }
}
