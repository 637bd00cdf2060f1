using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Infrastructure.Excel;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Domain;
using Tianzhong.Modules.Identity.Resources;

namespace Tianzhong.Modules.Identity.Features.Audit;

public sealed record AuditQuery(DateTime? FromUtc, DateTime? ToUtc, string? UserName, AuditAction? Action, AuditOutcome? Outcome, string? ObjectType, int Page = 1, int PageSize = 50);

public sealed record AuditRow(long Sequence, DateTime OccurredUtc, string? UserName, string? UnitCode, AuditAction Action, string ObjectType, string? ObjectId, AuditOutcome Outcome, string? Before, string? After, string? Detail, string? ClientAddress);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total, int Page, int PageSize);

/// <summary>Reading, exporting and verifying the audit log (audit administrator only). Nothing here writes to it except the export record.</summary>
public sealed class AuditLog(IDbContextFactory<AuditDb> contextFactory, IAuditTrail audit, IStringLocalizer<IdentityText> text)
{
    public const int MaxExportRows = 100_000;

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 500);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var filtered = Filter(db.Entries.AsNoTracking(), query);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await filtered.OrderByDescending(e => e.Sequence).Skip((page - 1) * size).Take(size).Select(ToRow).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage(items, total, page, size);
    }

    public async Task<byte[]> ExportAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Filter(db.Entries.AsNoTracking(), query).OrderBy(e => e.Sequence).Take(MaxExportRows).Select(ToRow).ToListAsync(cancellationToken).ConfigureAwait(false);
        ExcelColumn<AuditRow>[] columns =
        [
            new(text["Audit.Sequence"], r => r.Sequence, 10),
            new(text["Audit.Time"], r => r.OccurredUtc, 22),
            new(text["Audit.User"], r => r.UserName),
            new(text["Audit.Unit"], r => r.UnitCode, 10),
            new(text["Audit.Action"], r => text[$"AuditAction.{r.Action}"].Value),
            new(text["Audit.Object"], r => r.ObjectType),
            new(text["Audit.ObjectId"], r => r.ObjectId, 30),
            new(text["Audit.Outcome"], r => text[$"AuditOutcome.{r.Outcome}"].Value, 10),
            new(text["Audit.Before"], r => r.Before, 40),
            new(text["Audit.After"], r => r.After, 40),
            new(text["Audit.Detail"], r => r.Detail, 30),
        ];
        var bytes = ExcelWorkbookWriter.Write(text["Audit.SheetName"], columns, rows);
        await audit.RecordAsync(new AuditRecord(AuditAction.Export, "AuditLog", null, AuditOutcome.Success, Detail: $"rows={rows.Count}"), cancellationToken).ConfigureAwait(false);
        return bytes;
    }

    /// <summary>Re-computes every hash in order and reports the first entry that does not match.</summary>
    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var verifier = new AuditChainVerifier();
        await foreach (var entry in db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }

    public static void MapAuditApi(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/identity/audit").WithTags("Audit").RequireAuthorization(Policies.ReadAudit);
        group.MapGet("/", async ([AsParameters] AuditQuery query, AuditLog log, CancellationToken ct) => TypedResults.Ok(await log.SearchAsync(query, ct)))
            .WithName("SearchAudit").WithSummary("Search the audit log");
        group.MapGet("/export", async Task<FileContentHttpResult> ([AsParameters] AuditQuery query, AuditLog log, CancellationToken ct) =>
                TypedResults.File(await log.ExportAsync(query, ct), ExcelWorkbookWriter.ContentType, "audit-log.xlsx"))
            .WithName("ExportAudit").WithSummary("Export the filtered audit log to Excel");
        group.MapGet("/verify", async (AuditLog log, CancellationToken ct) => TypedResults.Ok(await log.VerifyAsync(ct)))
            .WithName("VerifyAudit").WithSummary("Verify the hash chain of the whole audit log");
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.OccurredUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            entries = entries.Where(e => e.UserName == query.UserName);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectType))
        {
            entries = entries.Where(e => e.ObjectType == query.ObjectType);
        }

        return entries;
    }

    private static readonly System.Linq.Expressions.Expression<Func<AuditEntry, AuditRow>> ToRow = e =>
        new AuditRow(e.Sequence, e.OccurredUtc, e.UserName, e.UnitCode, e.Action, e.ObjectType, e.ObjectId, e.Outcome, e.Before, e.After, e.Detail, e.ClientAddress);
}
