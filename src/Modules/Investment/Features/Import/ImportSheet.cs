using System.Globalization;
using System.Resources;
using ClosedXML.Excel;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>A column of an import template: its machine key (headers are localised from <c>Col.{Key}</c>).</summary>
public sealed record ImportColumn(string Key, bool Required, int? MaxLength = null, double Width = 16);

/// <summary>The columns of the two import templates, in template order.</summary>
public static class ImportColumns
{
    public const int ReferenceMaxLength = 64;

    public static readonly IReadOnlyList<ImportColumn> Projects =
    [
        new("externalReference", true, ReferenceMaxLength, 20),
        new("unitCode", true, 16, 12),
        new("name", true, 200, 36),
        new("directionCode", true, 32, 18),
        new("majorGroupCode", false, 4, 12),
        new("source", true, 24, 14),
        new("contractInvestmentWan", true),
        new("firstPhaseWan", false),
        new("registeredCapitalWan", false),
        new("foreignContractedUsdWan", false),
        new("foreignUsedUsdWan", false),
        new("plannedFixedAssetWan", false),
        new("landMu", false),
        new("expectedAnnualOutputWan", false),
        new("expectedAnnualTaxWan", false),
        new("expectedJobs", false),
        new("plannedStart", false),
        new("plannedProduction", false),
        new("isConfidential", false, null, 10),
        new("investorCreditCodes", false, null, 24),
    ];

    public static readonly IReadOnlyList<ImportColumn> Funds =
    [
        new("externalReference", true, ReferenceMaxLength, 20),
        new("projectExternalReference", true, ReferenceMaxLength, 20),
        new("receivedOn", true, null, 14),
        new("source", true, 24, 14),
        new("currency", false, 3, 8),
        new("amountWan", true),
        new("rateToYuan", false),
    ];
}

/// <summary>One data row as uploaded: its Excel row number and the raw cell values by column key.</summary>
public sealed class ImportRow(int number, IReadOnlyDictionary<string, object?> cells, IReadOnlyList<object?> raw)
{
    /// <summary>The row number as Excel shows it (the header is row 1, the first data row is row 2).</summary>
    public int Number { get; } = number;

    /// <summary>Every cell of the row as uploaded, in sheet order (used for the error report).</summary>
    public IReadOnlyList<object?> Raw { get; } = raw;

    public object? this[string key] => cells.GetValueOrDefault(key);
}

/// <summary>A problem with one cell, named by Excel row number and the column as the file heads it.</summary>
public sealed record ImportError(int Row, string Column, string ColumnLetter, string Field, string Message);

/// <summary>The uploaded sheet: headers, where each known column is, and the data rows.</summary>
public sealed class ImportSheet
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxRows = 50_000;

    private static readonly ResourceManager Resources = new(typeof(ImportText));
    private static readonly CultureInfo[] HeaderCultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    private ImportSheet(IReadOnlyList<string> headers, IReadOnlyDictionary<string, int> columns, IReadOnlyList<ImportRow> rows)
    {
        Headers = headers;
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Zero-based sheet column of each recognised column key.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; }

    public IReadOnlyList<ImportRow> Rows { get; }

    public ImportError Error(ImportRow row, string key, string message)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Error(row.Number, key, message);
    }

    public ImportError Error(int rowNumber, string key, string message)
    {
        var index = Columns.TryGetValue(key, out var i) ? i : -1;
        return new ImportError(rowNumber, index >= 0 ? Headers[index].TrimEnd('*', ' ') : key, index >= 0 ? ColumnLetter(index) : string.Empty, key, message);
    }

    public static string ColumnLetter(int zeroBased)
    {
        var letters = string.Empty;
        for (var n = zeroBased + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The header a column key has in a language, or in the current UI language.</summary>
    public static string Header(string key, CultureInfo? culture = null) => Resources.GetString($"Col.{key}", culture ?? CultureInfo.CurrentUICulture) ?? key;

    /// <summary>
    /// Reads the first sheet. A file that is not an .xlsx workbook, is too large, lacks a required column or has too
    /// many rows is refused as a whole (400) before any row is looked at.
    /// </summary>
    public static ImportSheet Read(Stream content, IReadOnlyList<ImportColumn> columns, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(text);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length > MaxBytes)
        {
            throw ValidationFailedException.For("file", string.Format(CultureInfo.CurrentCulture, text("Error.TooLarge"), MaxBytes / 1024 / 1024));
        }

        // An .xlsx is a zip package; anything else (a renamed text file, an old binary .xls) is refused up front.
        var bytes = buffer.GetBuffer();
        if (buffer.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04)
        {
            throw ValidationFailedException.For("file", text("Error.NotAWorkbook"));
        }

        buffer.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(buffer);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException or KeyNotFoundException or NullReferenceException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw ValidationFailedException.For("file", text("Error.NotAWorkbook"));
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault() ?? throw ValidationFailedException.For("file", text("Error.NotAWorkbook"));
            var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
            var headers = new List<string>();
            var found = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var c = 1; c <= lastColumn; c++)
            {
                var header = sheet.Cell(1, c).GetString().Trim();
                headers.Add(header);
                var key = KeyOf(header, columns);
                if (key is not null && !found.ContainsKey(key))
                {
                    found[key] = c - 1;
                }
            }

            var missing = columns.Where(col => col.Required && !found.ContainsKey(col.Key)).Select(col => Header(col.Key)).ToList();
            if (missing.Count > 0)
            {
                throw ValidationFailedException.For("file", string.Format(CultureInfo.CurrentCulture, text("Error.MissingColumn"), string.Join(", ", missing)));
            }

            if (lastRow - 1 > MaxRows)
            {
                throw ValidationFailedException.For("file", string.Format(CultureInfo.CurrentCulture, text("Error.TooManyRows"), MaxRows));
            }

            var rows = new List<ImportRow>(Math.Max(lastRow - 1, 0));
            for (var r = 2; r <= lastRow; r++)
            {
                var raw = new object?[lastColumn];
                var empty = true;
                for (var c = 1; c <= lastColumn; c++)
                {
                    var cell = sheet.Cell(r, c);
                    if (cell.IsEmpty())
                    {
                        continue;
                    }

                    var value = cell.Value;
                    if (value is string s && string.IsNullOrWhiteSpace(s))
                    {
                        continue;
                    }

                    raw[c - 1] = value;
                    empty = false;
                }

                if (empty)
                {
                    continue;
                }

                rows.Add(new ImportRow(r, found.ToDictionary(f => f.Key, f => raw[f.Value]), raw));
            }

            return new ImportSheet(headers, found, rows);
        }
    }

    // A header matches a column by its Chinese or English text (a trailing * marks required columns) or its machine key.
    private static string? KeyOf(string header, IReadOnlyList<ImportColumn> columns)
    {
        var bare = header.TrimEnd('*', ' ').Trim();
        foreach (var column in columns)
        {
            if (string.Equals(bare, column.Key, StringComparison.OrdinalIgnoreCase) || HeaderCultures.Any(c => string.Equals(bare, Header(column.Key, c), StringComparison.OrdinalIgnoreCase)))
            {
                return column.Key;
            }
        }

        return null;
    }
}
