using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>The reference sets a projects file is checked against, loaded once per import (never per row).</summary>
/// <param name="Units">Known unit codes.</param>
/// <param name="Directions">Known industry direction codes.</param>
/// <param name="MajorGroups">Major group codes of the file that exist.</param>
/// <param name="Organisations">Organisations of the file's credit codes that exist, by normalised code.</param>
/// <param name="OwnUnit">A county officer's unit: rows of other units are errors; null for city officers.</param>
public sealed record ProjectImportReferences(
    IReadOnlySet<string> Units,
    IReadOnlySet<string> Directions,
    IReadOnlySet<string> MajorGroups,
    IReadOnlyDictionary<string, OrganisationSummary> Organisations,
    string? OwnUnit);

/// <summary>A projects row that passed every check.</summary>
public sealed record ProjectImportRow(int Row, string Reference, string UnitCode, ProjectFigures Figures, IReadOnlyList<OrganisationSummary> Investors);

/// <summary>Turns the rows of a projects file into checked figures, or names every bad cell by row and column.</summary>
public static class ProjectRows
{
    // Semicolons, commas and enumeration commas in either width (as typed with a Chinese input method), kept in the resx.
    private static readonly char[] Separators = [.. (new System.Resources.ResourceManager(typeof(ImportText)).GetString("Investors.Separators", System.Globalization.CultureInfo.InvariantCulture) ?? ";,"), ' ', '\n'];

    /// <summary>The credit codes a cell lists (separated by semicolons, commas or spaces, either width).</summary>
    public static IReadOnlyList<string> CreditCodes(object? raw) =>
        ImportCells.AsText(raw) is { } text
            ? [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal)]
            : [];

    public static (List<ProjectImportRow> Rows, List<ImportError> Errors) Check(ImportSheet sheet, ProjectImportReferences references, IStringLocalizer<ImportText> text)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<ProjectImportRow>(sheet.Rows.Count);
        var errors = new List<ImportError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var cells = new ImportCells(sheet, row, text);
            var parsed = CheckRow(cells, row, references, text);
            if (parsed is not null && seen.TryGetValue(parsed.Reference, out var first))
            {
                cells.Add("externalReference", text["Cell.DuplicateReference", first]);
            }
            else if (parsed is not null)
            {
                seen[parsed.Reference] = row.Number;
            }

            if (cells.Errors.Count > 0)
            {
                errors.AddRange(cells.Errors);
            }
            else
            {
                rows.Add(parsed!);
            }
        }

        return (rows, errors);
    }

    private static ProjectImportRow? CheckRow(ImportCells cells, ImportRow row, ProjectImportReferences references, IStringLocalizer<ImportText> text)
    {
        var reference = cells.Text("externalReference", required: true, ImportColumns.ReferenceMaxLength);
        var unit = cells.Text("unitCode", required: true, 16);
        if (unit is not null && !references.Units.Contains(unit))
        {
            cells.Add("unitCode", text["Cell.UnknownUnit", unit]);
        }
        else if (unit is not null && references.OwnUnit is { } own && unit != own)
        {
            cells.Add("unitCode", text["Cell.OtherUnit", own]);
        }

        var name = cells.Text("name", required: true, 200);
        var direction = cells.Text("directionCode", required: true, 32);
        if (direction is not null && !references.Directions.Contains(direction))
        {
            cells.Add("directionCode", text["Cell.UnknownDirection", direction]);
        }

        var majorGroup = cells.Text("majorGroupCode", required: false, 4);
        if (majorGroup is not null && !references.MajorGroups.Contains(majorGroup))
        {
            cells.Add("majorGroupCode", text["Cell.UnknownMajorGroup", majorGroup]);
        }

        var source = cells.Source("source");
        var contract = cells.Amount("contractInvestmentWan", required: true);
        var figures = new ProjectFigures(
            name ?? string.Empty,
            direction ?? string.Empty,
            majorGroup,
            source ?? CapitalSource.Local,
            contract ?? 0m,
            cells.Amount("firstPhaseWan", false),
            cells.Amount("registeredCapitalWan", false),
            cells.Amount("foreignContractedUsdWan", false),
            cells.Amount("foreignUsedUsdWan", false),
            cells.Amount("plannedFixedAssetWan", false),
            cells.Amount("landMu", false),
            cells.Amount("expectedAnnualOutputWan", false),
            cells.Amount("expectedAnnualTaxWan", false),
            cells.Whole("expectedJobs"),
            cells.Date("plannedStart", false),
            cells.Date("plannedProduction", false),
            cells.YesNo("isConfidential"));

        // Required-ness is reported above per cell; the rules add the amount and date checks.
        foreach (var (field, problem) in ProjectFiguresRules.Check(figures).Where(p => p.Problem != FigureProblem.Required))
        {
            cells.Add(field, text[$"Figure.{problem}"]);
        }

        var investors = new List<OrganisationSummary>();
        foreach (var code in CreditCodes(row["investorCreditCodes"]))
        {
            if (UnifiedSocialCreditCode.Check(code) != IdentifierCheck.Valid)
            {
                cells.Add("investorCreditCodes", text["Cell.BadCreditCode", code]);
            }
            else if (references.Organisations.TryGetValue(code, out var organisation))
            {
                investors.Add(organisation);
            }
            else
            {
                cells.Add("investorCreditCodes", text["Cell.UnknownInvestor", code]);
            }
        }

        return reference is null || unit is null ? null : new ProjectImportRow(row.Number, reference, unit, figures, investors);
    }
}
