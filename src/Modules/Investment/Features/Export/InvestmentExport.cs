using Tianzhong.Kernel.Infrastructure.Excel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Import;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Export;

/// <param name="UnitCode">Only this unit's records.</param>
/// <param name="Status">Only records with this verification status.</param>
/// <param name="From">Received on or after.</param>
/// <param name="To">Received on or before.</param>
public sealed record FundsExportQuery(string? UnitCode = null, FundsStatus? Status = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>An exported file, to stream to the caller (the stream deletes its temporary file when closed).</summary>
public sealed record ExportFile(Stream Content, string FileName, int Rows);

/// <summary>
/// Exports the filtered project list and funds records to .xlsx, reading the database in pages of 1,000 and writing
/// rows as they arrive; every export is audited with its filters and row count. The project columns carry the
/// import template's headers, so an export of imported projects can be edited and imported again.
/// </summary>
public sealed class InvestmentExport(InvestmentDb db, ProjectQueries projectQueries, IUnitDirectory units, IAuditTrail audit, IStringLocalizer<ImportText> text, IStringLocalizer<InvestmentText> investmentText)
{
    public const int PageSize = 1000;

    private static readonly string[] ProjectKeys =
    [
        "externalReference", "unitCode", "name", "directionCode", "majorGroupCode", "source", "contractInvestmentWan", "firstPhaseWan", "registeredCapitalWan",
        "foreignContractedUsdWan", "foreignUsedUsdWan", "plannedFixedAssetWan", "landMu", "expectedAnnualOutputWan", "expectedAnnualTaxWan", "expectedJobs",
        "plannedStart", "plannedProduction", "isConfidential", "unitName", "stage", "signedOn", "startedOn", "inProductionOn",
    ];

    private static readonly string[] FundsKeys =
    [
        "externalReference", "projectExternalReference", "receivedOn", "source", "currency", "amountWan", "rateToYuan", "unitCode", "unitName", "projectName", "amountYuanWan", "status", "recordedBy",
    ];

    public async Task<ExportFile> ProjectsAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var unitNames = (await units.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var ordered = (await projectQueries.FilterAsync(query, cancellationToken)).OrderByDescending(p => p.CreatedUtc).ThenBy(p => p.Id);
        using var writer = new XlsxStreamWriter(text["Sheet.Projects"], [.. ProjectKeys.Select(k => (ImportSheet.Header(k), k == "name" ? 36d : 14d))]);
        for (var page = 0; ; page++)
        {
            var projects = await ordered.Skip(page * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var p in projects)
            {
                var f = p.Figures;
                writer.WriteRow(
                [
                    p.ExternalReference, p.UnitCode, f.Name, f.DirectionCode, f.MajorGroupCode, text[$"Source.{f.Source}"].Value, f.ContractInvestmentWan, f.FirstPhaseWan, f.RegisteredCapitalWan,
                    f.ForeignContractedUsdWan, f.ForeignUsedUsdWan, f.PlannedFixedAssetWan, f.LandMu, f.ExpectedAnnualOutputWan, f.ExpectedAnnualTaxWan, f.ExpectedJobs,
                    f.PlannedStart, f.PlannedProduction, f.IsConfidential ? text["Yes"].Value : text["No"].Value, unitNames.GetValueOrDefault(p.UnitCode, p.UnitCode),
                    investmentText[$"ProjectStage.{p.Stage}"].Value, p.SignedOn, p.StartedOn, p.InProductionOn,
                ]);
            }

            if (projects.Count < PageSize)
            {
                break;
            }
        }

        var rows = writer.Rows;
        var content = writer.Finish();
        await audit.RecordAsync(new AuditRecord(AuditAction.Export, "Projects", null, AuditOutcome.Success, Detail: string.Create(CultureInfo.InvariantCulture, $"rows={rows};search={query.Search};unitCode={query.UnitCode};directionCode={query.DirectionCode};stage={query.Stage};overBillion={query.OverBillion}")), cancellationToken);
        return new ExportFile(content, "projects.xlsx", rows);
    }

    public async Task<ExportFile> FundsAsync(FundsExportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From is { } from && query.To is { } to && to < from)
        {
            throw ValidationFailedException.For("to", text["Error.Period"]);
        }

        var unitNames = (await units.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var funds = db.Funds.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            funds = funds.Where(f => f.UnitCode == query.UnitCode);
        }

        if (query.Status is { } status)
        {
            funds = funds.Where(f => f.Status == status);
        }

        if (query.From is { } start)
        {
            funds = funds.Where(f => f.ReceivedOn >= start);
        }

        if (query.To is { } end)
        {
            funds = funds.Where(f => f.ReceivedOn <= end);
        }

        // The join goes through the projects' own query filter too, so a county never sees a hidden project's name.
        var rowsQuery = from f in funds
                        join p in db.Projects.AsNoTracking() on f.ProjectId equals p.Id
                        orderby f.ReceivedOn descending, f.Id
                        select new { Funds = f, ProjectReference = p.ExternalReference, ProjectName = p.Figures.Name };
        using var writer = new XlsxStreamWriter(text["Sheet.Funds"], [.. FundsKeys.Select(k => (ImportSheet.Header(k), k == "projectName" ? 36d : 14d))]);
        for (var page = 0; ; page++)
        {
            var items = await rowsQuery.Skip(page * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var item in items)
            {
                var f = item.Funds;
                writer.WriteRow(
                [
                    f.ExternalReference, item.ProjectReference, f.ReceivedOn, text[$"Source.{f.Source}"].Value, f.Currency, f.OriginalAmountWan, f.RateToYuan,
                    f.UnitCode, unitNames.GetValueOrDefault(f.UnitCode, f.UnitCode), item.ProjectName, f.AmountWan, text[$"Status.{f.Status}"].Value, f.RecordedBy,
                ]);
            }

            if (items.Count < PageSize)
            {
                break;
            }
        }

        var rows = writer.Rows;
        var content = writer.Finish();
        await audit.RecordAsync(new AuditRecord(AuditAction.Export, "Funds", null, AuditOutcome.Success, Detail: string.Create(CultureInfo.InvariantCulture, $"rows={rows};unitCode={query.UnitCode};status={query.Status};from={query.From:yyyy-MM-dd};to={query.To:yyyy-MM-dd}")), cancellationToken);
        return new ExportFile(content, "funds.xlsx", rows);
    }
}
