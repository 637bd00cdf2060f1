using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Investors;

/// <summary>
/// The interaction log's door for other modules: the same <see cref="Interaction"/> records and rules as
/// <see cref="InteractionLog"/>, but several visits in one save so a caller's batch is written whole or not at all.
/// </summary>
public sealed class InteractionRecorder(InvestmentDb db, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<InvestorsText> text) : IInteractionRecorder
{
    public async Task<IReadOnlyList<Guid>> RecordVisitsAsync(IReadOnlyList<VisitInteraction> visits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visits);
        if (visits.Count == 0)
        {
            return [];
        }

        var today = ChinaTime.Today(timeProvider);
        var projectIds = visits.Where(v => v.ProjectId is not null).Select(v => v.ProjectId!.Value).Distinct().ToList();
        var projectUnits = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.UnitCode }).ToDictionaryAsync(p => p.Id, p => p.UnitCode, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            foreach (var problem in InteractionRules.Check(visit.OccurredOn, visit.Officials, visit.NextFollowUpOn, today))
            {
                errors[$"visits[{i}].{problem.Field}"] = [text[$"InteractionProblem.{problem.Problem}"].Value];
            }

            if (visit.ProjectId is { } projectId && (!projectUnits.TryGetValue(projectId, out var unit) || unit != visit.UnitCode))
            {
                errors[$"visits[{i}].projectId"] = [text[$"InteractionProblem.{InteractionProblem.ProjectOfAnotherUnit}"].Value];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var recorded = visits
            .Select(v => Interaction.Record(v.UnitCode, v.OrganisationId, v.ProjectId, InteractionKind.Visit, v.OccurredOn, v.Officials, null, v.Notes, v.NextFollowUpOn, currentUser.UserName ?? string.Empty, now))
            .ToList();
        db.Interactions.AddRange(recorded);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // A page keeps this context for its circuit: a refused batch must not linger to be saved by a later call.
            foreach (var interaction in recorded)
            {
                db.Entry(interaction).State = EntityState.Detached;
            }
        }

        return [.. recorded.Select(i => i.Id)];
    }
}
