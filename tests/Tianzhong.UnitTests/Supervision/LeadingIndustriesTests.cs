using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.UnitTests.Registry;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>leading-industries.json against plan A part 2(4) and the Registry's reference data.</summary>
public sealed class LeadingIndustriesTests
{
    private static readonly ReferenceDataLoader.UnitsFile Units = ReferenceDataLoader.Read<ReferenceDataLoader.UnitsFile>("units.json");
    private static readonly ReferenceDataLoader.DirectionsFile Directions = ReferenceDataLoader.Read<ReferenceDataLoader.DirectionsFile>("industry-directions.json");

    [Fact]
    public void EveryPhraseIsInTheSeed()
    {
        Assert.All(LeadingIndustries.Entries(), e => Assert.Contains(e.Phrase, GazetteSeed.Joined, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryUnitOfTheRegistryHasItsLeadingIndustriesOnce()
    {
        Assert.Equal(Units.Units.Select(u => u.Code).Order(StringComparer.Ordinal), LeadingIndustries.Entries().Select(e => e.Unit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryDirectionExistsInTheRegistry()
    {
        var codes = Directions.Directions.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(LeadingIndustries.Entries(), e =>
        {
            Assert.NotEmpty(e.Directions);
            Assert.All(e.Directions, d => Assert.Contains(d, codes));
        });
    }

    [Fact]
    public void EachPhraseNamesItsUnit()
    {
        // The phrase starts with the unit's name (the high-tech zone is written "市高新技术产业开发区").
        var names = Units.Units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);

        Assert.All(LeadingIndustries.Entries(), e => Assert.Contains(names[e.Unit], e.Phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadMapsUnitsToDirections()
    {
        var map = LeadingIndustries.Load();

        Assert.Equal(13, map.Count);
        Assert.Equal(["equipment"], map["411721"]);
        Assert.Equal(["building-materials", "apparel-footwear", "outdoor-leisure"], map["411723"]);
        Assert.Equal(["biomedicine", "chemicals", "advanced-materials"], map["ZMD-GXQ"]);
    }

    [Fact]
    public void TheDefaultSchemeWithTheLoadedDirectionsPassesItsChecks()
    {
        Assert.Empty(RankingRulesCheck.Problems(RankingDefaults.Rules(LeadingIndustries.Load())));
    }
}
