using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Investors;

/// <summary>Interaction tallies (GROUP BY organisation) and signed-or-later investors; the query filters give the data scope.</summary>
public sealed class InvestorActivityQuery(InvestmentDb db) : IInvestorActivity
{
    public async Task<InvestorActivity> GetAsync(CancellationToken cancellationToken = default)
    {
        var tallies = await db.Interactions.AsNoTracking()
            .GroupBy(i => i.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Count = g.Count(), LastOn = g.Max(i => i.OccurredOn) })
            .ToListAsync(cancellationToken);
        var signed = await db.ProjectInvestors.AsNoTracking()
            .Where(i => db.Projects.Any(p => p.Id == i.ProjectId && (p.Stage == ProjectStage.Signed || p.Stage == ProjectStage.Started || p.Stage == ProjectStage.InProduction)))
            .Select(i => i.OrganisationId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new InvestorActivity(tallies.ToDictionary(t => t.OrganisationId, t => new InteractionTally(t.OrganisationId, t.Count, t.LastOn)), signed.ToHashSet());
    }
}
