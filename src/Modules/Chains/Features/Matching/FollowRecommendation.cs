using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Features.Chains;
using Tianzhong.Modules.Chains.Resources;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Features.Matching;

/// <param name="UnitCode">The unit that follows the lead; a county officer only their own.</param>
/// <param name="LinkId">The link the lead is for; the new project is attached to it.</param>
public sealed record FollowRequest(string? UnitCode, Guid? LinkId);

public sealed record FollowResult(Guid ProjectId, string ProjectName, string UnitCode, Guid? LinkId);

/// <summary>
/// Following a recommendation puts a lead in the project library: a negotiating project of the chain's direction for
/// the unit, with the organisation as investor (through <see cref="IProjectLeads"/>, so the library's rules and audit
/// apply), attached to the link when one is given. A second follow while the first lead is still negotiating is 409.
/// </summary>
public sealed class FollowRecommendation(
    ChainsDb db,
    IProjectLeads leads,
    IOrganisationDirectory organisations,
    IUnitDirectory units,
    ChainAttachments attachments,
    ICurrentUser currentUser,
    IStringLocalizer<MatchingText> text)
{
    // The project library's name column holds 200 characters.
    private const int MaxNameLength = 200;

    public async Task<FollowResult> FollowAsync(string code, Guid organisationId, FollowRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? currentUser.UnitCode : request.UnitCode.Trim();
        if (string.IsNullOrEmpty(unitCode))
        {
            throw ValidationFailedException.For("unitCode", text["Required"]);
        }

        if (!currentUser.WritesUnit(unitCode))
        {
            throw new ForbiddenException(text["Follow.OtherUnit"]);
        }

        if (await units.FindUnitAsync(unitCode, cancellationToken) is null)
        {
            throw ValidationFailedException.For("unitCode", text["UnitNotFound", unitCode]);
        }

        var chain = await db.Chains.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new NotFoundException(text["ChainNotFound", code]);
        ChainLink? link = null;
        if (request.LinkId is { } linkId)
        {
            link = await db.Links.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.ChainId == chain.Id, cancellationToken)
                ?? throw ValidationFailedException.For("linkId", text["LinkNotFound"]);
        }

        var organisation = await organisations.FindAsync(organisationId, cancellationToken)
            ?? throw new NotFoundException(text["OrganisationNotFound"]);
        if (organisation.MergedIntoId is not null)
        {
            throw new DomainRuleException("OrganisationMerged", text["Follow.Merged", organisation.Name]);
        }

        if (await leads.FindNegotiatingAsync(unitCode, chain.Code, organisationId, cancellationToken) is { } existing)
        {
            throw new DomainRuleException("LeadAlreadyFollowed", text["Follow.AlreadyFollowed", organisation.Name, existing.Name]);
        }

        var name = text["Follow.LeadName", organisation.Name, link?.Name ?? chain.Name].Value;
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        var projectId = await leads.CreateLeadAsync(new NewLead(unitCode, name, chain.Code, organisationId, organisation.IsForeign), cancellationToken);
        if (link is not null)
        {
            await attachments.AttachProjectAsync(link.Id, projectId, cancellationToken);
        }

        return new FollowResult(projectId, name, unitCode, link?.Id);
    }
}
