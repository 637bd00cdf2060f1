using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Errors;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>The one way handlers save an edit: a row someone else changed since it was read becomes a 409, never an overwrite.</summary>
public static class ConcurrencySaving
{
    public static async Task SaveOrConflictAsync(this DbContext db, string conflictMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(conflictMessage);
        }
    }
}
