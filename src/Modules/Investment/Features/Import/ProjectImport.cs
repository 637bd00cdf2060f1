using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>
/// Imports a projects workbook all-or-nothing: every row is checked against reference sets loaded once, and only a
/// file without a single bad row is written, in one SaveChanges (one transaction). Rows are matched by external
/// reference: a new reference registers a project, an existing one with equal figures and investors is left alone
/// (no write, no audit entry, no version bump), one with other values is revised (figures via Project.Revise,
/// investors via SetInvestors) so the file stays the source of truth for the rows it carries.
/// </summary>
public sealed class ProjectImport(
    InvestmentDb db,
    IUnitDirectory units,
    IIndustryDirectory industries,
    IOrganisationDirectory organisations,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    ImportErrorReports reports,
    Claims.DoubleClaimDetector claims,
    IStringLocalizer<ImportText> text)
{
    internal const int Chunk = 500;

    public async Task<ImportResult> ImportAsync(Stream content, CancellationToken cancellationToken)
    {
        var sheet = ImportSheet.Read(content, ImportColumns.Projects, k => text[k]);
        var references = await LoadReferencesAsync(sheet, cancellationToken);
        var (rows, errors) = ProjectRows.Check(sheet, references, text);

        var existing = await ExistingAsync(rows.Select(r => r.Reference).ToList(), cancellationToken);
        var hidden = await ImportLookups.TakenProjectReferencesAsync(db, rows.Select(r => r.Reference).Where(r => !existing.ContainsKey(r)).ToList(), cancellationToken);
        var created = new List<Project>();
        var claimCandidates = new List<Guid>();
        int updated = 0, unchanged = 0;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            if (hidden.Contains(row.Reference))
            {
                errors.Add(sheet.Error(row.Row, "externalReference", text["Cell.ReferenceTaken"]));
                continue;
            }

            if (!existing.TryGetValue(row.Reference, out var project))
            {
                project = Project.Register(row.UnitCode, row.Figures, now, row.Reference);
                if (row.Investors.Count > 0)
                {
                    project.SetInvestors(Investors(row));
                }

                created.Add(project);
                continue;
            }

            if (project.UnitCode != row.UnitCode || !currentUser.SeesUnit(project.UnitCode))
            {
                errors.Add(sheet.Error(row.Row, "unitCode", text["Cell.ReferenceOtherUnit"]));
                continue;
            }

            var changed = false;
            if (project.Figures != row.Figures)
            {
                project.Revise(row.Figures);
                changed = true;
            }

            var wanted = row.Investors.Select(i => i.Id).ToHashSet();
            if (!wanted.SetEquals(project.Investors.Select(i => i.OrganisationId)))
            {
                project.SetInvestors(Investors(row));
                changed = true;
            }

            if (changed)
            {
                updated++;
                if (project.Investors.Count > 0)
                {
                    claimCandidates.Add(project.Id);
                }
            }
            else
            {
                unchanged++;
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            var ordered = errors.OrderBy(e => e.Row).ToList();
            return new ImportResult(0, 0, 0, [.. ordered.Take(ImportResult.MaxInlineErrors)], ordered.Count, reports.Store(sheet, ordered, text["Sheet.Errors"]));
        }

        db.Projects.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Imported rows can collide with another unit's claim on the same investor's project, like a page edit can.
        await claims.DetectManyAsync([.. claimCandidates, .. created.Where(p => p.Investors.Count > 0).Select(p => p.Id)], cancellationToken);
        return ImportResult.Written(created.Count, updated, unchanged);
    }

    private static IEnumerable<ProjectInvestor> Investors(ProjectImportRow row) =>
        row.Investors.Select(o => new ProjectInvestor(o.Id, o.Name.Length > 128 ? o.Name[..128] : o.Name));

    private async Task<Dictionary<string, Project>> ExistingAsync(List<string> references, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Project>(StringComparer.Ordinal);
        foreach (var chunk in references.Chunk(Chunk))
        {
            var projects = await db.Projects.Include(p => p.Investors).Where(p => p.ExternalReference != null && chunk.Contains(p.ExternalReference)).ToListAsync(cancellationToken);
            foreach (var project in projects)
            {
                found[project.ExternalReference!] = project;
            }
        }

        return found;
    }

    private async Task<ProjectImportReferences> LoadReferencesAsync(ImportSheet sheet, CancellationToken cancellationToken)
    {
        var unitCodes = (await units.ListUnitsAsync(cancellationToken)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var directions = (await industries.ListDirectionsAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var majorGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in sheet.Rows.Select(r => ImportCells.AsText(r["majorGroupCode"])).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (code.Length <= 4 && await industries.MajorGroupExistsAsync(code, cancellationToken))
            {
                majorGroups.Add(code);
            }
        }

        // One lookup per distinct valid code of the file (files name a handful of investors, not one per row).
        var found = new Dictionary<string, OrganisationSummary>(StringComparer.Ordinal);
        foreach (var code in sheet.Rows.SelectMany(r => ProjectRows.CreditCodes(r["investorCreditCodes"])).Distinct(StringComparer.Ordinal))
        {
            if (UnifiedSocialCreditCode.Check(code) == IdentifierCheck.Valid && await organisations.FindByCreditCodeAsync(code, cancellationToken) is { } organisation)
            {
                found[code] = organisation;
            }
        }

        return new ProjectImportReferences(unitCodes, directions, majorGroups, found, currentUser.SeesAllUnits() ? null : currentUser.UnitCode ?? string.Empty);
    }
}
