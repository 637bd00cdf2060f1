namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>The signed-or-later projects of one industry direction.</summary>
/// <param name="DirectionCode">The direction (one of plan A's; the nine clusters are directions).</param>
/// <param name="Projects">How many projects, each weighted by its count share.</param>
/// <param name="ContractInvestmentWan">Their contract investment in 万元, each weighted by its count share.</param>
public sealed record DirectionFigure(string DirectionCode, decimal Projects, decimal ContractInvestmentWan);

/// <summary>The project library broken down for dashboards, within the caller's data scope.</summary>
public interface IInvestmentBreakdown
{
    /// <summary>Projects signed, started or in production, per industry direction (aggregated in the database).</summary>
    Task<IReadOnlyList<DirectionFigure>> ByDirectionAsync(CancellationToken cancellationToken = default);
}
