using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Domain.Matching;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Xunit;

namespace Tianzhong.UnitTests.Chains;

/// <summary>Each score part with hand-computed cases, the weighting, the total and the shipped region table.</summary>
public sealed class MatchScorerTests
{
    private static readonly RegionTable Regions = RegionTableLoader.Load();
    private static readonly DateOnly Today = new(2026, 3, 31);
    private static readonly ScopeLink Missing = new(Guid.NewGuid(), "专用车制造", GapStatus.Missing);
    private static readonly ScopeLink Weak = new(Guid.NewGuid(), "汽车零部件及配件制造", GapStatus.Weak);
    private static readonly ScopeLink Strong = new(Guid.NewGuid(), "农机装备制造", GapStatus.Strong);

    private static MatchContext Context(IReadOnlyList<ScopeLink>? links = null, MatchWeights? weights = null, IReadOnlyList<string>? regions = null, int? box = 1) =>
        new("equipment", "装备制造产业", box, regions ?? ["上海", "广东", "东莞", "芜湖"], Regions, links ?? [Missing, Weak, Strong], weights ?? MatchWeights.Default, Today);

    private static MatchCandidate Candidate(
        string? region = null,
        bool foreign = false,
        OrganisationTraits traits = OrganisationTraits.None,
        IReadOnlyList<ListingFact>? listings = null,
        IReadOnlyCollection<Guid>? targets = null,
        int interactions = 0,
        DateOnly? last = null,
        PresenceKind presence = PresenceKind.None) =>
        new(Guid.NewGuid(), region, foreign, traits, listings ?? [], targets ?? [], interactions, last, presence);

    [Fact]
    public void Gap_fit_is_the_best_gap_among_the_links_it_is_attached_to()
    {
        var part = MatchScorer.Score(Context(), Candidate(targets: [Weak.Id, Strong.Id])).Part(MatchComponent.GapFit);
        Assert.Equal(0.5m, part.Value);
        Assert.Equal(15m, part.Points);
        Assert.Equal(MatchReason.GapAttached, part.Reason);
        Assert.Equal("汽车零部件及配件制造", part.Facts.LinkName);

        Assert.Equal(1m, MatchScorer.Score(Context(), Candidate(targets: [Strong.Id, Missing.Id])).Part(MatchComponent.GapFit).Value);
        Assert.Equal(0m, MatchScorer.Score(Context(), Candidate(targets: [Strong.Id])).Part(MatchComponent.GapFit).Value);
    }

    [Fact]
    public void In_a_link_scope_only_that_link_counts()
    {
        var candidate = Candidate(targets: [Missing.Id]);
        Assert.Equal(0m, MatchScorer.Score(Context(links: [Weak]), candidate).Part(MatchComponent.GapFit).Value);
        Assert.Equal(1m, MatchScorer.Score(Context(links: [Missing]), candidate).Part(MatchComponent.GapFit).Value);
    }

    [Fact]
    public void Without_attachment_a_listing_under_a_link_named_sub_sector_gives_that_links_factor()
    {
        var listed = Candidate(listings: [new ListingFact(1, "equipment", "汽车零部件及配件制造")]);
        var part = MatchScorer.Score(Context(), listed).Part(MatchComponent.GapFit);
        Assert.Equal(0.5m, part.Value);
        Assert.Equal(MatchReason.GapListedSubSector, part.Reason);

        // Another direction's listing, or a sub-sector no link is named after, gives nothing.
        Assert.Equal(0m, MatchScorer.Score(Context(), Candidate(listings: [new ListingFact(2, "food", "汽车零部件及配件制造")])).Part(MatchComponent.GapFit).Value);
        Assert.Equal(MatchReason.GapNone, MatchScorer.Score(Context(), Candidate(listings: [new ListingFact(1, "equipment", null)])).Part(MatchComponent.GapFit).Reason);
    }

    [Fact]
    public void Plan_listing_counts_the_box_of_the_chains_direction_only()
    {
        Assert.Equal(1m, MatchScorer.Score(Context(), Candidate(listings: [new ListingFact(1, "equipment", null)])).Part(MatchComponent.PlanListing).Value);
        var other = MatchScorer.Score(Context(), Candidate(listings: [new ListingFact(2, "food", null)])).Part(MatchComponent.PlanListing);
        Assert.Equal(0m, other.Value);
        Assert.Equal(MatchReason.NotListed, other.Reason);
        Assert.Equal(MatchReason.NoBox, MatchScorer.Score(Context(box: null), Candidate()).Part(MatchComponent.PlanListing).Reason);
    }

