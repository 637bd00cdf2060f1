using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Domain.Matching;
using Tianzhong.Modules.Chains.Features.Gaps;
using Tianzhong.Modules.Chains.Resources;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Features.Matching;

/// <param name="LinkId">Score for this link of the chain only.</param>
/// <param name="UnitCode">The unit the viewer works for; the page says whether the chain's direction is hosted there.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page (at most 200).</param>
/// <param name="ListedOnly">Only organisations listed in the direction's box.</param>
/// <param name="MinScore">Only totals at or above this.</param>
/// <param name="Traits">Only organisations with every one of these flags.</param>
/// <param name="Search">Only names containing this.</param>
public sealed record RecommendationQuery(Guid? LinkId = null, string? UnitCode = null, int? Page = null, int? PageSize = null, bool? ListedOnly = null, decimal? MinScore = null, OrganisationTraits? Traits = null, string? Search = null);

public sealed record ReasonLine(MatchComponent Component, decimal Value, decimal Weight, decimal Points, MatchReason Reason, ReasonFacts Facts, string Text);

// ChainCode/ChainName: the chain the score is for (in the unit scope, the organisation's best chain).
public sealed record Recommendation(int Rank, Guid OrganisationId, string Name, string? Region, bool IsForeign, OrganisationTraits Traits, bool IsPlanListed, decimal Score, string ChainCode, string ChainName, IReadOnlyList<ReasonLine> Reasons);

public sealed record ChainChoice(string Code, string Name);

public sealed record LinkChoice(Guid Id, string Name, GapStatus Status);

// Scope: Chain, Link or Unit. Scored: organisations scored; Total: those passing the filters.
public sealed record RecommendationPage(string Scope, string? ChainCode, string? ChainName, Guid? LinkId, string? LinkName, string? UnitCode, bool? UnitHostsChain, IReadOnlyList<ChainChoice> Chains, IReadOnlyList<LinkChoice> Links, MatchWeights Weights, int Scored, int Total, int Page, int PageSize, IReadOnlyList<Recommendation> Items);

