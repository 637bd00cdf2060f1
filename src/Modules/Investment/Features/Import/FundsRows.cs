using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>A funds row that passed every check, with its (visible, signed) project.</summary>
public sealed record FundsImportRow(int Row, string Reference, Project Project, DateOnly ReceivedOn, CapitalSource Source, string Currency, decimal AmountWan, decimal RateToYuan);

/// <summary>Turns the rows of a funds file into checked records, or names every bad cell by row and column.</summary>
public static class FundsRows
{
    // FundsRules names its fields as the API does; the file's columns carry other keys.
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["projectId"] = "projectExternalReference",
        ["receivedOn"] = "receivedOn",
        ["currency"] = "currency",
        ["amountWan"] = "amountWan",
        ["rateToYuan"] = "rateToYuan",
    };

    /// <param name="sheet">The uploaded sheet.</param>
    /// <param name="projects">The projects the user can see, by external reference (those the file names).</param>
    /// <param name="ownUnit">A county officer's unit (rows for other units' projects are errors); null for city officers.</param>
    /// <param name="today">Today, for the no-future-dates rule.</param>
    /// <param name="text">Messages.</param>
    public static (List<FundsImportRow> Rows, List<ImportError> Errors) Check(ImportSheet sheet, IReadOnlyDictionary<string, Project> projects, string? ownUnit, DateOnly today, IStringLocalizer<ImportText> text)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<FundsImportRow>(sheet.Rows.Count);
        var errors = new List<ImportError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var cells = new ImportCells(sheet, row, text);
            var reference = cells.Text("externalReference", required: true, ImportColumns.ReferenceMaxLength);
            if (reference is not null && seen.TryGetValue(reference, out var first))
            {
                cells.Add("externalReference", text["Cell.DuplicateReference", first]);
            }
            else if (reference is not null)
            {
                seen[reference] = row.Number;
            }

            var projectReference = cells.Text("projectExternalReference", required: true, ImportColumns.ReferenceMaxLength);
            Project? project = null;
            if (projectReference is not null && !projects.TryGetValue(projectReference, out project))
            {
                cells.Add("projectExternalReference", text["Cell.ProjectNotFound", projectReference]);
            }
            else if (project is not null && ownUnit is not null && project.UnitCode != ownUnit)
            {
                cells.Add("projectExternalReference", text["Cell.OtherUnit", ownUnit]);
                project = null;
            }

            var receivedOn = cells.Date("receivedOn", required: true);
            var source = cells.Source("source");
            var currency = (cells.Text("currency", required: false, 3) ?? FundsRules.Yuan).ToUpperInvariant();
            var amount = cells.Amount("amountWan", required: true);
            var rate = cells.Rate("rateToYuan") ?? (currency == FundsRules.Yuan ? 1m : 0m);
            if (project is not null && receivedOn is { } on && amount is { } wan)
            {
                foreach (var (field, problem) in FundsRules.Check(project, on, currency, wan, rate, today))
                {
                    cells.Add(ColumnOfField.GetValueOrDefault(field, field), text[$"Funds.{problem}"]);
                }
            }

            if (cells.Errors.Count > 0)
            {
                errors.AddRange(cells.Errors);
            }
            else
            {
                rows.Add(new FundsImportRow(row.Number, reference!, project!, receivedOn!.Value, source!.Value, currency, amount!.Value, rate));
            }
        }

        return (rows, errors);
    }
}
