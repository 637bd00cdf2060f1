using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Figures;

/// <summary>Serves the library's countable facts to supervision, reading narrow rows within the caller's scope.</summary>
public sealed class InvestmentFigures(InvestmentDb db, IOptions<FundsDefinitions> definitions) : IInvestmentFigures
{
    public async Task<IReadOnlyList<FigureRecord>> ListAsync(DateOnly firstDay, DateOnly lastDay, string? unitCode, CancellationToken cancellationToken = default)
    {
        var projects = db.Projects.AsNoTracking();
        var funds = db.Funds.AsNoTracking().Where(f => f.Status == FundsStatus.Verified && f.ReceivedOn >= firstDay && f.ReceivedOn <= lastDay);
        if (unitCode is not null)
        {
            projects = projects.Where(p => p.UnitCode == unitCode);
            funds = funds.Where(f => f.UnitCode == unitCode);
        }

        var fundRows = await (from f in funds
                              join p in projects on f.ProjectId equals p.Id
                              select new { f.Id, f.ProjectId, p.UnitCode, p.Figures.Name, f.ReceivedOn, f.AmountWan, f.Source, p.CountShare, p.Figures.DirectionCode, p.Figures.MajorGroupCode })
            .ToListAsync(cancellationToken);
        var stageRows = await projects
            .Where(p => (p.SignedOn >= firstDay && p.SignedOn <= lastDay) || (p.StartedOn >= firstDay && p.StartedOn <= lastDay) || (p.InProductionOn >= firstDay && p.InProductionOn <= lastDay))
            .Select(p => new { p.Id, p.UnitCode, p.Figures.Name, p.SignedOn, p.StartedOn, p.InProductionOn, p.Figures.ContractInvestmentWan, p.CountShare, p.Figures.DirectionCode, p.Figures.MajorGroupCode })
            .ToListAsync(cancellationToken);

        var definition = definitions.Value;
        var records = new List<FigureRecord>(fundRows.Count + stageRows.Count);
        foreach (var f in fundRows)
        {
            var weighted = decimal.Round(f.AmountWan * f.CountShare, 2, MidpointRounding.AwayFromZero);
            if (definition.OutsideProvince.Contains(f.Source))
            {
                records.Add(new FigureRecord(FigureSource.FundsOutsideProvince, f.Id, f.ProjectId, f.UnitCode, f.Name, f.ReceivedOn, weighted, f.CountShare, f.DirectionCode, f.MajorGroupCode));
            }

            if (definition.OutsideCity.Contains(f.Source))
            {
                records.Add(new FigureRecord(FigureSource.FundsOutsideCity, f.Id, f.ProjectId, f.UnitCode, f.Name, f.ReceivedOn, weighted, f.CountShare, f.DirectionCode, f.MajorGroupCode));
            }
        }

        foreach (var p in stageRows)
        {
            foreach (var (source, date) in new[] { (FigureSource.Signed, p.SignedOn), (FigureSource.Started, p.StartedOn), (FigureSource.InProduction, p.InProductionOn) })
            {
                if (date is { } on && on >= firstDay && on <= lastDay)
                {
                    records.Add(new FigureRecord(source, p.Id, p.Id, p.UnitCode, p.Name, on, p.ContractInvestmentWan, p.CountShare, p.DirectionCode, p.MajorGroupCode));
                }
            }
        }

        return records;
    }

    public async Task<IReadOnlyList<ProjectBrief>> DescribeAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        var ids = projectIds.Distinct().ToList();
        var rows = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Figures.Name, p.UnitCode, p.Figures.ContractInvestmentWan, p.Stage, p.SignedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ProjectBrief(p.Id, p.Name, p.UnitCode, p.ContractInvestmentWan, p.Stage.ToString(), p.SignedOn))];
    }

    public async Task<IReadOnlyList<ProjectBrief>> SearchSignedAsync(string? text, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Projects.AsNoTracking().Where(p => p.SignedOn != null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            query = query.Where(p => p.Figures.Name.Contains(term));
        }

        var rows = await query.OrderByDescending(p => p.SignedOn).Take(Math.Clamp(take, 1, 50))
            .Select(p => new { p.Id, p.Figures.Name, p.UnitCode, p.Figures.ContractInvestmentWan, p.Stage, p.SignedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ProjectBrief(p.Id, p.Name, p.UnitCode, p.ContractInvestmentWan, p.Stage.ToString(), p.SignedOn))];
    }
}
