namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>One stage of the library for the home page.</summary>
/// <param name="Stage">Stage code (Negotiating, Signed, Started, InProduction, Stalled, Terminated).</param>
/// <param name="Count">Projects in the stage the user can see.</param>
/// <param name="ContractInvestmentWan">Their contract investment in 万元, weighted by count share.</param>
public sealed record StageFigure(string Stage, int Count, decimal ContractInvestmentWan);

/// <summary>A project needing attention.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ProjectName">Its name.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="Reason">NoRecentInteraction, SignedNotStarted, StartedNotProducing or MilestoneOverdue.</param>
/// <param name="Since">The date the attention is counted from.</param>
/// <param name="Detail">A milestone title, when the reason is a milestone.</param>
public sealed record AttentionLine(Guid ProjectId, string ProjectName, string UnitCode, string Reason, DateOnly Since, string? Detail);

/// <summary>What the home page shows of the project library for the signed-in user.</summary>
/// <param name="Stages">Counts and amounts per stage.</param>
/// <param name="Attention">The oldest items of the user's attention list.</param>
/// <param name="AttentionTotal">How many items the whole list has.</param>
/// <param name="PendingApprovals">Stage submissions waiting for the city's decision (within the user's scope).</param>
public sealed record InvestmentHighlights(IReadOnlyList<StageFigure> Stages, IReadOnlyList<AttentionLine> Attention, int AttentionTotal, int PendingApprovals);

/// <summary>The project library's figures for the home page, within the caller's data scope.</summary>
public interface IInvestmentOverview
{
    /// <summary>Stage figures, the first <paramref name="attentionTake"/> attention items and the pending approvals.</summary>
    Task<InvestmentHighlights> GetAsync(int attentionTake, CancellationToken cancellationToken = default);
}
