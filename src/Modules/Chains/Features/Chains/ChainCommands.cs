using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Features.Chains;

/// <summary>The chain's name, 链长 and 产业联盟会长.</summary>
/// <param name="Name">Required, at most 64 characters.</param>
/// <param name="ChainLeader">链长 as written (name and post), at most 64 characters; empty to clear.</param>
/// <param name="AllianceHead">产业联盟会长 as written, at most 128 characters; empty to clear.</param>
/// <param name="Version">The chain's version read.</param>
public sealed record EditChainRequest(string? Name, string? ChainLeader, string? AllianceHead, int Version);

/// <summary>The chain's 链主 enterprises, sent whole.</summary>
/// <param name="OrganisationIds">Organisations of the investor resources; none to clear.</param>
/// <param name="Version">The chain's version read.</param>
public sealed record SetMastersRequest(IReadOnlyList<Guid>? OrganisationIds, int Version);

/// <summary>A new link.</summary>
/// <param name="ParentId">The link upstream it hangs from; null for a first link.</param>
/// <param name="Name">Required, at most 64 characters, unique in the chain.</param>
/// <param name="Segment">Upstream, Midstream or Downstream.</param>
/// <param name="Note">Optional, at most 500 characters.</param>
public sealed record AddLinkRequest(Guid? ParentId, string? Name, ChainSegment? Segment, string? Note);

/// <summary>A link's name, segment and note.</summary>
/// <param name="Name">Required, at most 64 characters, unique in the chain.</param>
/// <param name="Segment">Upstream, Midstream or Downstream.</param>
/// <param name="Note">Optional, at most 500 characters.</param>
/// <param name="Version">The link's version read.</param>
public sealed record EditLinkRequest(string? Name, ChainSegment? Segment, string? Note, int Version);

/// <summary>Moves a link under another parent.</summary>
/// <param name="ParentId">The new parent, or null to make it a first link.</param>
/// <param name="Version">The link's version read.</param>
public sealed record MoveLinkRequest(Guid? ParentId, int Version);

/// <summary>The city edits chains and their links. A link never hangs under itself, another chain or its own descendants.</summary>
public sealed class ChainCommands(ChainsDb db, ChainQueries queries, IOrganisationDirectory organisations, IStringLocalizer<ChainsText> text)
{
    public async Task<ChainView> EditChainAsync(string code, EditChainRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = [text["Required"]];
        }
        else if (name.Length > 64)
        {
            errors["name"] = [text["TooLong", 64]];
        }

        var leader = Optional(request.ChainLeader, "chainLeader", 64, errors);
        var head = Optional(request.AllianceHead, "allianceHead", 128, errors);
        Throw(errors);