/// <summary>
/// Ranks every live organisation for a chain, a link or a unit (精准招商). The algorithm needs every organisation, so
/// the inputs are slim set-based projections (organisation facts, interaction tallies grouped in the database,
/// attachments of the chain); the scores are sorted by total then name and paged in memory.
/// </summary>
public sealed class Recommendations(
    ChainsDb db,
    LinkGaps gaps,
    IOrganisationFacts organisationFacts,
    IDirectionProfiles directions,
    IInvestorActivity activity,
    IUnitDirectory units,
    RegionTable regions,
    TimeProvider timeProvider,
    IStringLocalizer<MatchingText> text)
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<ChainChoice>> ListChainsAsync(CancellationToken cancellationToken) =>
        await db.Chains.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Code).Select(c => new ChainChoice(c.Code, c.Name)).ToListAsync(cancellationToken);

    public async Task<MatchWeights> WeightsAsync(CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Where(s => s.Id == ChainSettings.SingletonId).Select(s => s.Weights).FirstOrDefaultAsync(cancellationToken) ?? MatchWeights.Default;

    public async Task<RecommendationPage> ForChainAsync(string code, RecommendationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var chain = await db.Chains.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new NotFoundException(text["ChainNotFound", code]);
        bool? hosts = null;
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            _ = await units.FindUnitAsync(query.UnitCode, cancellationToken) ?? throw new NotFoundException(text["UnitNotFound", query.UnitCode]);
            hosts = (await directions.HostedByAsync(query.UnitCode, cancellationToken)).Any(d => d.Code == chain.Code);
        }

        var inputs = await InputsAsync(cancellationToken);
        var scored = await ScoreChainAsync(chain, query.LinkId, inputs, cancellationToken);
        var link = query.LinkId is { } linkId ? scored.Links.First(l => l.Id == linkId) : null;
        var rows = scored.Scores.Select(s => new Scored(s.Candidate, s.Score, scored.Chain, scored.Context)).ToList();
        return Page(query, link is null ? "Chain" : "Link", chain.Code, chain.Name, link, query.UnitCode, hosts, [new ChainChoice(chain.Code, chain.Name)], scored.Links, inputs.Weights, rows);
    }

    public async Task<RecommendationPage> ForUnitAsync(string unitCode, RecommendationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        _ = await units.FindUnitAsync(unitCode, cancellationToken) ?? throw new NotFoundException(text["UnitNotFound", unitCode]);
        var hosted = (await directions.HostedByAsync(unitCode, cancellationToken)).Select(d => d.Code).ToList();
        var chains = await db.Chains.AsNoTracking().Where(c => hosted.Contains(c.Code)).ToListAsync(cancellationToken);
        chains = [.. chains.OrderBy(c => hosted.IndexOf(c.Code))];
        var inputs = await InputsAsync(cancellationToken);

        // The unit's score of an organisation is its best chain's score (the first chain in plan order on a tie).
        var best = new Dictionary<Guid, Scored>();
        foreach (var chain in chains)
        {
            var scored = await ScoreChainAsync(chain, null, inputs, cancellationToken);
            foreach (var (candidate, score) in scored.Scores)
            {
                if (!best.TryGetValue(candidate.Id, out var current) || score.Total > current.Score.Total)
                {
                    best[candidate.Id] = new Scored(candidate, score, scored.Chain, scored.Context);
                }
            }
        }

        return Page(query, "Unit", null, null, null, unitCode, null, [.. chains.Select(c => new ChainChoice(c.Code, c.Name))], [], inputs.Weights, [.. best.Values]);
    }

    private RecommendationPage Page(RecommendationQuery query, string scope, string? chainCode, string? chainName, LinkChoice? link, string? unitCode, bool? hosts, IReadOnlyList<ChainChoice> chains, IReadOnlyList<LinkChoice> links, MatchWeights weights, List<Scored> rows)
    {
        var page = Math.Max(1, query.Page ?? 1);
        var size = Math.Clamp(query.PageSize ?? 50, 1, MaxPageSize);
        var search = query.Search?.Trim();
        var traits = query.Traits ?? OrganisationTraits.None;
        var filtered = rows.Where(r =>
                (query.ListedOnly != true || r.Score.Part(MatchComponent.PlanListing).Value > 0)
                && (query.MinScore is not { } min || r.Score.Total >= min)
                && (traits == OrganisationTraits.None || (r.Candidate.Facts.Traits & traits) == traits)
                && (string.IsNullOrEmpty(search) || r.Candidate.Facts.Name.Contains(search, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(r => r.Score.Total).ThenBy(r => r.Candidate.Facts.Name, StringComparer.Ordinal).ThenBy(r => r.Candidate.Id)
            .ToList();
        var items = filtered.Skip((page - 1) * size).Take(size)
            .Select((r, i) => new Recommendation(
                ((page - 1) * size) + i + 1,
                r.Candidate.Id,
                r.Candidate.Facts.Name,
                r.Candidate.Facts.Region,
                r.Candidate.Facts.IsForeign,
                r.Candidate.Facts.Traits,
                r.Score.Part(MatchComponent.PlanListing).Value > 0,
                r.Score.Total,
                r.Chain.Code,
                r.Chain.Name,
                [.. r.Score.Parts.Select(p => new ReasonLine(p.Component, p.Value, p.Weight, p.Points, p.Reason, p.Facts, ReasonText.Render(text, p)))]))
            .ToList();
        return new RecommendationPage(scope, chainCode, chainName, link?.Id, link?.Name, unitCode, hosts, chains, links, weights, rows.Count, filtered.Count, page, size, items);
    }

    private async Task<ScoredChain> ScoreChainAsync(IndustryChain chain, Guid? linkId, Inputs inputs, CancellationToken cancellationToken)
    {
        var linkGaps = await gaps.ForChainAsync(chain.Id, cancellationToken);
        var links = linkGaps.OrderBy(l => l.Segment).ThenBy(l => l.Order).Select(l => new LinkChoice(l.LinkId, l.Name, l.Status)).ToList();
        if (linkId is { } id && links.All(l => l.Id != id))
        {
            throw new NotFoundException(text["LinkNotFound"]);
        }

        var targets = (await db.Attachments.AsNoTracking()
                .Where(a => a.ChainId == chain.Id && a.Kind == AttachmentKind.TargetEnterprise && a.OrganisationId != null)
                .Select(a => new { OrganisationId = a.OrganisationId!.Value, a.LinkId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.OrganisationId, a => a.LinkId);
        var profile = await directions.FindAsync(chain.Code, cancellationToken);
        var scope = links.Where(l => linkId is null || l.Id == linkId).Select(l => new ScopeLink(l.Id, l.Name, l.Status)).ToList();
        var context = new MatchContext(chain.Code, profile?.Name ?? chain.Name, profile?.Box, profile?.Regions ?? [], regions, scope, inputs.Weights, inputs.Today);
        var scores = inputs.Candidates
            .Select(c =>
            {
                var match = targets.Contains(c.Id) ? c.Match with { TargetLinkIds = [.. targets[c.Id]] } : c.Match;
                return (c, MatchScorer.Score(context, match));
            })
            .ToList();
        return new ScoredChain(new ChainChoice(chain.Code, chain.Name), context, links, scores);
    }

    private async Task<Inputs> InputsAsync(CancellationToken cancellationToken)
    {
        var weights = await WeightsAsync(cancellationToken);
        var facts = await organisationFacts.ListLiveAsync(cancellationToken);
        var investors = await activity.GetAsync(cancellationToken);
        var locals = (await db.Attachments.AsNoTracking()
                .Where(a => a.Kind == AttachmentKind.LocalEnterprise && a.OrganisationId != null)
                .Select(a => a.OrganisationId!.Value)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var candidates = facts.Select(f =>
        {
            var tally = investors.Interactions.GetValueOrDefault(f.Id);
            var presence = investors.SignedInvestors.Contains(f.Id) ? PresenceKind.Investor : locals.Contains(f.Id) ? PresenceKind.LocalEnterprise : PresenceKind.None;
            return new Candidate(f, new MatchCandidate(f.Id, f.Region, f.IsForeign, f.Traits, f.Listings, [], tally?.Count ?? 0, tally?.LastOn, presence));
        }).ToList();
        return new Inputs(weights, ChinaTime.Today(timeProvider), candidates);
    }

    private sealed record Candidate(OrganisationFacts Facts, MatchCandidate Match)
    {
        public Guid Id => Facts.Id;
    }

    private sealed record Inputs(MatchWeights Weights, DateOnly Today, IReadOnlyList<Candidate> Candidates);

    private sealed record ScoredChain(ChainChoice Chain, MatchContext Context, IReadOnlyList<LinkChoice> Links, IReadOnlyList<(Candidate Candidate, MatchScore Score)> Scores);

    private sealed record Scored(Candidate Candidate, MatchScore Score, ChainChoice Chain, MatchContext Context);
}
