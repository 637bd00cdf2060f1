using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Domain;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>Refuses, before anything is written, any insert, update or delete of a record outside the user's unit or department.</summary>
public sealed class DataScopeGuardInterceptor(ICurrentUser currentUser, IScopeMessages messages, IAuditTrail audit) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Synchronous saves are not used by the platform; their refusal is audited by the HTTP error handler.
        if (Refusal(eventData.Context) is { } refusal)
        {
            throw new ForbiddenException(refusal.Message);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Refusal(eventData.Context) is { } refusal)
        {
            // Recorded here, before anything is written, so a refusal met on a page is audited like one met by the API.
            await audit.RecordAsync(new AuditRecord(AuditAction.AccessDenied, refusal.ObjectType, refusal.ObjectId, AuditOutcome.Denied, Detail: refusal.Message), cancellationToken).ConfigureAwait(false);
            throw new ForbiddenException(refusal.Message) { IsAudited = true };
        }

        return result;
    }

    private (string Message, string ObjectType, string ObjectId)? Refusal(DbContext? context)
    {
        if (context is null || currentUser.IsSystem)
        {
            return null;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IUnitScoped unitScoped && !currentUser.SeesAllUnits())
            {
                var original = entry.State == EntityState.Added ? unitScoped.UnitCode : entry.OriginalValues[nameof(IUnitScoped.UnitCode)] as string;
                if (unitScoped.UnitCode != currentUser.UnitCode || original != currentUser.UnitCode)
                {
                    return (messages.OutsideUnit, entry.Metadata.ClrType.Name, KeyOf(entry));
                }
            }

            if (entry.Entity is IDepartmentScoped departmentScoped && !currentUser.SeesAllUnits())
            {
                var original = entry.State == EntityState.Added ? departmentScoped.DepartmentCode : entry.OriginalValues[nameof(IDepartmentScoped.DepartmentCode)] as string;
                if (!currentUser.IsInRole(Roles.DepartmentOfficer) || departmentScoped.DepartmentCode != currentUser.DepartmentCode || original != currentUser.DepartmentCode)
                {
                    return (messages.OutsideDepartment, entry.Metadata.ClrType.Name, KeyOf(entry));
                }
            }
        }

        return null;
    }

    private static string KeyOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => Convert.ToString(entry.CurrentValues[p], System.Globalization.CultureInfo.InvariantCulture)) ?? []);
}

/// <summary>Localised refusal messages, supplied by the host so this kernel stays free of UI resources.</summary>
public interface IScopeMessages
{
    string OutsideUnit { get; }

    string OutsideDepartment { get; }
}