        var chain = await ChainAsync(code, cancellationToken);
        CheckVersion(chain.Version, request.Version, "ChainConflict");
        chain.Describe(name!, leader, head);
        await db.SaveOrConflictAsync(text["ChainConflict"], cancellationToken);
        return await queries.GetAsync(code, cancellationToken);
    }

    public async Task<ChainView> SetMastersAsync(string code, SetMastersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = (request.OrganisationIds ?? []).Distinct().ToList();
        var found = ids.Count == 0 ? [] : await organisations.FindManyAsync(ids, cancellationToken);
        if (ids.Any(id => found.All(o => o.Id != id)))
        {
            throw ValidationFailedException.For("organisationIds", text["OrganisationNotFound"]);
        }

        var chain = await db.Chains.Include(c => c.Masters).SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new NotFoundException(text["ChainNotFound"]);
        CheckVersion(chain.Version, request.Version, "ChainConflict");
        chain.SetMasters(ids.Select(id => found.First(o => o.Id == id)).Select(o => (o.Id, o.Name)));
        await db.SaveOrConflictAsync(text["ChainConflict"], cancellationToken);
        return await queries.GetAsync(code, cancellationToken);
    }

    public async Task<ChainLinkView> AddLinkAsync(string code, AddLinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chain = await ChainAsync(code, cancellationToken);
        var links = await TreeAsync(chain.Id, request.ParentId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var name = await CheckNameAsync(chain.Id, null, request.Name, errors, cancellationToken);
        var note = Optional(request.Note, "note", 500, errors);
        if (request.Segment is null)
        {
            errors["segment"] = [text["Required"]];
        }

        CheckParent(null, chain.Id, request.ParentId, links, errors);
        Throw(errors);

        var order = await db.Links.Where(l => l.ChainId == chain.Id && l.ParentId == request.ParentId).MaxAsync(l => (int?)l.Order, cancellationToken) ?? 0;
        var link = ChainLink.Create(chain.Id, request.ParentId, name!, request.Segment!.Value, order + 1, note);
        db.Links.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return (await queries.LinkViewsAsync(chain.Id, cancellationToken)).Single(l => l.Id == link.Id);
    }

    public async Task<ChainLinkView> EditLinkAsync(Guid linkId, EditLinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var link = await LinkAsync(linkId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var name = await CheckNameAsync(link.ChainId, link.Id, request.Name, errors, cancellationToken);
        var note = Optional(request.Note, "note", 500, errors);
        if (request.Segment is null)
        {
            errors["segment"] = [text["Required"]];
        }

        Throw(errors);
        CheckVersion(link.Version, request.Version, "LinkConflict");
        link.Describe(name!, request.Segment!.Value, link.Order, note);
        await db.SaveOrConflictAsync(text["LinkConflict"], cancellationToken);
        return (await queries.LinkViewsAsync(link.ChainId, cancellationToken)).Single(l => l.Id == link.Id);
    }

    /// <summary>Moves a link; itself, another chain's link, an unknown link or one of its descendants as parent is 400 on <c>parentId</c>, nothing changed.</summary>
    public async Task<ChainLinkView> MoveLinkAsync(Guid linkId, MoveLinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var link = await LinkAsync(linkId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        CheckParent(link.Id, link.ChainId, request.ParentId, await TreeAsync(link.ChainId, request.ParentId, cancellationToken), errors);
        Throw(errors);
        CheckVersion(link.Version, request.Version, "LinkConflict");
        if (link.ParentId != request.ParentId)
        {
            var order = await db.Links.Where(l => l.ChainId == link.ChainId && l.ParentId == request.ParentId).MaxAsync(l => (int?)l.Order, cancellationToken) ?? 0;
            link.MoveUnder(request.ParentId);
            link.Describe(link.Name, link.Segment, order + 1, link.Note);
        }

        await db.SaveOrConflictAsync(text["LinkConflict"], cancellationToken);
        return (await queries.LinkViewsAsync(link.ChainId, cancellationToken)).Single(l => l.Id == link.Id);
    }

    /// <summary>Deletes a link with nothing hanging from it and nothing attached; otherwise 409 saying why.</summary>
    public async Task DeleteLinkAsync(Guid linkId, int version, CancellationToken cancellationToken)
    {
        var link = await LinkAsync(linkId, cancellationToken);
        CheckVersion(link.Version, version, "LinkConflict");
        if (await db.Links.AnyAsync(l => l.ParentId == linkId, cancellationToken))
        {
            throw new DomainRuleException("LinkHasChildren", text["LinkHasChildren", link.Name]);
        }

        if (await db.Attachments.AnyAsync(a => a.LinkId == linkId, cancellationToken))
        {
            throw new DomainRuleException("LinkHasAttachments", text["LinkHasAttachments", link.Name]);
        }

        db.Links.Remove(link);
        await db.SaveOrConflictAsync(text["LinkConflict"], cancellationToken);
    }

    private async Task<IndustryChain> ChainAsync(string code, CancellationToken cancellationToken) =>
        await db.Chains.SingleOrDefaultAsync(c => c.Code == code, cancellationToken) ?? throw new NotFoundException(text["ChainNotFound"]);

    private async Task<ChainLink> LinkAsync(Guid linkId, CancellationToken cancellationToken) =>
        await db.Links.SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken) ?? throw new NotFoundException(text["LinkNotFound"]);

    // The chain's links plus the proposed parent wherever it lives, so a parent of another chain is told apart from an unknown one.
    private async Task<IReadOnlyCollection<(Guid Id, Guid ChainId, Guid? ParentId)>> TreeAsync(Guid chainId, Guid? parentId, CancellationToken cancellationToken)
    {
        var rows = await db.Links.AsNoTracking().Where(l => l.ChainId == chainId || l.Id == parentId)
            .Select(l => new { l.Id, l.ChainId, l.ParentId }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.ChainId, r.ParentId))];
    }

    private void CheckParent(Guid? linkId, Guid chainId, Guid? parentId, IReadOnlyCollection<(Guid Id, Guid ChainId, Guid? ParentId)> links, Dictionary<string, string[]> errors)
    {
        var problem = LinkTree.CheckParent(linkId, chainId, parentId, links);
        if (problem != LinkParentProblem.None)
        {
            errors["parentId"] = [text[$"ParentProblem.{problem}"]];
        }
    }

    private async Task<string?> CheckNameAsync(Guid chainId, Guid? linkId, string? requested, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var name = requested?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = [text["Required"]];
        }
        else if (name.Length > 64)
        {
            errors["name"] = [text["TooLong", 64]];
        }
        else if (await db.Links.AnyAsync(l => l.ChainId == chainId && l.Name == name && l.Id != linkId, cancellationToken))
        {
            errors["name"] = [text["LinkNameTaken", name]];
        }

        return name;
    }

    private string? Optional(string? value, string field, int max, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (trimmed?.Length > max)
        {
            errors[field] = [text["TooLong", max]];
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private void CheckVersion(int current, int read, string conflictKey)
    {
        if (current != read)
        {
            throw new ConcurrencyConflictException(text[conflictKey]);
        }
    }

    private static void Throw(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
