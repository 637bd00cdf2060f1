using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Data;

namespace Tianzhong.Modules.Investment.Features.Projects;

public sealed record HistoricalProjectView(string Key, string Name, int Order);

/// <summary>The 13th-plan projects plan A names as signed and landed, in the gazette's order.</summary>
public sealed class HistoricalProjects(InvestmentDb db)
{
    public async Task<IReadOnlyList<HistoricalProjectView>> ListAsync(CancellationToken cancellationToken) =>
        await db.HistoricalProjects.AsNoTracking().OrderBy(h => h.Order).Select(h => new HistoricalProjectView(h.Key, h.Name, h.Order)).ToListAsync(cancellationToken);
}
