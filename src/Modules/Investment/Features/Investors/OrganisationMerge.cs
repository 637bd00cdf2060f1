using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

// MergedId: The duplicate that goes away.
// SurvivorVersion: The survivor's version the caller read.
// MergedVersion: The duplicate's version the caller read.
public sealed record MergeOrganisationsRequest(Guid MergedId, int SurvivorVersion, int MergedVersion);

public sealed record MergeResult(Guid SurvivorId, Guid MergedId, int ProjectsMoved, int InteractionsMoved, int ContactsMoved);

/// <summary>
/// Merges a duplicate organisation into the one that survives. The Investment rows move first, in one transaction;
/// the Registry mark comes last. A failure in between leaves the duplicate live with nothing linked to it, and
/// repeating the merge moves nothing more and sets the mark (see docs/adr/0010-organisation-merge-across-modules.md).
/// </summary>
public sealed class OrganisationMerge(InvestmentDb db, IOrganisationDirectory organisations, Claims.DoubleClaimDetector claims, IAuditTrail audit, IStringLocalizer<InvestorsText> text)
{
    public async Task<MergeResult> MergeAsync(Guid survivorId, MergeOrganisationsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (survivorId == request.MergedId)
        {
            throw new DomainRuleException("MergeIntoItself", text["MergeIntoItself"]);
        }

        var survivor = await organisations.FindAsync(survivorId, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);
        var merged = await organisations.FindAsync(request.MergedId, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);
        if (survivor.MergedIntoId is not null)
        {
            throw new DomainRuleException("MergeIntoMerged", text["MergeIntoMerged", survivor.Name]);
        }

        if (merged.MergedIntoId is { } into && into != survivorId)
        {
            throw new DomainRuleException("AlreadyMerged", text["AlreadyMerged", merged.Name]);
        }

        if (survivor.Version != request.SurvivorVersion || merged.Version != request.MergedVersion)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        db.ChangeTracker.Clear();

        // One SaveChanges is one transaction: every row moves or none does. (An explicit transaction around it would
        // also hold the audit log's writes, which the interceptor makes after the save, behind SQLite's write lock.)
        var projects = await db.Projects.Include(p => p.Investors).Where(p => p.Investors.Any(i => i.OrganisationId == merged.Id)).ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            project.ReplaceInvestor(merged.Id, survivor.Id, survivor.Name);
        }

        var interactions = await db.Interactions.Where(i => i.OrganisationId == merged.Id).ToListAsync(cancellationToken);
        foreach (var interaction in interactions)
        {
            interaction.MoveTo(survivor.Id);
        }

        var contacts = await db.Contacts.Where(c => c.OrganisationId == merged.Id).ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            contact.MoveTo(survivor.Id);
        }

        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);

        var (projectsMoved, interactionsMoved, contactsMoved) = (projects.Count, interactions.Count, contacts.Count);

        // Idempotent: a repeated merge after a failure here only sets the mark.
        await organisations.MarkMergedAsync(merged.Id, survivor.Id, cancellationToken);
        var detail = string.Create(CultureInfo.InvariantCulture, $"merged {merged.Id} into {survivor.Id}: projects {projectsMoved}, interactions {interactionsMoved}, contacts {contactsMoved}");
        await audit.RecordAsync(new AuditRecord(AuditAction.Update, "OrganisationMerge", survivor.Id.ToString(), AuditOutcome.Success, Before: merged.Id.ToString(), After: survivor.Id.ToString(), Detail: detail), cancellationToken);

        // Two units' projects may share an investor only now that its two records are one.
        await claims.DetectManyAsync([.. projects.Select(p => p.Id)], cancellationToken);
        return new MergeResult(survivor.Id, merged.Id, projectsMoved, interactionsMoved, contactsMoved);
    }
}
