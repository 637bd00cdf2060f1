using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Domain;

namespace Tianzhong.IntegrationTests.Infrastructure;

public static class AuditReader
{
    public static async Task<List<AuditEntry>> EntriesAsync(TianzhongFactory factory, string? action = null)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<AuditDb>>();
        await using var db = await contexts.CreateDbContextAsync();
        var query = db.Entries.AsNoTracking();
        if (action is not null)
        {
            var parsed = Enum.Parse<AuditAction>(action);
            query = query.Where(e => e.Action == parsed);
        }

        return await query.OrderBy(e => e.Sequence).ToListAsync();
    }

    public static async Task<int> CountAsync(TianzhongFactory factory)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<AuditDb>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Entries.CountAsync();
    }
}
