using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;

namespace Tianzhong.Modules.Investment.Features.Overview;

/// <summary>Groups the projects by unit and stage in one query; the data scope comes from the query filters.</summary>
public sealed class ProjectsByUnit(InvestmentDb db) : IProjectsByUnit
{
    public async Task<IReadOnlyList<UnitStageFigure>> ByUnitAndStageAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Projects.AsNoTracking()
            .GroupBy(p => new { p.UnitCode, p.Stage })
            .Select(g => new { g.Key.UnitCode, g.Key.Stage, Projects = g.Count(), Amount = g.Sum(p => p.Figures.ContractInvestmentWan) })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Stage).Select(r => new UnitStageFigure(r.UnitCode, r.Stage.ToString(), r.Projects, decimal.Round(r.Amount, 2)))];
    }
}
