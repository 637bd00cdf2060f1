using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Resources;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Features.Chains;

/// <summary>An organisation to attach to a link.</summary>
/// <param name="OrganisationId">The organisation (investor resources).</param>
/// <param name="Kind">LocalEnterprise or TargetEnterprise.</param>
/// <param name="UnitCode">The unit a local enterprise operates in (required for a local enterprise; a county officer gives its own).</param>
public sealed record AttachOrganisationRequest(Guid? OrganisationId, AttachmentKind? Kind, string? UnitCode);

/// <summary>A project to attach to a link.</summary>
/// <param name="ProjectId">A project of the project library the caller may see.</param>
public sealed record AttachProjectRequest(Guid? ProjectId);

/// <summary>
/// Attaches enterprises and projects to links and detaches them. Local enterprises and projects belong to a unit: a
/// county officer attaches and detaches only its own unit's; target enterprises are anyone's to attach. The same
/// organisation (of the same kind) or project twice on a link is refused.
/// </summary>
public sealed class ChainAttachments(ChainsDb db, ChainQueries queries, IOrganisationDirectory organisations, IProjectDigests projects, IUnitDirectory units, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ChainsText> text)
{
    public async Task<LinkDetail> AttachOrganisationAsync(Guid linkId, AttachOrganisationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (request.OrganisationId is null)
        {
            errors["organisationId"] = [text["Required"]];
        }

        if (request.Kind is not (AttachmentKind.LocalEnterprise or AttachmentKind.TargetEnterprise))
        {
            errors["kind"] = [text["KindInvalid"]];
        }

        string? unitCode = null;
        if (request.Kind == AttachmentKind.LocalEnterprise)
        {
            unitCode = request.UnitCode?.Trim();
            if (string.IsNullOrEmpty(unitCode))
            {
                errors["unitCode"] = [text["UnitRequired"]];
            }
            else if (await units.FindUnitAsync(unitCode, cancellationToken) is null)
            {
                errors["unitCode"] = [text["UnitUnknown", unitCode]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (unitCode is not null)
        {
            CheckOwnUnit(unitCode);
        }

        var link = await LinkAsync(linkId, cancellationToken);
        var organisation = await organisations.FindAsync(request.OrganisationId!.Value, cancellationToken)
            ?? throw ValidationFailedException.For("organisationId", text["OrganisationNotFound"]);
        if (await db.Attachments.AnyAsync(a => a.LinkId == linkId && a.Kind == request.Kind && a.OrganisationId == organisation.Id, cancellationToken))
        {
            throw new DomainRuleException("AlreadyAttached", text["AlreadyAttached", organisation.Name]);
        }

        db.Attachments.Add(LinkAttachment.Organisation(link.ChainId, linkId, request.Kind!.Value, organisation.Id, organisation.Name, unitCode, By, Now));
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetLinkAsync(linkId, cancellationToken);
    }

    public async Task<LinkDetail> AttachProjectAsync(Guid linkId, AttachProjectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ProjectId is not { } projectId)
        {
            throw ValidationFailedException.For("projectId", text["Required"]);
        }

        await AttachProjectAsync(linkId, projectId, cancellationToken);
        return await queries.GetLinkAsync(linkId, cancellationToken);
    }

    /// <summary>
    /// Attaches a project to a link for features that create projects (precision matching's leads): the project is
    /// read in the caller's scope (404 when the caller cannot see it), a county officer attaches only its own unit's
    /// (403), the project twice on the link is 409. Saves and returns the attachment's id.
    /// </summary>
    public async Task<long> AttachProjectAsync(Guid linkId, Guid projectId, CancellationToken cancellationToken)
    {
        var link = await LinkAsync(linkId, cancellationToken);
        var project = (await projects.FindManyAsync([projectId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        CheckOwnUnit(project.UnitCode);
        if (await db.Attachments.AnyAsync(a => a.LinkId == linkId && a.ProjectId == projectId, cancellationToken))
        {
            throw new DomainRuleException("AlreadyAttached", text["AlreadyAttached", project.Name]);
        }

        var attachment = LinkAttachment.Project(link.ChainId, linkId, projectId, project.Name, project.UnitCode, By, Now);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return attachment.Id;
    }

    /// <summary>Detaches an enterprise or project; a county officer only its own unit's local enterprises and projects.</summary>
    public async Task<LinkDetail> DetachAsync(Guid linkId, long attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.LinkId == linkId, cancellationToken)
            ?? throw new NotFoundException(text["AttachmentNotFound"]);
        if (attachment.Kind != AttachmentKind.TargetEnterprise)
        {
            CheckOwnUnit(attachment.UnitCode ?? string.Empty);
        }

        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetLinkAsync(linkId, cancellationToken);
    }

    private string By => currentUser.UserName ?? string.Empty;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void CheckOwnUnit(string unitCode)
    {
        if (!currentUser.WritesUnit(unitCode))
        {
            throw new ForbiddenException(text["OtherUnit"]);
        }
    }

    private async Task<ChainLink> LinkAsync(Guid linkId, CancellationToken cancellationToken) =>
        await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken) ?? throw new NotFoundException(text["LinkNotFound"]);
}
