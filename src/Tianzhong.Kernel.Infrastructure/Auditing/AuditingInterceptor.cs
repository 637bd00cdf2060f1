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
    // Never written to the audit log, whatever entity carries them.
    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "Xml", "TokenHash",
    };

    private List<(EntityEntry Entry, AuditAction Action, string? Before)>? _pending;

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
                    _pending.Add((entry, AuditAction.Create, null));
                    break;
                case EntityState.Modified:
                    _pending.Add((entry, AuditAction.Update, Serialize(entry, current: false, onlyModified: true)));
                    break;
                case EntityState.Deleted:
                    _pending.Add((entry, AuditAction.Delete, Serialize(entry, current: false, onlyModified: false)));
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
            After: p.Action == AuditAction.Delete ? null : Serialize(p.Entry, current: true, onlyModified: p.Action == AuditAction.Update))).ToList();
        await auditTrail.RecordManyAsync(records, cancellationToken).ConfigureAwait(false);
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(EntityEntry entry, bool current, bool onlyModified)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name) || (onlyModified && !property.IsModified))
            {
                continue;
            }

            var value = current ? property.CurrentValue : property.OriginalValue;
            values[name] = IsPersonalData(property.Metadata.PropertyInfo) && value is string text ? Masking.Mask(text) : value;
        }

        return JsonSerializer.Serialize(values);
    }

    private static bool IsPersonalData(PropertyInfo? property) =>
        property is not null && (property.GetCustomAttribute<PersonalDataAttribute>() is not null
            || property.Name.Contains("Phone", StringComparison.Ordinal)
            || property.Name.Contains("IdNumber", StringComparison.Ordinal));
}
