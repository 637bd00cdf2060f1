using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Domain.Matching;

/// <summary>The six visible parts of a precision-matching score (plan A part 4(4)).</summary>
public enum MatchComponent
{
    GapFit,
    PlanListing,
    Region,
    Flags,
    Interactions,
    Presence,
}

/// <summary>Why a part has its value; each code has one plain-language line in the resources.</summary>
public enum MatchReason
{
    GapAttached,
    GapListedSubSector,
    GapNone,
    Listed,
    NotListed,
    NoBox,
    RegionCovered,
    RegionNotCovered,
    RegionUnknown,
    PlanNamesNoRegions,
    FlagsSome,
    FlagsNone,
    InteractionsSome,
    InteractionsNone,
    PresenceInvestor,
    PresenceLocal,
    PresenceNone,
}

/// <summary>How an organisation is already present in the city.</summary>
public enum PresenceKind
{
    None,

    /// <summary>An investor of a signed, started or producing project.</summary>
    Investor,

    /// <summary>Attached to a link as a local enterprise.</summary>
    LocalEnterprise,
}

/// <summary>The facts a reason line renders; only those of its part are set.</summary>
public sealed record ReasonFacts(
    string? LinkName = null,
    GapStatus? Gap = null,
    int? Box = null,
    string? DirectionName = null,
    string? SubSector = null,
    string? Region = null,
    string? PlanRegion = null,
    IReadOnlyList<string>? Flags = null,
    int? InteractionCount = null,
    DateOnly? LastInteractionOn = null,
    int? DaysSince = null);

/// <summary>One part of a score: value in [0, 1], points = weight × value.</summary>
public sealed record ScorePart(MatchComponent Component, decimal Value, decimal Weight, decimal Points, MatchReason Reason, ReasonFacts Facts);

/// <summary>An organisation's score for one scope: total = Σ points / Σ weights × 100, one decimal.</summary>
public sealed record MatchScore(Guid OrganisationId, decimal Total, IReadOnlyList<ScorePart> Parts)
{
    public ScorePart Part(MatchComponent component) => Parts.First(p => p.Component == component);
}

/// <summary>A link in the scope with its gap status.</summary>
public sealed record ScopeLink(Guid Id, string Name, GapStatus Status);

/// <summary>What is the same for every organisation scored in one scope.</summary>
/// <param name="DirectionCode">The chain's direction.</param>
/// <param name="DirectionName">Its name, for the reasons.</param>
/// <param name="Box">The box listing its targets, if any.</param>
/// <param name="PlanRegions">The plan's regions to approach for it (may be empty).</param>
/// <param name="Regions">The region table.</param>
/// <param name="Links">The links in scope (all of the chain's, or one).</param>
/// <param name="Weights">The city's weights.</param>
/// <param name="Today">Today in China.</param>
public sealed record MatchContext(string DirectionCode, string DirectionName, int? Box, IReadOnlyList<string> PlanRegions, RegionTable Regions, IReadOnlyList<ScopeLink> Links, MatchWeights Weights, DateOnly Today);

/// <summary>What is known about one organisation.</summary>
/// <param name="Id">The organisation.</param>
/// <param name="Region">Headquarters region as recorded.</param>
/// <param name="IsForeign">Headquartered abroad.</param>
/// <param name="Traits">Its flags.</param>
/// <param name="Listings">Its listings in the plan's boxes.</param>
/// <param name="TargetLinkIds">Links of this chain it is attached to as a target enterprise.</param>
/// <param name="InteractionCount">Interactions recorded with it.</param>
/// <param name="LastInteractionOn">The latest one's day.</param>
/// <param name="Presence">Its presence in the city.</param>
public sealed record MatchCandidate(Guid Id, string? Region, bool IsForeign, OrganisationTraits Traits, IReadOnlyList<ListingFact> Listings, IReadOnlyCollection<Guid> TargetLinkIds, int InteractionCount, DateOnly? LastInteractionOn, PresenceKind Presence);

/// <summary>
/// Scores an organisation for a chain or a link (精准招商): gap fit, plan listing, region, flags, interactions and
/// presence, each in [0, 1] with a reason, weighted by the city's weights.
/// </summary>
public static class MatchScorer
{
    /// <summary>Interactions counted up to this many.</summary>
    public const int InteractionCap = 5;

    /// <summary>An interaction this recent (days) counts fully; within <see cref="LaterDays"/> half.</summary>
    public const int RecentDays = 90;

    public const int LaterDays = 365;

    private static readonly OrganisationTraits[] Flag500 = [OrganisationTraits.Global500, OrganisationTraits.China500, OrganisationTraits.Private500];

    public static decimal GapFactor(GapStatus status) => status switch
    {
        GapStatus.Missing => 1m,
        GapStatus.Weak => 0.5m,
        _ => 0m,
    };

