using ClosedXML.Excel;

namespace Tianzhong.Kernel.Infrastructure.Excel;

/// <summary>A column of an exported sheet: its header (already in the user's language) and how to read the cell.</summary>
public sealed record ExcelColumn<T>(string Header, Func<T, object?> Value, double Width = 18);

/// <summary>Writes one sheet of rows to an .xlsx file with a frozen, filterable header row.</summary>
public static class ExcelWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write<T>(string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.Value = columns[c].Header;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDE6F0");
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var row = 2;
        foreach (var item in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                // ClosedXML 0.95 takes object values and infers the cell type; text stays text (no number guessing).
                var value = columns[c].Value(item);
                var cell = sheet.Cell(row, c + 1);
                if (value is string text)
                {
                    cell.SetValue(text);
                }
                else if (value is not null)
                {
                    cell.Value = value;
                }
            }

            row++;
        }

        sheet.SheetView.FreezeRows(1);
        if (row > 2)
        {
            sheet.Range(1, 1, row - 1, columns.Count).SetAutoFilter();
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
