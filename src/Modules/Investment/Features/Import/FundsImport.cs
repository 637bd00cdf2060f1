using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Time;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>
/// Imports a funds workbook all-or-nothing, like <see cref="ProjectImport"/>. A row whose reference exists with equal
/// values is unchanged; one whose reference exists with other values is an error, because a funds record may already
/// be verified by the city and money is never changed silently (correct it on the record instead).
/// </summary>
public sealed class FundsImport(InvestmentDb db, ICurrentUser currentUser, TimeProvider timeProvider, ImportErrorReports reports, IStringLocalizer<ImportText> text)
{
    public async Task<ImportResult> ImportAsync(Stream content, CancellationToken cancellationToken)
    {
        var sheet = ImportSheet.Read(content, ImportColumns.Funds, k => text[k]);
        var projectReferences = sheet.Rows.Select(r => ImportCells.AsText(r["projectExternalReference"])).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var projects = new Dictionary<string, Project>(StringComparer.Ordinal);
        foreach (var chunk in projectReferences.Chunk(ProjectImport.Chunk))
        {
            foreach (var project in await db.Projects.AsNoTracking().Where(p => p.ExternalReference != null && chunk.Contains(p.ExternalReference)).ToListAsync(cancellationToken))
            {
                projects[project.ExternalReference!] = project;
            }
        }

        var today = ChinaTime.Today(timeProvider);
        var (rows, errors) = FundsRows.Check(sheet, projects, currentUser.SeesAllUnits() ? null : currentUser.UnitCode ?? string.Empty, today, text);

        var references = rows.Select(r => r.Reference).ToList();
        var existing = new Dictionary<string, FundsRecord>(StringComparer.Ordinal);
        foreach (var chunk in references.Chunk(ProjectImport.Chunk))
        {
            foreach (var record in await db.Funds.AsNoTracking().Where(f => f.ExternalReference != null && chunk.Contains(f.ExternalReference)).ToListAsync(cancellationToken))
            {
                existing[record.ExternalReference!] = record;
            }
        }

        var hidden = await ImportLookups.TakenFundsReferencesAsync(db, references.Where(r => !existing.ContainsKey(r)).ToList(), cancellationToken);
        var created = new List<FundsRecord>();
        var unchanged = 0;
        var recordedBy = currentUser.UserName ?? string.Empty;
        foreach (var row in rows)
        {
            if (hidden.Contains(row.Reference))
            {
                errors.Add(sheet.Error(row.Row, "externalReference", text["Cell.ReferenceTaken"]));
            }
            else if (!existing.TryGetValue(row.Reference, out var record))
            {
                created.Add(FundsRecord.Record(row.Project, row.ReceivedOn, row.Source, row.Currency, row.AmountWan, row.RateToYuan, recordedBy, row.Reference));
            }
            else if (record.ProjectId == row.Project.Id && record.ReceivedOn == row.ReceivedOn && record.Source == row.Source && record.Currency == row.Currency
                && record.OriginalAmountWan == row.AmountWan && record.RateToYuan == row.RateToYuan)
            {
                unchanged++;
            }
            else
            {
                errors.Add(sheet.Error(row.Row, "amountWan", text["Cell.FundsDiffer"]));
            }
        }

        if (errors.Count > 0)
        {
            var ordered = errors.OrderBy(e => e.Row).ToList();
            return new ImportResult(0, 0, 0, [.. ordered.Take(ImportResult.MaxInlineErrors)], ordered.Count, reports.Store(sheet, ordered, text["Sheet.Errors"]));
        }

        db.Funds.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return ImportResult.Written(created.Count, 0, unchanged);
    }
}
