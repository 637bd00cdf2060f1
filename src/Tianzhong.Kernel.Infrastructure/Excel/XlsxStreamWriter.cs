using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tianzhong.Kernel.Infrastructure.Excel;

/// <summary>
/// Writes one sheet row by row with the Open XML SAX writer, so an export of any size never holds more than one page
/// of rows in memory (ClosedXML keeps every cell as an object). The file goes to a temporary file that is deleted
/// when the returned stream is closed.
/// </summary>
public sealed class XlsxStreamWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly WorksheetPart _worksheet;
    private readonly OpenXmlWriter _writer;
    private bool _finished;

    public XlsxStreamWriter(string sheetName, IReadOnlyList<(string Header, double Width)> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _file = new FileStream(Path.Combine(Path.GetTempPath(), "tianzhong-export-" + Guid.NewGuid().ToString("N") + ".xlsx"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        _document = SpreadsheetDocument.Create(_file, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        var styles = _workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
        _worksheet = _workbook.AddNewPart<WorksheetPart>();
        _writer = OpenXmlWriter.Create(_worksheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(new Pane { HorizontalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen, }) { WorkbookViewId = 0 }));
        var cols = new Columns();
        for (var c = 0; c < columns.Count; c++)
        {
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = columns[c].Width, CustomWidth = true });
        }

        _writer.WriteElement(cols);
        _writer.WriteStartElement(new SheetData());
        WriteRow(columns.Select(c => (object?)c.Header).ToList(), header: true);
        _workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = _workbook.GetIdOfPart(_worksheet), SheetId = 1, Name = sheetName }));
    }

    public int Rows { get; private set; }

    public void WriteRow(IReadOnlyList<object?> values, bool header = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        _writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                string s => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(s))) { DataType = CellValues.InlineString },
                decimal d => new Cell(new CellValue(d.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number },
                int i => new Cell(new CellValue(i.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number },
                DateOnly date => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))) { DataType = CellValues.InlineString },
                IFormattable f => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(f.ToString(null, CultureInfo.InvariantCulture)))) { DataType = CellValues.InlineString },
                _ => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString() ?? string.Empty))) { DataType = CellValues.InlineString },
            };
            if (header)
            {
                cell.StyleIndex = 1;
            }

            _writer.WriteElement(cell);
        }

        _writer.WriteEndElement();
        if (!header)
        {
            Rows++;
        }
    }

    /// <summary>Completes the file and hands it over, positioned at its start; closing the stream deletes the file.</summary>
    public Stream Finish()
    {
        _writer.WriteEndElement(); // sheetData
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _workbook.Workbook.Save();
        _document.Dispose();
        _finished = true;
        _file.Position = 0;
        return _file;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _writer.Dispose();
            _document.Dispose();
            _file.Dispose();
        }
    }
}
