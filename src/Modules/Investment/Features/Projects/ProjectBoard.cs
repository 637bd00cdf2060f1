using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Projects;

/// <summary>One card on the board.</summary>
public sealed record BoardCard(Guid Id, string Name, string UnitCode, decimal ContractInvestmentWan, bool IsConfidential, decimal CountShare);

/// <summary>A stage column: how many projects, their contract investment (each weighted by its count share) and the largest ones.</summary>
public sealed record BoardColumn(ProjectStage Stage, int Count, decimal ContractInvestmentWan, IReadOnlyList<BoardCard> Cards);

public sealed record ProjectBoardView(IReadOnlyList<BoardColumn> Columns);

/// <summary>The library by stage, over the same filters as the list; totals are computed in the database.</summary>
public sealed class ProjectBoard(ProjectQueries queries)
{
    public const int CardsPerColumn = 30;

    public async Task<ProjectBoardView> GetAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var projects = await queries.FilterAsync(query with { Stage = null }, cancellationToken);
        var columns = new List<BoardColumn>();
        foreach (var total in await TotalsAsync(projects, cancellationToken))
        {
            var cards = total.Count == 0 ? [] : await projects.Where(p => p.Stage == total.Stage)
                .OrderByDescending(p => p.Figures.ContractInvestmentWan).ThenBy(p => p.Id).Take(CardsPerColumn)
                .Select(p => new BoardCard(p.Id, p.Figures.Name, p.UnitCode, p.Figures.ContractInvestmentWan, p.Figures.IsConfidential, p.CountShare))
                .ToListAsync(cancellationToken);
            columns.Add(total with { Cards = cards });
        }

        return new ProjectBoardView(columns);
    }

    /// <summary>Count and amount per stage without the cards (one grouped query), for the home page.</summary>
    public async Task<IReadOnlyList<BoardColumn>> TotalsAsync(CancellationToken cancellationToken) =>
        await TotalsAsync(await queries.FilterAsync(new ProjectQuery(), cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<BoardColumn>> TotalsAsync(IQueryable<Project> projects, CancellationToken cancellationToken)
    {
        var totals = await projects.GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Amount = g.Sum(p => p.Figures.ContractInvestmentWan * p.CountShare) })
            .ToListAsync(cancellationToken);
        return [.. Enum.GetValues<ProjectStage>().Select(stage =>
        {
            var total = totals.FirstOrDefault(t => t.Stage == stage);
            return new BoardColumn(stage, total?.Count ?? 0, decimal.Round(total?.Amount ?? 0m, 2), []);
        })];
    }
}
