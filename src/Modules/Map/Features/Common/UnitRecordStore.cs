using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.Common;

/// <summary>
/// The steps the unit-owned map records (parks, parcels, opportunities) share: load or 404, the unit guard (403),
/// the version check (409), the unit-code checks (400) and the save that turns a lost race into 409.
/// </summary>
public sealed class UnitRecordStore(MapDb db, IUnitDirectory units, UnitWriteGuard guard, IStringLocalizer<MapText> text)
{
    /// <summary>One record as read, untracked; 404 when it does not exist.</summary>
    public async Task<T> GetAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : class, IUnitRecord =>
        await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(text["NotFound"]);

    /// <summary>One record, tracked for a change: 404 when it does not exist, 403 when the caller may not write its unit.</summary>
    public async Task<T> LoadForChangeAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : class, IUnitRecord
    {
        db.ChangeTracker.Clear();
        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(text["NotFound"]);
        guard.Ensure(record.UnitCode);
        return record;
    }

    /// <summary>The unit a revised record goes to: the one named, or the one it has.</summary>
    public static string? UnitFor(string? requested, string? current) => string.IsNullOrWhiteSpace(requested) ? current : requested.Trim();

    /// <summary>Before a change of a loaded record: 403 when the caller may not write the unit it goes to, 409 when the version read is stale.</summary>
    public void EnsureCanChange(IUnitRecord record, string? newUnitCode, int versionRead)
    {
        ArgumentNullException.ThrowIfNull(record);
        guard.Ensure(newUnitCode);
        EnsureVersion(record, versionRead);
    }

    /// <summary>Adds a new record after the unit guard (403) and saves it.</summary>
    public async Task AddAsync<T>(T record, CancellationToken cancellationToken)
        where T : class, IUnitRecord
    {
        ArgumentNullException.ThrowIfNull(record);
        guard.Ensure(record.UnitCode);
        db.Set<T>().Add(record);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Removes a record: 404, 403 and 409 as for a change.</summary>
    public async Task DeleteAsync<T>(Guid id, int versionRead, CancellationToken cancellationToken)
        where T : class, IUnitRecord
    {
        var record = await LoadForChangeAsync<T>(id, cancellationToken);
        EnsureVersion(record, versionRead);
        db.Set<T>().Remove(record);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Saves the tracked changes (a lost race: 409) and leaves the change tracker empty either way.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Adds the unit-code errors: missing (when required) or not a unit of the directory.</summary>
    public async Task CheckUnitAsync(Dictionary<string, string[]> errors, string? unitCode, bool required, CancellationToken cancellationToken)
    {
        if (required && string.IsNullOrEmpty(unitCode))
        {
            errors.AddError("unitCode", text["Problem.Required"]);
        }
        else if (unitCode is not null && await units.FindUnitAsync(unitCode, cancellationToken) is null)
        {
            errors.AddError("unitCode", text["UnknownUnit", unitCode]);
        }
    }

    private void EnsureVersion(IUnitRecord record, int versionRead)
    {
        if (record.Version != versionRead)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }
    }
}
