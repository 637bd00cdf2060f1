using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Attention;
using Tianzhong.Modules.Investment.Features.Lifecycle;
using Tianzhong.Modules.Investment.Features.Projects;

namespace Tianzhong.Modules.Investment.Features.Overview;

/// <summary>Composes the board, the attention list and the approval queue for the home page.</summary>
public sealed class InvestmentOverview(ProjectBoard board, AttentionQuery attention, LifecycleQueries lifecycle) : IInvestmentOverview
{
    public async Task<InvestmentHighlights> GetAsync(int attentionTake, CancellationToken cancellationToken = default)
    {
        var stages = await board.TotalsAsync(cancellationToken);
        var list = await attention.TopAsync(attentionTake, cancellationToken);
        var pending = await lifecycle.SearchAsync(new SubmissionQuery(SubmissionStatus.Pending, PageSize: 1), cancellationToken);
        return new InvestmentHighlights(
            [.. stages.Select(c => new StageFigure(c.Stage.ToString(), c.Count, c.ContractInvestmentWan))],
            [.. list.Items.Select(i => new AttentionLine(i.ProjectId, i.ProjectName, i.UnitCode, i.Reason.ToString(), i.Since, i.Detail))],
            list.Total,
            pending.Total);
    }
}