    [Theory]
    [InlineData("广东", false, 1, "广东")]
    [InlineData("广东省", false, 1, "广东")]
    [InlineData("安徽", false, 1, "芜湖")]
    [InlineData("上海市", false, 1, "上海")]
    [InlineData("河南", false, 0, null)]
    [InlineData("德国", true, 0, null)]
    public void Region_resolves_cities_and_areas_to_provinces(string region, bool foreign, int value, string? planRegion)
    {
        var part = MatchScorer.Score(Context(), Candidate(region: region, foreign: foreign)).Part(MatchComponent.Region);
        Assert.Equal(value, part.Value);
        Assert.Equal(planRegion, part.Facts.PlanRegion);
    }

    [Fact]
    public void Areas_and_the_belt_and_road_are_resolved()
    {
        Assert.Equal(1m, MatchScorer.Score(Context(regions: ["长三角"]), Candidate(region: "安徽")).Part(MatchComponent.Region).Value);
        Assert.Equal(1m, MatchScorer.Score(Context(regions: ["京津冀"]), Candidate(region: "河北")).Part(MatchComponent.Region).Value);
        Assert.Equal(0m, MatchScorer.Score(Context(regions: ["京津冀"]), Candidate(region: "山东")).Part(MatchComponent.Region).Value);
        Assert.Equal(1m, MatchScorer.Score(Context(regions: ["“一带一路”沿线国家"]), Candidate(region: "新加坡", foreign: true)).Part(MatchComponent.Region).Value);
        Assert.Equal(1m, MatchScorer.Score(Context(regions: ["德国", "以色列"]), Candidate(region: "以色列", foreign: true)).Part(MatchComponent.Region).Value);
    }

    [Fact]
    public void A_direction_without_regions_scores_zero_and_says_so()
    {
        var part = MatchScorer.Score(Context(regions: []), Candidate(region: "广东")).Part(MatchComponent.Region);
        Assert.Equal(0m, part.Value);
        Assert.Equal(MatchReason.PlanNamesNoRegions, part.Reason);
    }

    [Theory]
    [InlineData(OrganisationTraits.None, 0)]
    [InlineData(OrganisationTraits.Global500, 1)]
    [InlineData(OrganisationTraits.Global500 | OrganisationTraits.China500 | OrganisationTraits.Private500, 1)]
    [InlineData(OrganisationTraits.China500 | OrganisationTraits.Listed, 2)]
    [InlineData(OrganisationTraits.Private500 | OrganisationTraits.Listed | OrganisationTraits.IndustryLeader, 3)]
    [InlineData(OrganisationTraits.StateOwned | OrganisationTraits.Specialised, 0)]
    public void Flags_count_a_500_list_listing_and_industry_leader_in_thirds(OrganisationTraits traits, int thirds)
    {
        var part = MatchScorer.Score(Context(), Candidate(traits: traits)).Part(MatchComponent.Flags);
        Assert.Equal(Math.Round(thirds / 3m, 4), part.Value);
        Assert.Equal(Math.Round(15m * thirds / 3m, 2), part.Points);
    }

    [Theory]
    [InlineData(0, null, 0)]
    [InlineData(1, 0, 0.6)] // 0.5 x 1/5 + 0.5 x 1
    [InlineData(5, 90, 1.0)] // 0.5 x 5/5 + 0.5 x 1
    [InlineData(8, 91, 0.75)] // capped at 5; 91 days: half recency
    [InlineData(2, 365, 0.45)] // 0.5 x 2/5 + 0.5 x 0.5
    [InlineData(3, 366, 0.3)] // 0.5 x 3/5 + 0
    public void Interactions_weigh_count_up_to_five_and_recency(int count, int? daysAgo, decimal expected)
    {
        DateOnly? last = daysAgo is { } d ? Today.AddDays(-d) : null;
        var part = MatchScorer.Score(Context(), Candidate(interactions: count, last: last)).Part(MatchComponent.Interactions);
        Assert.Equal(expected, part.Value);
        Assert.Equal(count == 0 ? MatchReason.InteractionsNone : MatchReason.InteractionsSome, part.Reason);
    }

