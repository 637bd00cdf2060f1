using System.Text.Json.Nodes;
using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>The shared look of the dashboards' ECharts options: a sober palette, small type, the ranking page's status colours.</summary>
internal static class DashboardCharts
{
    public const string Green = "#2e7d32";
    public const string Yellow = "#f9a825";
    public const string Red = "#c62828";
    public const string Grey = "#90a4ae";

    /// <summary>Series colours: government blue first, then distinct muted tones.</summary>
    public static readonly string[] Palette = ["#1f5fa8", "#00838f", "#7b5ea7", "#e07b00", "#6d4c41", "#546e7a", "#9e9d24"];

    public static string StatusColour(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => Green,
        ProgressStatus.Yellow => Yellow,
        ProgressStatus.Red => Red,
        _ => Grey,
    };

    /// <summary>A number for a chart: money to 2 decimals, counts to 4, percentages to 1.</summary>
    public static JsonNode? Num(decimal? value, int decimals = 2) => value is { } v ? JsonValue.Create((double)decimal.Round(v, decimals)) : null;

    public static JsonArray Nodes(IEnumerable<JsonNode?> nodes) => new([.. nodes]);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)v)]);

    public static JsonObject Base(JsonObject option)
    {
        if (!option.ContainsKey("color"))
        {
            option["color"] = Strings(Palette);
        }

        option["animation"] = false;
        option["textStyle"] = new JsonObject { ["fontSize"] = 12 };
        return option;
    }

    public static JsonObject Legend() => new() { ["top"] = 0, ["itemWidth"] = 14, ["itemHeight"] = 10, ["textStyle"] = new JsonObject { ["fontSize"] = 12 } };

    public static JsonObject AxisTooltip() => new() { ["trigger"] = "axis", ["axisPointer"] = new JsonObject { ["type"] = "shadow" } };

    /// <summary>A category axis showing every label: wrapped to two lines, rotated (long unit names side by side), or as is.</summary>
    public static JsonObject CategoryAxis(IEnumerable<string> labels, bool wrap = true, int rotate = 0) => new()
    {
        ["type"] = "category",
        ["data"] = Strings(labels),
        ["axisLabel"] = rotate != 0
            ? new JsonObject { ["interval"] = 0, ["rotate"] = rotate, ["fontSize"] = 11 }
            : wrap
                ? new JsonObject { ["interval"] = 0, ["width"] = 56, ["overflow"] = "break", ["fontSize"] = 11 }
                : new JsonObject { ["interval"] = 0, ["fontSize"] = 11 },
        ["axisTick"] = new JsonObject { ["alignWithLabel"] = true },
    };

    public static JsonObject ValueAxis(string name, string? formatter = null, bool inverse = false, int? min = null, int? max = null, int? interval = null)
    {
        var axis = new JsonObject
        {
            ["type"] = "value",
            ["name"] = name,
            ["nameTextStyle"] = new JsonObject { ["fontSize"] = 11 },
            ["splitLine"] = new JsonObject { ["lineStyle"] = new JsonObject { ["type"] = "dashed", ["color"] = "#e0e0e0" } },
        };
        if (formatter is not null)
        {
            axis["axisLabel"] = new JsonObject { ["formatter"] = formatter };
        }

        if (inverse)
        {
            axis["inverse"] = true;
        }

        if (min is { } lo)
        {
            axis["min"] = lo;
        }

        if (max is { } hi)
        {
            axis["max"] = hi;
        }

        if (interval is { } step)
        {
            axis["interval"] = step;
        }

        return axis;
    }
}
