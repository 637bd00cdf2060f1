using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Text;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;
using Tianzhong.Modules.Registry.Resources;

namespace Tianzhong.Modules.Registry.Features.Organisations;

/// <summary>Organisations for other modules: lookup, search, registration without duplicates, profile and merge marks.</summary>
public sealed class OrganisationDirectory(RegistryDb db, IStringLocalizer<RegistryText> text) : IOrganisationDirectory
{
    public const int MaxNameLength = 128;

    public async Task<OrganisationSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await Summaries(db.Organisations.Where(o => o.Id == id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<OrganisationSummary>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        return await Summaries(db.Organisations.Where(o => ids.Contains(o.Id))).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OrganisationSummary>> SearchAsync(string term, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(term);
        var trimmed = term.Trim();
        var live = db.Organisations.Where(o => o.MergedIntoId == null);
        if (trimmed.Length > 0)
        {
            var code = trimmed.ToUpperInvariant();
            live = live.Where(o => o.Name.Contains(trimmed) || o.CreditCode == code);
        }

        return await Summaries(live.OrderBy(o => o.Name.Length).ThenBy(o => o.Order).ThenBy(o => o.Id).Take(Math.Clamp(take, 1, 100)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrganisationSummaryPage> SearchPageAsync(string? term, OrganisationTraits traits, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var live = db.Organisations.Where(o => o.MergedIntoId == null);
        var trimmed = term?.Trim() ?? string.Empty;
        if (trimmed.Length > 0)
        {
            var code = trimmed.ToUpperInvariant();
            live = live.Where(o => o.Name.Contains(trimmed) || o.CreditCode == code);
        }

        if (traits != OrganisationTraits.None)
        {
            live = live.Where(o => (o.Traits & traits) == traits);
        }

        var size = Math.Clamp(pageSize, 1, 200);
        var skip = (Math.Max(page, 1) - 1) * size;
        var total = await live.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await Summaries(live.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(skip).Take(size)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new OrganisationSummaryPage(items, total);
    }

    public async Task<OrganisationSummary?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        var code = creditCode.Trim().ToUpperInvariant();
        return await Summaries(db.Organisations.Where(o => o.CreditCode == code)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OrganisationSummary>> FindSimilarAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = NameNormaliser.Normalise(name);
        if (normalised.Length == 0)
        {
            return [];
        }

        // Equal normalised names use the index; containment needs at least four characters to mean anything.
        var candidates = normalised.Length >= 4
            ? db.Organisations.Where(o => o.MergedIntoId == null && (o.NormalisedName == normalised || o.NormalisedName.Contains(normalised) || (o.NormalisedName.Length >= 4 && normalised.Contains(o.NormalisedName))))
            : db.Organisations.Where(o => o.MergedIntoId == null && o.NormalisedName == normalised);
        return await Summaries(candidates.OrderBy(o => o.Order).ThenBy(o => o.Id).Take(10)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrganisationSummary> RegisterAsync(NewOrganisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var errors = new Dictionary<string, string[]>();
        var name = organisation.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors["name"] = [text["Organisation.NameRequired"]];
        }
        else if (name.Length > MaxNameLength)
        {
            errors["name"] = [text["Organisation.NameTooLong", MaxNameLength]];
        }

        var region = string.IsNullOrWhiteSpace(organisation.Region) ? null : organisation.Region.Trim();
        if (region?.Length > 16)
        {
            errors["region"] = [text["Organisation.RegionTooLong", 16]];
        }

        UnifiedSocialCreditCode? code = null;
        if (!string.IsNullOrWhiteSpace(organisation.CreditCode))
        {
            if (UnifiedSocialCreditCode.TryParse(organisation.CreditCode, out var parsed))
            {
                code = parsed;
            }
            else
            {
                errors["creditCode"] = [text[$"CreditCode.{UnifiedSocialCreditCode.Check(organisation.CreditCode)}"]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (code is not null && await db.Organisations.AnyAsync(o => o.CreditCode == code.Value, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainRuleException("CreditCodeUnique", text["CreditCode.Duplicate", code.Value]);
        }

        if (!organisation.AcknowledgeSimilar)
        {
            var similar = await FindSimilarAsync(name, cancellationToken).ConfigureAwait(false);
            if (similar.Count > 0)
            {
                throw new DomainRuleException("SimilarName", text["Organisation.SimilarName", string.Join(text["ListSeparator"], similar.Select(s => s.Name))]);
            }
        }

        var created = Organisation.Register(name, OrganisationKind.Enterprise, region, organisation.IsForeign, code, organisation.Traits);
        db.Organisations.Add(created);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Summary(created);
    }

    public async Task<OrganisationSummary> DescribeAsync(Guid id, OrganisationTraits traits, string? region, bool isForeign, int version, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(text["Organisation.NotFound"]);
        var trimmed = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        if (trimmed?.Length > 16)
        {
            throw ValidationFailedException.For("region", text["Organisation.RegionTooLong", 16]);
        }

        if (organisation.Version != version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        organisation.DescribeProfile(traits, trimmed, isForeign);
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return Summary(organisation);
    }

    public async Task MarkMergedAsync(Guid mergedId, Guid survivorId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var pair = await db.Organisations.Where(o => o.Id == mergedId || o.Id == survivorId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var merged = pair.FirstOrDefault(o => o.Id == mergedId) ?? throw new NotFoundException(text["Organisation.NotFound"]);
        var survivor = pair.FirstOrDefault(o => o.Id == survivorId) ?? throw new NotFoundException(text["Organisation.NotFound"]);
        if (merged.MergedIntoId == survivorId)
        {
            return;
        }

        if (survivor.MergedIntoId is not null || merged.MergedIntoId is not null || mergedId == survivorId)
        {
            throw new DomainRuleException("MergeIntoLive", text["Organisation.MergeTargetNotLive"]);
        }

        // Both rows change version, so two opposite merges racing each other cannot both be saved.
        merged.MergeInto(survivorId);
        survivor.AbsorbMerge();
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken).ConfigureAwait(false);
    }

    private static OrganisationSummary Summary(Organisation o) => new(o.Id, o.Name, o.CreditCode, o.Region, o.IsForeign, o.Traits, o.Listings.Count > 0, o.MergedIntoId, o.Version);

    private static IQueryable<OrganisationSummary> Summaries(IQueryable<Organisation> organisations) =>
        organisations.AsNoTracking().Select(o => new OrganisationSummary(o.Id, o.Name, o.CreditCode, o.Region, o.IsForeign, o.Traits, o.Listings.Any(), o.MergedIntoId, o.Version));
}
