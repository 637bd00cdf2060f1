using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

public sealed record ContactRequest(string? Name, string? Title, string? Phone, string? Email);

// Version: The version the caller read; a stale one gets 409.
public sealed record ReviseContactRequest(string? Name, string? Title, string? Phone, string? Email, int Version);

/// <summary>Contacts (客商) of an organisation. Lists are masked; reading one in full is audited as personal data viewed.</summary>
public sealed class ContactBook(InvestmentDb db, IOrganisationDirectory organisations, IAuditTrail audit, IStringLocalizer<InvestorsText> text)
{
    public async Task<IReadOnlyList<ContactView>> ListAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        _ = await organisations.FindAsync(organisationId, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. contacts.Select(ContactView.Masked)];
    }

    /// <summary>One contact with the full phone and e-mail, for unit writers who need to call; the read is audited.</summary>
    public async Task<ContactView> GetFullAsync(Guid id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(text["ContactNotFound"]);
        await audit.RecordAsync(new AuditRecord(AuditAction.Export, nameof(Contact), contact.Id.ToString(), AuditOutcome.Success, Detail: "personal data viewed: phone, email"), cancellationToken);
        return ContactView.Full(contact);
    }

    public async Task<ContactView> AddAsync(Guid organisationId, ContactRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request.Name, request.Title, request.Phone, request.Email);
        var organisation = await organisations.FindAsync(organisationId, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);
        if (organisation.MergedIntoId is not null)
        {
            throw new DomainRuleException("OrganisationMerged", text["OrganisationMerged", organisation.Name]);
        }

        var contact = Contact.Add(organisationId, request.Name!, request.Title, Compact(request.Phone), request.Email);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return ContactView.Masked(contact);
    }

    public async Task<ContactView> ReviseAsync(Guid id, ReviseContactRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(text["ContactNotFound"]);
        Validate(request.Name, request.Title, request.Phone, request.Email);
        if (contact.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        contact.Revise(request.Name!, request.Title, Compact(request.Phone), request.Email);
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);

        return ContactView.Masked(contact);
    }

    private static string? Compact(string? phone) => phone?.Replace(" ", string.Empty, StringComparison.Ordinal);

    private void Validate(string? name, string? title, string? phone, string? email)
    {
        var problems = ContactRules.Check(name, title, phone, email);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => text[$"ContactProblem.{p.Problem}", ContactRules.MaxNameLength].Value).ToArray()));
        }
    }
}
