using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Data;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>
/// Whether external references are already taken by records the user cannot see (another unit's confidential project
/// or funds record). The data-scope filters hide those rows, and inserting the reference again would break the unique
/// index; this answers only "taken or not", never the record itself (see docs/adr/ on import references).
/// </summary>
internal static class ImportLookups
{
    public static async Task<HashSet<string>> TakenProjectReferencesAsync(InvestmentDb db, List<string> references, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in references.Chunk(ProjectImport.Chunk))
        {
            taken.UnionWith(await db.Database.SqlQueryRaw<string>("SELECT \"ExternalReference\" AS \"Value\" FROM \"investment_projects\" WHERE \"ExternalReference\" IS NOT NULL")
                .Where(r => chunk.Contains(r)).ToListAsync(cancellationToken));
        }

        return taken;
    }

    public static async Task<HashSet<string>> TakenFundsReferencesAsync(InvestmentDb db, List<string> references, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in references.Chunk(ProjectImport.Chunk))
        {
            taken.UnionWith(await db.Database.SqlQueryRaw<string>("SELECT \"ExternalReference\" AS \"Value\" FROM \"investment_funds\" WHERE \"ExternalReference\" IS NOT NULL")
                .Where(r => chunk.Contains(r)).ToListAsync(cancellationToken));
        }

        return taken;
    }
}
