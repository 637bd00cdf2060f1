using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Import;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed class ImportRowsTests
{
    private static readonly StringLocalizer<ImportText> Text = new StringLocalizer<ImportText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly string KnownInvestor = WithCheck("91411700MA4000001");

    private static readonly string[] Header =
    [
        "externalReference", "unitCode", "name", "directionCode", "majorGroupCode", "source", "contractInvestmentWan", "firstPhaseWan", "landMu", "expectedJobs",
        "plannedStart", "plannedProduction", "isConfidential", "investorCreditCodes",
    ];

    private static readonly OrganisationSummary Investor = new(Guid.NewGuid(), "Investor Co.", KnownInvestor, "Henan", false, OrganisationTraits.None, false, null, 1);

    private static ProjectImportReferences References(string? ownUnit = null) => new(
        new HashSet<string> { "411702", "411726" },
        new HashSet<string> { "food", "equipment" },
        new HashSet<string> { "14" },
        new Dictionary<string, OrganisationSummary> { [KnownInvestor] = Investor },
        ownUnit);

    private static string WithCheck(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    private static object?[] Good(string reference = "R-1") => [reference, "411702", "Food park", "food", "14", "OtherProvince", 5000.456, 2000, 12.5, 300, "2026-03-01", "2027-06-30", "No", KnownInvestor];

    private static ImportSheet Sheet(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("p");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Header[c]);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string s:
                        sheet.Cell(r + 2, c + 1).SetValue(s);
                        break;
                    case var v:
                        sheet.Cell(r + 2, c + 1).Value = v;
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return ImportSheet.Read(stream, ImportColumns.Projects, k => Text[k]);
    }

    private static object?[] With(int column, object? value)
    {
        var row = Good();
        row[column] = value;
        return row;
    }

    [Fact]
    public void A_sound_row_becomes_figures_with_amounts_kept_to_two_decimals()
    {
        var (rows, errors) = ProjectRows.Check(Sheet(Good()), References(), Text);
        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal(2, row.Row);
        Assert.Equal("R-1", row.Reference);
        Assert.Equal(5000.46m, row.Figures.ContractInvestmentWan);
        Assert.Equal(CapitalSource.OtherProvince, row.Figures.Source);
        Assert.Equal(new DateOnly(2027, 6, 30), row.Figures.PlannedProduction);
        Assert.Equal(300, row.Figures.ExpectedJobs);
        Assert.False(row.Figures.IsConfidential);
        Assert.Equal(Investor.Id, Assert.Single(row.Investors).Id);
    }

    [Theory]
    [InlineData(0, null, "externalReference")]
    [InlineData(1, null, "unitCode")]
    [InlineData(1, "999999", "unitCode")]
    [InlineData(2, null, "name")]
    [InlineData(3, "no-such", "directionCode")]
    [InlineData(4, "99", "majorGroupCode")]
    [InlineData(5, "Mars", "source")]
    [InlineData(6, null, "contractInvestmentWan")]
    [InlineData(6, "lots", "contractInvestmentWan")]
    [InlineData(6, -1.0, "contractInvestmentWan")]
    [InlineData(6, 100000001.0, "contractInvestmentWan")]
    [InlineData(7, -3.0, "firstPhaseWan")]
    [InlineData(8, "x", "landMu")]
    [InlineData(9, 1.5, "expectedJobs")]
    [InlineData(10, "2026-02-30", "plannedStart")]
    [InlineData(11, "2026-01-01", "plannedProduction")]
    [InlineData(12, "maybe", "isConfidential")]
    [InlineData(13, "91411700MA4000001X", "investorCreditCodes")]
    [InlineData(13, "123", "investorCreditCodes")]
    public void Each_bad_cell_is_named_by_excel_row_and_column(int column, object? value, string field)
    {
        var sheet = Sheet(Good("R-0"), With(column, value), Good("R-2"));
        var (rows, errors) = ProjectRows.Check(sheet, References(), Text);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Row);
        Assert.Equal(field, error.Field);
        Assert.Equal(ImportSheet.ColumnLetter(column), error.ColumnLetter);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void An_investor_that_is_not_in_the_registry_is_an_error_not_a_new_organisation()
    {
        var unknown = WithCheck("91411700MA4000002");
        var (_, errors) = ProjectRows.Check(Sheet(With(13, KnownInvestor + ";" + unknown)), References(), Text);
        var error = Assert.Single(errors);
        Assert.Equal("investorCreditCodes", error.Field);
        Assert.Contains(unknown, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_officer_row_for_another_unit_and_a_repeated_reference_are_errors()
    {
        var other = Good("R-2");
        other[1] = "411726";
        var (_, errors) = ProjectRows.Check(Sheet(Good(), other, Good()), References(ownUnit: "411702"), Text);
        Assert.Equal([(3, "unitCode"), (4, "externalReference")], errors.Select(e => (e.Row, e.Field)).ToList());
        Assert.Contains("2", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_typed_as_numbers_dates_as_excel_dates_and_labels_in_either_language_are_understood()
    {
        var row = Good();
        row[1] = 411702d;
        row[5] = "省外";
        row[10] = new DateTime(2026, 3, 1);
        row[12] = "是";
        row[6] = "12,000.5";
        var (rows, errors) = ProjectRows.Check(Sheet(row), References(), Text);
        Assert.Empty(errors);
        Assert.Equal("411702", rows[0].UnitCode);
        Assert.Equal(CapitalSource.OtherProvince, rows[0].Figures.Source);
        Assert.Equal(new DateOnly(2026, 3, 1), rows[0].Figures.PlannedStart);
        Assert.True(rows[0].Figures.IsConfidential);
        Assert.Equal(12_000.5m, rows[0].Figures.ContractInvestmentWan);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_row_numbers_stay_those_excel_shows()
    {
        var (rows, errors) = ProjectRows.Check(Sheet(Good("A"), new object?[14], With(2, null)), References(), Text);
        Assert.Single(rows);
        Assert.Equal(4, Assert.Single(errors).Row);
    }

    [Fact]
    public void Funds_rows_check_the_project_signing_currency_and_rate()
    {
        var signed = Project.Register("411702", new ProjectFigures("P", "food", null, CapitalSource.Local, 100m, null, null, null, null, null, null, null, null, null, null, null, false), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "P-S");
        var now = new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);
        LifecycleRules.Approve(signed, StageSubmission.Create(signed, ProjectStage.Signed, new DateOnly(2026, 1, 10), null, [], "c", now), "c", null, now);
        var unsigned = Project.Register("411702", signed.Figures, now, "P-N");
        var other = Project.Register("411726", signed.Figures, now, "P-O");
        LifecycleRules.Approve(other, StageSubmission.Create(other, ProjectStage.Signed, new DateOnly(2026, 1, 10), null, [], "c", now), "c", null, now);
        var projects = new Dictionary<string, Project> { ["P-S"] = signed, ["P-N"] = unsigned, ["P-O"] = other };

        using var workbook = new XLWorkbook();
        var ws = workbook.Worksheets.Add("f");
        string[] header = ["externalReference", "projectExternalReference", "receivedOn", "source", "currency", "amountWan", "rateToYuan"];
        object?[][] data =
        [
            ["F1", "P-S", "2026-02-01", "Local", null, 10.0, null],     // row 2: fine, CNY at 1
            ["F2", "P-N", "2026-02-01", "Local", null, 10.0, null],     // row 3: not signed
            ["F3", "P-S", "2026-01-09", "Local", null, 10.0, null],     // row 4: before signing
            ["F4", "P-S", "2026-02-01", "Abroad", "USD", 10.0, null],   // row 5: no rate
            ["F5", "P-S", "2026-02-01", "Local", "CNY", 10.0, 7.0],     // row 6: CNY rate not 1
            ["F6", "P-S", "2026-02-01", "Local", null, 0.0, null],      // row 7: zero
            ["F7", "P-O", "2026-02-01", "Local", null, 10.0, null],     // row 8: another unit's project
            ["F8", "P-S", "2026-12-01", "Local", null, 10.0, null],     // row 9: in the future
            ["F9", "P-S", "2026-02-01", "Abroad", "USD", 10.0, 7.1],    // row 10: fine
        ];
        for (var c = 0; c < header.Length; c++)
        {
            ws.Cell(1, c + 1).SetValue(header[c]);
        }

        for (var r = 0; r < data.Length; r++)
        {
            for (var c = 0; c < data[r].Length; c++)
            {
                if (data[r][c] is string s)
                {
                    ws.Cell(r + 2, c + 1).SetValue(s);
                }
                else if (data[r][c] is { } v)
                {
                    ws.Cell(r + 2, c + 1).Value = v;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        var sheet = ImportSheet.Read(stream, ImportColumns.Funds, k => Text[k]);
        var (rows, errors) = FundsRows.Check(sheet, projects, "411702", new DateOnly(2026, 6, 1), Text);
        Assert.Equal(
            [(3, "projectExternalReference"), (4, "receivedOn"), (5, "rateToYuan"), (6, "rateToYuan"), (7, "amountWan"), (8, "projectExternalReference"), (9, "receivedOn")],
            errors.Select(e => (e.Row, e.Field)).ToList());
        Assert.Equal(["F1", "F9"], rows.Select(r => r.Reference).ToList());
        Assert.Equal(1m, rows[0].RateToYuan);
        Assert.Equal("USD", rows[1].Currency);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void Column_letters_are_those_excel_shows(int index, string letter) => Assert.Equal(letter, ImportSheet.ColumnLetter(index));

    [Fact]
    public void Headers_match_in_chinese_english_or_by_key()
    {
        Assert.Equal("Contract investment (10k yuan)", ImportSheet.Header("contractInvestmentWan", CultureInfo.GetCultureInfo("en")));
        Assert.Equal(CapitalSource.OtherCityInProvince, ImportCells.ParseSource("Other city in the province"));
        Assert.Null(ImportCells.ParseSource("Moon"));
    }
}
