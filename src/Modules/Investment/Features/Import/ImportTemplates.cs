using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>The two import templates: a header row in the user's language and a sheet of instructions and allowed codes.</summary>
public sealed class ImportTemplates(IUnitDirectory units, IIndustryDirectory industries, IStringLocalizer<ImportText> text)
{
    public Task<byte[]> ProjectsAsync(CancellationToken cancellationToken) =>
        BuildAsync(text["Sheet.Projects"], ImportColumns.Projects, [text["Instructions.Amounts"], text["Instructions.Confidential"], text["Instructions.Investors"]], cancellationToken);

    public Task<byte[]> FundsAsync(CancellationToken cancellationToken) =>
        BuildAsync(text["Sheet.Funds"], ImportColumns.Funds, [text["Instructions.Funds"], text["Instructions.Currency"]], cancellationToken);

    private async Task<byte[]> BuildAsync(string sheetName, IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        var unitList = await units.ListUnitsAsync(cancellationToken);
        var directions = await industries.ListDirectionsAsync(cancellationToken);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.SetValue(ImportSheet.Header(columns[c].Key) + (columns[c].Required ? "*" : string.Empty));
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDE6F0");

            // Codes and references are text: keep Excel from turning 411702 into a number or dropping leading zeros.
            sheet.Column(c + 1).Style.NumberFormat.Format = "@";
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        sheet.SheetView.FreezeRows(1);

        var help = workbook.Worksheets.Add(text["Sheet.Instructions"]);
        var row = 1;
        help.Cell(row++, 1).SetValue(text["Instructions.Title"].Value);
        help.Cell(1, 1).Style.Font.Bold = true;
        foreach (var line in new[] { text["Instructions.Header"].Value, text["Instructions.Required"].Value, text["Instructions.Dates"].Value }.Concat(notes))
        {
            help.Cell(row++, 1).SetValue(line);
        }

        row++;
        row = Table(help, row, text["Instructions.Units"], unitList.Select(u => (u.Code, u.Name)));
        row = Table(help, row, text["Instructions.Directions"], directions.Select(d => (d.Code, d.Name)));
        Table(help, row, text["Instructions.Sources"], Enum.GetValues<CapitalSource>().Select(s => (s.ToString(), text[$"Source.{s}"].Value)));
        help.Column(1).Width = 28;
        help.Column(2).Width = 40;

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private int Table(IXLWorksheet sheet, int row, string title, IEnumerable<(string Code, string Name)> entries)
    {
        sheet.Cell(row, 1).SetValue(title);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        row++;
        sheet.Cell(row, 1).SetValue(text["Instructions.Code"].Value);
        sheet.Cell(row, 2).SetValue(text["Instructions.Name"].Value);
        sheet.Row(row).Style.Font.Italic = true;
        row++;
        foreach (var (code, name) in entries)
        {
            sheet.Cell(row, 1).SetValue(code);
            sheet.Cell(row, 2).SetValue(name);
            row++;
        }

        return row + 1;
    }
}
