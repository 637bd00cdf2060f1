using System.Globalization;
using System.Security.Cryptography;
using ClosedXML.Excel;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>The outcome of an import: counts when written, or the errors (nothing written) with a report to download.</summary>
public sealed record ImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors, int ErrorCount, string? ErrorReportId)
{
    public const int MaxInlineErrors = 200;

    public bool Succeeded => ErrorCount == 0;

    public static ImportResult Written(int created, int updated, int unchanged) => new(created, updated, unchanged, [], 0, null);
}

/// <param name="Created">Rows that became new records.</param>
/// <param name="Updated">Rows whose record existed with other values and was revised.</param>
/// <param name="Unchanged">Rows whose record existed with the same values.</param>
public sealed record ImportSummary(int Created, int Updated, int Unchanged);

/// <summary>
/// Error reports of rejected imports: an .xlsx of the uploaded rows with an error column, kept in memory for one
/// hour under a random id, downloadable only by the user who uploaded the file.
/// </summary>
public sealed class ImportErrorReports(ImportErrorReportCache reportCache, ICurrentUser currentUser, IStringLocalizer<ImportText> text)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IMemoryCache cache = reportCache.Cache;

    public string Store(ImportSheet sheet, IReadOnlyList<ImportError> errors, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(errors);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var content = Build(sheet, errors, sheetName);
        cache.Set(Key(id), new StoredReport(currentUser.UserId ?? string.Empty, content), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = content.LongLength });
        return id;
    }

    /// <summary>The report's bytes; 404 when it does not exist, has expired or was uploaded by someone else.</summary>
    public byte[] Get(string id)
    {
        if (string.IsNullOrEmpty(id) || !cache.TryGetValue(Key(id), out StoredReport? report) || report is null
            || string.IsNullOrEmpty(currentUser.UserId) || !string.Equals(report.UserId, currentUser.UserId, StringComparison.Ordinal))
        {
            throw new NotFoundException(text["Error.ReportNotFound"]);
        }

        return report.Content;
    }

    private static string Key(string id) => "investment-import-errors:" + id;

    private byte[] Build(ImportSheet sheet, IReadOnlyList<ImportError> errors, string sheetName)
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.Worksheets.Add(sheetName);
        ws.Cell(1, 1).Value = text["Col.error"].Value;
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Column(1).Width = 60;
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            ws.Cell(1, c + 2).SetValue(sheet.Headers[c]);
            ws.Cell(1, c + 2).Style.Font.Bold = true;
        }

        var byRow = errors.GroupBy(e => e.Row).ToDictionary(g => g.Key, g => g.ToList());
        var target = 2;
        foreach (var row in sheet.Rows)
        {
            if (byRow.TryGetValue(row.Number, out var rowErrors))
            {
                ws.Cell(target, 1).SetValue(string.Join("\n", rowErrors.Select(e => string.Format(CultureInfo.CurrentCulture, text["Error.Location"], e.Row, e.Column, e.Message))));
                ws.Cell(target, 1).Style.Font.FontColor = XLColor.DarkRed;
            }

            for (var c = 0; c < row.Raw.Count; c++)
            {
                switch (row.Raw[c])
                {
                    case null:
                        break;
                    case string s:
                        ws.Cell(target, c + 2).SetValue(s);
                        break;
                    case var v:
                        ws.Cell(target, c + 2).Value = v;
                        break;
                }
            }

            target++;
        }

        ws.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private sealed record StoredReport(string UserId, byte[] Content);
}

/// <summary>
/// The reports' own cache, bounded by bytes: repeated bad uploads push out the oldest reports instead of growing the
/// server's memory (an evicted report is a 404, and the user uploads again).
/// </summary>
public sealed class ImportErrorReportCache : IDisposable
{
    public const long SizeLimitBytes = 256L * 1024 * 1024;

    public IMemoryCache Cache { get; } = new MemoryCache(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    public void Dispose() => Cache.Dispose();
}