    public static MatchScore Score(MatchContext context, MatchCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidate);
        var w = context.Weights;
        ScorePart[] parts =
        [
            Part(MatchComponent.GapFit, w.GapFit, GapFit(context, candidate)),
            Part(MatchComponent.PlanListing, w.PlanListing, PlanListing(context, candidate)),
            Part(MatchComponent.Region, w.Region, Region(context, candidate)),
            Part(MatchComponent.Flags, w.Flags, Flags(candidate)),
            Part(MatchComponent.Interactions, w.Interactions, Interactions(context, candidate)),
            Part(MatchComponent.Presence, w.Presence, Presence(candidate)),
        ];
        var weights = w.Total;
        var total = weights <= 0 ? 0m : Math.Round(parts.Sum(p => p.Weight * p.Value) / weights * 100m, 1, MidpointRounding.AwayFromZero);
        return new MatchScore(candidate.Id, total, [.. parts.Select(p => p with { Value = Math.Round(p.Value, 4, MidpointRounding.AwayFromZero) })]);
    }

    private static ScorePart Part(MatchComponent component, decimal weight, (decimal Value, MatchReason Reason, ReasonFacts Facts) part) =>
        new(component, part.Value, weight, Math.Round(weight * part.Value, 2, MidpointRounding.AwayFromZero), part.Reason, part.Facts);

    private static (decimal, MatchReason, ReasonFacts) GapFit(MatchContext context, MatchCandidate candidate)
    {
        // Attached as a target to links in scope: the best gap among them.
        var attached = context.Links.Where(l => candidate.TargetLinkIds.Contains(l.Id)).OrderByDescending(l => GapFactor(l.Status)).ThenBy(l => l.Name, StringComparer.Ordinal).FirstOrDefault();
        if (attached is not null)
        {
            return (GapFactor(attached.Status), MatchReason.GapAttached, new ReasonFacts(LinkName: attached.Name, Gap: attached.Status));
        }

        // Otherwise its plan listing names a sub-sector that is a link in scope.
        var listed = candidate.Listings.Where(l => l.DirectionCode == context.DirectionCode && l.SubSector is not null)
            .SelectMany(l => context.Links.Where(link => string.Equals(link.Name, l.SubSector, StringComparison.Ordinal)))
            .OrderByDescending(l => GapFactor(l.Status)).ThenBy(l => l.Name, StringComparer.Ordinal).FirstOrDefault();
        if (listed is not null)
        {
            return (GapFactor(listed.Status), MatchReason.GapListedSubSector, new ReasonFacts(LinkName: listed.Name, Gap: listed.Status, SubSector: listed.Name));
        }

        return (0m, MatchReason.GapNone, new ReasonFacts());
    }

    private static (decimal, MatchReason, ReasonFacts) PlanListing(MatchContext context, MatchCandidate candidate)
    {
        if (context.Box is not { } box)
        {
            return (0m, MatchReason.NoBox, new ReasonFacts(DirectionName: context.DirectionName));
        }

        var listed = candidate.Listings.Any(l => l.Box == box && l.DirectionCode == context.DirectionCode);
        return (listed ? 1m : 0m, listed ? MatchReason.Listed : MatchReason.NotListed, new ReasonFacts(Box: box, DirectionName: context.DirectionName));
    }

    private static (decimal, MatchReason, ReasonFacts) Region(MatchContext context, MatchCandidate candidate)
    {
        if (context.PlanRegions.Count == 0)
        {
            return (0m, MatchReason.PlanNamesNoRegions, new ReasonFacts(DirectionName: context.DirectionName));
        }

        if (string.IsNullOrWhiteSpace(candidate.Region) && !candidate.IsForeign)
        {
            return (0m, MatchReason.RegionUnknown, new ReasonFacts());
        }

        var covering = context.Regions.FirstCovering(context.PlanRegions, candidate.Region, candidate.IsForeign);
        return covering is null
            ? (0m, MatchReason.RegionNotCovered, new ReasonFacts(Region: candidate.Region, DirectionName: context.DirectionName))
            : (1m, MatchReason.RegionCovered, new ReasonFacts(Region: candidate.Region, PlanRegion: covering, DirectionName: context.DirectionName));
    }

    private static (decimal, MatchReason, ReasonFacts) Flags(MatchCandidate candidate)
    {
        var flags = new List<string>();
        flags.AddRange(Flag500.Where(f => candidate.Traits.HasFlag(f)).Select(f => f.ToString()));
        var count = flags.Count > 0 ? 1 : 0;
        foreach (var flag in new[] { OrganisationTraits.Listed, OrganisationTraits.IndustryLeader })
        {
            if (candidate.Traits.HasFlag(flag))
            {
                flags.Add(flag.ToString());
                count++;
            }
        }

        return (count / 3m, count > 0 ? MatchReason.FlagsSome : MatchReason.FlagsNone, new ReasonFacts(Flags: flags));
    }

    private static (decimal, MatchReason, ReasonFacts) Interactions(MatchContext context, MatchCandidate candidate)
    {
        if (candidate.InteractionCount <= 0 || candidate.LastInteractionOn is not { } last)
        {
            return (0m, MatchReason.InteractionsNone, new ReasonFacts(InteractionCount: 0));
        }

        var days = Math.Max(0, context.Today.DayNumber - last.DayNumber);
        var recency = days <= RecentDays ? 1m : days <= LaterDays ? 0.5m : 0m;
        var value = (0.5m * Math.Min(candidate.InteractionCount, InteractionCap) / InteractionCap) + (0.5m * recency);
        return (value, MatchReason.InteractionsSome, new ReasonFacts(InteractionCount: candidate.InteractionCount, LastInteractionOn: last, DaysSince: days));
    }

    private static (decimal, MatchReason, ReasonFacts) Presence(MatchCandidate candidate) => candidate.Presence switch
    {
        PresenceKind.Investor => (1m, MatchReason.PresenceInvestor, new ReasonFacts()),
        PresenceKind.LocalEnterprise => (1m, MatchReason.PresenceLocal, new ReasonFacts()),
        _ => (0m, MatchReason.PresenceNone, new ReasonFacts()),
    };
}
