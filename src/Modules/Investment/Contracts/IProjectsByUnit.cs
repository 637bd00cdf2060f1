namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>Projects of one unit in one stage: how many and their contract investment.</summary>
/// <param name="UnitCode">The unit that owns the projects.</param>
/// <param name="Stage">Negotiating, Signed, Started, InProduction, Stalled or Terminated.</param>
/// <param name="Projects">How many projects.</param>
/// <param name="ContractInvestmentWan">Their contract investment in 万元.</param>
public sealed record UnitStageFigure(string UnitCode, string Stage, int Projects, decimal ContractInvestmentWan);

/// <summary>Project counts and contract investment per unit and stage, within the caller's data scope (the map's projects layer).</summary>
public interface IProjectsByUnit
{
    /// <summary>One row per unit and stage that has projects, aggregated in the database.</summary>
    Task<IReadOnlyList<UnitStageFigure>> ByUnitAndStageAsync(CancellationToken cancellationToken = default);
}
