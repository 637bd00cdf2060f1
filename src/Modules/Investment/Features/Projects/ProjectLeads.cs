using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Investors;

namespace Tianzhong.Modules.Investment.Features.Projects;

/// <summary>Leads from precision matching, registered with <see cref="ProjectRegistration"/> and linked with <see cref="ProjectInvestors"/>.</summary>
public sealed class ProjectLeads(InvestmentDb db, ProjectRegistration registration, ProjectInvestors investors) : IProjectLeads
{
    public async Task<LeadSummary?> FindNegotiatingAsync(string unitCode, string directionCode, Guid organisationId, CancellationToken cancellationToken = default) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.UnitCode == unitCode && p.Figures.DirectionCode == directionCode && p.Stage == ProjectStage.Negotiating && p.Investors.Any(i => i.OrganisationId == organisationId))
            .OrderBy(p => p.CreatedUtc)
            .Select(p => new LeadSummary(p.Id, p.Figures.Name, p.UnitCode))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Guid> CreateLeadAsync(NewLead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var figures = new ProjectFigures(lead.Name, lead.DirectionCode, null, lead.IsForeign ? CapitalSource.Abroad : CapitalSource.OtherProvince, 0m, null, null, null, null, null, null, null, null, null, null, null, false);
        var project = await registration.RegisterAsync(new RegisterProjectRequest(lead.UnitCode, figures), cancellationToken);
        await investors.SetAsync(project.Id, new SetInvestorsRequest([lead.OrganisationId], project.Version), cancellationToken);
        return project.Id;
    }
}
