using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Overview;

/// <summary>Groups the signed-or-later projects by industry direction in one query; the data scope comes from the query filters.</summary>
public sealed class InvestmentBreakdown(InvestmentDb db) : IInvestmentBreakdown
{
    public async Task<IReadOnlyList<DirectionFigure>> ByDirectionAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Projects.AsNoTracking()
            .Where(p => p.Stage == ProjectStage.Signed || p.Stage == ProjectStage.Started || p.Stage == ProjectStage.InProduction)
            .GroupBy(p => p.Figures.DirectionCode)
            .Select(g => new { Direction = g.Key, Projects = g.Sum(p => p.CountShare), Amount = g.Sum(p => p.Figures.ContractInvestmentWan * p.CountShare) })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Direction, StringComparer.Ordinal).Select(r => new DirectionFigure(r.Direction, r.Projects, decimal.Round(r.Amount, 2)))];
    }
}
