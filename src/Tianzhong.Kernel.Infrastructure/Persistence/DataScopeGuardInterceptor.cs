using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tianzhong.Kernel.Domain;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>Refuses, before anything is written, any insert, update or delete of a record outside the user's unit or department.</summary>
public sealed class DataScopeGuardInterceptor(ICurrentUser currentUser, IScopeMessages messages) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Guard(DbContext? context)
    {
        if (context is null || currentUser.IsSystem)
        {
            return;
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
                    throw new ForbiddenException(messages.OutsideUnit);
                }
            }

            if (entry.Entity is IDepartmentScoped departmentScoped && !currentUser.SeesAllUnits())
            {
                var original = entry.State == EntityState.Added ? departmentScoped.DepartmentCode : entry.OriginalValues[nameof(IDepartmentScoped.DepartmentCode)] as string;
                if (!currentUser.IsInRole(Roles.DepartmentOfficer) || departmentScoped.DepartmentCode != currentUser.DepartmentCode || original != currentUser.DepartmentCode)
                {
                    throw new ForbiddenException(messages.OutsideDepartment);
                }
            }
        }
    }
}

/// <summary>Localised refusal messages, supplied by the host so this kernel stays free of UI resources.</summary>
public interface IScopeMessages
{
    string OutsideUnit { get; }

    string OutsideDepartment { get; }
}
