using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tianzhong.Kernel.Auditing;

namespace Tianzhong.Kernel.Infrastructure.Auditing;

/// <summary>
/// Turns every create, update and delete saved through EF Core into an audit record with the values before and
/// after. Secrets are left out and personal data is masked, so the audit log never becomes a copy of them.
/// </summary>
public sealed class AuditingInterceptor(IAuditTrail auditTrail) : SaveChangesInterceptor
{
    // Credentials of ASP.NET Core Identity: never written to the audit log (their changes are audited explicitly,
    // e.g. PasswordChanged / PasswordReset, without the values).
    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    // The authenticator key and recovery codes live in the Value column of Identity's user-token table.
    private static bool IsSecret(EntityEntry entry, string property) =>
        SecretProperties.Contains(property) || (property == "Value" && entry.Metadata.ClrType.Name.StartsWith("IdentityUserToken", StringComparison.Ordinal));

    private List<PendingChange>? _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // EF's synchronous save path; the platform uses async saves, this keeps the audit complete if one slips in.
        FlushAsync(CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        _pending = [];
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is INotAudited || entry.Metadata.ClrType.Name == "DataProtectionKey")
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    // Values (and store-generated keys) are read after the save.
                    _pending.Add(new PendingChange(entry, AuditAction.Create, null, null));
                    break;
                case EntityState.Modified:
                    var changed = ChangedProperties(entry);
                    if (changed.Count > 0)
                    {
                        _pending.Add(new PendingChange(entry, AuditAction.Update, Serialize(changed, current: false), Serialize(changed, current: true)));
                    }

                    break;
                case EntityState.Deleted:
                    _pending.Add(new PendingChange(entry, AuditAction.Delete, Serialize([.. entry.Properties], current: false), null));
                    break;
                default:
                    break;
            }
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = _pending;
        _pending = null;
        if (pending is null || pending.Count == 0)
        {
            return;
        }

        var records = pending.Select(p => new AuditRecord(
            p.Action,
            p.Entry.Metadata.ClrType.Name,
            KeyOf(p.Entry),
            AuditOutcome.Success,
            Before: p.Before,
            After: p.Action == AuditAction.Create ? Serialize([.. p.Entry.Properties], current: true) : p.After)).ToList();
        await auditTrail.RecordManyAsync(records, cancellationToken).ConfigureAwait(false);
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    // EF marks every column modified when a detached entity is attached with Update (as UserManager does);
    // only values that really differ are a change worth recording.
    private static List<PropertyEntry> ChangedProperties(EntityEntry entry) =>
        [.. entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !IsSecret(entry, p.Metadata.Name)
            && p.Metadata.PropertyInfo?.GetCustomAttribute<RecordedElsewhereInAuditAttribute>() is null)];

    private static string Serialize(IReadOnlyList<PropertyEntry> properties, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var name = property.Metadata.Name;
            if (IsSecret(property.EntityEntry, name))
            {
                continue;
            }

            var value = current ? property.CurrentValue : property.OriginalValue;
            values[name] = value switch
            {
                string text when IsPersonalData(property.Metadata.PropertyInfo) => Masking.Mask(text),

                // File contents (evidence uploads) would turn the audit log into a second copy of every file; their
                // size stands in for them (a content hash, where kept, is recorded as an ordinary property).
                byte[] bytes => $"({bytes.Length} bytes)",
                _ => value,
            };
        }

        return JsonSerializer.Serialize(values);
    }

    private sealed record PendingChange(EntityEntry Entry, AuditAction Action, string? Before, string? After);

    private static bool IsPersonalData(PropertyInfo? property) =>
        property is not null && (property.GetCustomAttribute<PersonalDataAttribute>() is not null
            || property.Name.Contains("Phone", StringComparison.Ordinal)
            || property.Name.Contains("IdNumber", StringComparison.Ordinal));
}