    [Theory]
    [InlineData(PresenceKind.None, 0)]
    [InlineData(PresenceKind.Investor, 1)]
    [InlineData(PresenceKind.LocalEnterprise, 1)]
    public void Presence_is_an_investor_or_a_local_enterprise(PresenceKind presence, int value) =>
        Assert.Equal(value, MatchScorer.Score(Context(), Candidate(presence: presence)).Part(MatchComponent.Presence).Value);

    [Fact]
    public void The_total_is_points_over_weights_times_a_hundred()
    {
        // Gap 1 x 30 + listed 1 x 20 + region 1 x 10 + flags 2/3 x 15 + interactions 0.6 x 15 + presence 0 x 10 = 79 of 100.
        var candidate = Candidate(region: "广东", traits: OrganisationTraits.Global500 | OrganisationTraits.Listed, listings: [new ListingFact(1, "equipment", null)], targets: [Missing.Id], interactions: 1, last: Today);
        var score = MatchScorer.Score(Context(), candidate);
        Assert.Equal([30m, 20m, 10m, 10m, 9m, 0m], score.Parts.Select(p => p.Points));
        Assert.Equal(79m, score.Total);

        // Other weights: 60 x 1 + 0 + 0 + 30 x 2/3 + 10 x 0.6 + 0 = 86 of 100 → 86.0; doubling every weight changes nothing.
        Assert.Equal(86m, MatchScorer.Score(Context(weights: new MatchWeights(60, 0, 0, 30, 10, 0)), candidate).Total);
        Assert.Equal(86m, MatchScorer.Score(Context(weights: new MatchWeights(120, 0, 0, 60, 20, 0)), candidate).Total);

        // Only gap fit weighed: 1 x 5 of 5 → 100.
        Assert.Equal(100m, MatchScorer.Score(Context(weights: new MatchWeights(5, 0, 0, 0, 0, 0)), candidate).Total);
    }

    [Fact]
    public void The_total_is_rounded_to_one_decimal()
    {
        // Flags 1/3 x 15 = 5 of 100 → 5.0; with weights 1,1,1,1,1,1: 1/3 / 6 x 100 = 5.555… → 5.6.
        var candidate = Candidate(traits: OrganisationTraits.Listed);
        Assert.Equal(5.0m, MatchScorer.Score(Context(), candidate).Total);
        Assert.Equal(5.6m, MatchScorer.Score(Context(weights: new MatchWeights(1, 1, 1, 1, 1, 1)), candidate).Total);
    }

    [Fact]
    public void Weights_below_zero_or_all_zero_are_refused()
    {
        Assert.Empty(MatchWeightsRules.Check(MatchWeights.Default));
        Assert.Equal([("region", WeightProblem.Negative)], MatchWeightsRules.Check(MatchWeights.Default with { Region = -1 }));
        Assert.Equal([("weights", WeightProblem.AllZero)], MatchWeightsRules.Check(new MatchWeights(0, 0, 0, 0, 0, 0)));
        Assert.Equal(100m, MatchWeights.Default.Total);
    }

    [Fact]
    public void Every_region_the_plan_names_is_in_the_region_table()
    {
        var directions = ReferenceDataLoader.Read<ReferenceDataLoader.DirectionsFile>("industry-directions.json").Directions;
        var regions = directions.SelectMany(d => d.Regions).Distinct().ToList();
        Assert.True(regions.Count > 30, $"Only {regions.Count} regions read.");
        Assert.All(regions, r => Assert.True(Regions.Knows(r), $"The region table does not resolve {r}."));
    }

    [Fact]
    public void Suffixes_are_dropped_from_recorded_regions()
    {
        Assert.Equal("广西", Regions.Normalise("广西壮族自治区"));
        Assert.Equal("香港", Regions.Normalise("香港特别行政区"));
        Assert.Equal("北京", Regions.Normalise("北京市"));
        Assert.Equal("德国", Regions.Normalise(" 德国 "));
    }
}
