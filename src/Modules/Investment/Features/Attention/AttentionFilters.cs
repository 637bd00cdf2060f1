using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Attention;

/// <summary>
/// The database form of <see cref="AttentionRules"/>: which projects need attention for a reason on a day. The
/// attention lists and the project table's attention filter both use it, so they always agree.
/// </summary>
public static class AttentionFilters
{
    public static IQueryable<Project> Needing(this IQueryable<Project> projects, InvestmentDb db, AttentionReason reason, DateOnly today, AttentionThresholds limits)
    {
        ArgumentNullException.ThrowIfNull(db);
        switch (reason)
        {
            case AttentionReason.NoRecentInteraction:
            {
                var quietSince = AttentionRules.QuietSince(today, limits);

                // Registered on or before quietSince (a China date, like the rule) means created before the next China day began.
                var registeredBy = quietSince.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaTime.Offset;
                return projects.Where(p => p.Stage == ProjectStage.Negotiating)
                    .Select(p => new { Project = p, Last = db.Interactions.Where(i => i.ProjectId == p.Id).Max(i => (DateOnly?)i.OccurredOn) })
                    .Where(x => x.Last != null ? x.Last <= quietSince : x.Project.CreatedUtc < registeredBy)
                    .Select(x => x.Project);
            }

            case AttentionReason.SignedNotStarted:
            {
                var signedBefore = AttentionRules.SignedBefore(today, limits);
                return projects.Where(p => p.Stage == ProjectStage.Signed && p.SignedOn != null && p.SignedOn <= signedBefore);
            }

            case AttentionReason.StartedNotProducing:
                return projects.Where(p => p.Stage == ProjectStage.Started && p.Figures.PlannedProduction != null && p.Figures.PlannedProduction < today);

            default:
                return projects.Where(p => db.Milestones.Any(m => m.ProjectId == p.Id && m.CompletedOn == null && m.DueOn < today));
        }
    }
}
