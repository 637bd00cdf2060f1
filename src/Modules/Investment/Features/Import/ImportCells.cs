using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>
/// Reads typed values out of raw cells and collects the row's errors. Numbers typed as text, codes typed as numbers
/// and dates typed as text or as Excel dates are all accepted; amounts are kept to the 2 decimals the database stores,
/// so a re-import compares equal.
/// </summary>
public sealed class ImportCells(ImportSheet sheet, ImportRow row, IStringLocalizer<ImportText> text)
{
    private static readonly ResourceManager Resources = new(typeof(ImportText));
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"];

    public List<ImportError> Errors { get; } = [];

    public void Add(string key, string message) => Errors.Add(sheet.Error(row, key, message));

    public string? Text(string key, bool required, int? maxLength = null)
    {
        var value = AsText(row[key]);
        if (value is null)
        {
            if (required)
            {
                Add(key, text["Cell.Required"]);
            }

            return null;
        }

        if (maxLength is { } max && value.Length > max)
        {
            Add(key, text["Cell.TooLong", max]);
            return null;
        }

        return value;
    }

    public decimal? Amount(string key, bool required)
    {
        var raw = row[key];
        if (raw is null)
        {
            if (required)
            {
                Add(key, text["Cell.Required"]);
            }

            return null;
        }

        decimal? value = raw switch
        {
            double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e15 => (decimal)d,
            string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (value is null)
        {
            Add(key, text["Cell.NotANumber"]);
            return null;
        }

        return decimal.Round(value.Value, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Like <see cref="Amount"/> but with the 6 decimals a rate is stored with.</summary>
    public decimal? Rate(string key)
    {
        var raw = row[key];
        decimal? value = raw switch
        {
            null => null,
            double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e15 => decimal.Round((decimal)d, 6, MidpointRounding.AwayFromZero),
            string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => decimal.Round(parsed, 6, MidpointRounding.AwayFromZero),
            _ => -1m,
        };
        if (value == -1m && raw is not null)
        {
            Add(key, text["Cell.NotANumber"]);
            return null;
        }

        return value;
    }

    public int? Whole(string key)
    {
        var raw = row[key];
        if (raw is null)
        {
            return null;
        }

        int? value = raw switch
        {
            double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (value is null)
        {
            Add(key, text["Cell.NotAWholeNumber"]);
        }

        return value;
    }

    public DateOnly? Date(string key, bool required)
    {
        var raw = row[key];
        if (raw is null)
        {
            if (required)
            {
                Add(key, text["Cell.Required"]);
            }

            return null;
        }

        DateOnly? value = raw switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            double d when d is >= 1 and < 2958466 && d == Math.Floor(d) => DateOnly.FromDateTime(DateTime.FromOADate(d)),
            string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => null,
        };
        if (value is null)
        {
            Add(key, text["Cell.NotADate"]);
        }

        return value;
    }

    public bool YesNo(string key)
    {
        var raw = row[key];
        switch (raw)
        {
            case null:
                return false;
            case bool b:
                return b;
            case double d when d is 0 or 1:
                return d == 1;
        }

        var value = AsText(raw)!;
        if (Matches(value, "Yes") || value is "1" || value.Equals("Y", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Matches(value, "No") || value is "0" || value.Equals("N", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Add(key, text["Cell.NotYesNo"]);
        return false;
    }

    public CapitalSource? Source(string key)
    {
        var value = Text(key, required: true);
        if (value is null)
        {
            return null;
        }

        if (ParseSource(value) is { } source)
        {
            return source;
        }

        Add(key, text["Cell.UnknownSource", value]);
        return null;
    }

    /// <summary>A source by its code (Abroad ...) or its Chinese or English label.</summary>
    public static CapitalSource? ParseSource(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var source in Enum.GetValues<CapitalSource>())
        {
            if (value.Equals(source.ToString(), StringComparison.OrdinalIgnoreCase) || Matches(value, $"Source.{source}"))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The text of a cell; numbers (a unit code typed as a number) keep their digits.</summary>
    public static string? AsText(object? raw)
    {
        var value = raw switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => raw.ToString(),
        };
        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool Matches(string value, string resourceKey) =>
        Cultures.Any(c => string.Equals(value, Resources.GetString(resourceKey, c), StringComparison.OrdinalIgnoreCase));
}
