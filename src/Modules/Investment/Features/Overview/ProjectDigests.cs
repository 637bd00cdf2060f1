using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Overview;

/// <summary>Project facts by id for other modules; the data scope comes from the query filters.</summary>
public sealed class ProjectDigests(InvestmentDb db) : IProjectDigests
{
    // Keeps each IN list well inside both providers' parameter limits.
    private const int Chunk = 500;

    public async Task<IReadOnlyList<ProjectDigest>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new List<ProjectDigest>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(Chunk))
        {
            var rows = await db.Projects.AsNoTracking()
                .Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Figures.Name, p.UnitCode, p.Figures.DirectionCode, p.Stage, p.Figures.ContractInvestmentWan, p.Figures.IsConfidential })
                .ToListAsync(cancellationToken);
            result.AddRange(rows.Select(r => new ProjectDigest(r.Id, r.Name, r.UnitCode, r.DirectionCode, r.Stage.ToString(), r.ContractInvestmentWan, r.IsConfidential)));
        }

        return result;
    }

    public async Task<IReadOnlyList<ProjectDigest>> SearchAsync(string? term, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Projects.AsNoTracking().Where(p => p.Stage != ProjectStage.Terminated);
        if (!string.IsNullOrWhiteSpace(term))
        {
            var text = term.Trim();
            query = query.Where(p => p.Figures.Name.Contains(text));
        }

        var rows = await query.OrderByDescending(p => p.CreatedUtc).ThenBy(p => p.Id).Take(Math.Clamp(take, 1, 50))
            .Select(p => new { p.Id, p.Figures.Name, p.UnitCode, p.Figures.DirectionCode, p.Stage, p.Figures.ContractInvestmentWan, p.Figures.IsConfidential })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ProjectDigest(r.Id, r.Name, r.UnitCode, r.DirectionCode, r.Stage.ToString(), r.ContractInvestmentWan, r.IsConfidential))];
    }
}
