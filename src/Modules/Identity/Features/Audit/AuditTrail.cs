using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Domain;

namespace Tianzhong.Modules.Identity.Features.Audit;

/// <summary>
/// Appends to the hash-chained audit log. Appends are serialised: in-process by a semaphore and, on PostgreSQL,
/// across app instances by a transaction-scoped advisory lock, so two writers never chain to the same predecessor.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<AuditDb> contextFactory, ICurrentUser currentUser, IHttpContextAccessor httpContextAccessor, TimeProvider timeProvider)
    : IAuditTrail
{
    private const long AdvisoryLockKey = 7_117_001;
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default) => RecordManyAsync([record], cancellationToken);

    public async Task RecordManyAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);

        // What is being audited has already happened: a client that disconnects must not cancel its audit entry.
        cancellationToken = CancellationToken.None;
        if (records.Count == 0)
        {
            return;
        }

        var userName = currentUser.IsSystem ? "system" : currentUser.UserName;
        var unitCode = currentUser.UnitCode;
        var address = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
        await AppendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
            }

            var previous = await db.Entries.OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var now = timeProvider.GetUtcNow().UtcDateTime;
            foreach (var record in records)
            {
                previous = AuditEntry.Append(previous, now, userName, unitCode, address, record);
                db.Entries.Add(previous);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            AppendLock.Release();
        }
    }
}
