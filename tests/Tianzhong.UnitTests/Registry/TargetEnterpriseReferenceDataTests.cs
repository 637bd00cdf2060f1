using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Registry;

/// <summary>
/// target-enterprises.json against boxes 专栏1-14 of plan A: 324 organisations with 335 listings, each listing in
/// the box's own words, an organisation named in two boxes being one organisation with two listings.
/// </summary>
public sealed class TargetEnterpriseReferenceDataTests
{
    private static readonly List<ReferenceDataLoader.OrganisationRow> Organisations =
        ReferenceDataLoader.Read<ReferenceDataLoader.EnterprisesFile>("target-enterprises.json").Organisations;

    private static readonly ReferenceDataLoader.DirectionsFile Directions = ReferenceDataLoader.Read<ReferenceDataLoader.DirectionsFile>("industry-directions.json");

    private static IEnumerable<ReferenceDataLoader.ListingRow> Listings => Organisations.SelectMany(o => o.Listings);

    public static TheoryData<int> Boxes() => [.. Enumerable.Range(1, 14)];

    [Fact]
    public void ThereAre324OrganisationsWith335Listings()
    {
        Assert.Equal(324, Organisations.Count);
        Assert.Equal(335, Listings.Count());
        Assert.All(Organisations, o => Assert.NotEmpty(o.Listings));
    }

    [Theory]
    [InlineData(1, 26)]
    [InlineData(2, 25)]
    [InlineData(3, 19)]
    [InlineData(4, 20)]
    [InlineData(5, 23)]
    [InlineData(6, 12)]
    [InlineData(7, 21)]
    [InlineData(8, 14)]
    [InlineData(9, 15)]
    [InlineData(10, 57)]
    [InlineData(11, 39)]
    [InlineData(12, 26)]
    [InlineData(13, 13)]
    [InlineData(14, 25)]
    public void BoxHasItsNumberOfListings(int box, int count)
    {
        Assert.Equal(count, Listings.Count(l => l.Box == box));
    }

    [Fact]
    public void ListingsAreOnlyInBoxesOneToFourteen()
    {
        Assert.All(Listings, l => Assert.InRange(l.Box, 1, 14));
    }

    [Fact]
    public void EveryNameAsListedOccursVerbatimInTheSeed()
    {
        var missing = Listings.Select(l => l.NameAsListed).Where(n => !GazetteSeed.Text.Contains(n, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, $"Not in the seed: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void BoxListsExactlyTheOrganisationsTheSeedBoxNames(int box)
    {
        var seed = GazetteSeed.BoxEntries(box).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        var data = Listings.Where(l => l.Box == box).Select(l => l.NameAsListed).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(seed.Count, data.Count);
        Assert.Equal(seed, data);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ListingSubSectorIsTheSeedsSubHeading(int box)
    {
        // Boxes 10, 11, 12 and 14 are split into sub-headings ("5G：重点对接…"); the others are one paragraph.
        var seed = Ordered(GazetteSeed.BoxEntries(box).Select(e => (e.SubSector, e.Name)));
        var data = Ordered(Listings.Where(l => l.Box == box).Select(l => (l.SubSector, Name: l.NameAsListed)));

        Assert.Equal(seed, data);
    }

    [Fact]
    public void ListingDirectionIsTheDirectionOfItsBox()
    {
        var directions = Directions.Directions.ToDictionary(d => d.Code, StringComparer.Ordinal);

        Assert.All(Listings, l =>
        {
            Assert.True(directions.TryGetValue(l.Direction, out var direction), $"Unknown direction {l.Direction}.");
            Assert.Equal(direction.Box, l.Box);

            // A box shared by several directions (10, 11, 14) is split by direction: the sub-heading is the
            // direction's name. A box of one direction split into sub-headings (12) uses the direction's sub-sectors.
            var sharedBox = Directions.Directions.Count(d => d.Box == l.Box) > 1;
            if (sharedBox)
            {
                Assert.Equal(direction.Name, l.SubSector);
            }
            else if (l.SubSector is not null)
            {
                Assert.Contains(l.SubSector, direction.SubSectors);
            }
        });
    }

    [Fact]
    public void NoTwoOrganisationsShareANameOrAKey()
    {
        var duplicateNames = Organisations.GroupBy(o => o.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var duplicateKeys = Organisations.GroupBy(o => o.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(duplicateNames.Count == 0, $"Shared names: {string.Join(", ", duplicateNames)}");
        Assert.True(duplicateKeys.Count == 0, $"Shared keys: {string.Join(", ", duplicateKeys)}");
    }

    [Fact]
    public void NoNameAsListedBelongsToTwoOrganisations()
    {
        var shared = Listings.Select(l => l.NameAsListed).Distinct(StringComparer.Ordinal)
            .Where(n => Organisations.Count(o => o.Listings.Any(l => l.NameAsListed == n)) > 1)
            .ToList();

        Assert.True(shared.Count == 0, $"Listed names split over several organisations: {string.Join(", ", shared)}");
    }

    [Fact]
    public void AnOrganisationIsListedAtMostOncePerBox()
    {
        Assert.All(Organisations, o => Assert.Equal(o.Listings.Count, o.Listings.Select(l => l.Box).Distinct().Count()));
    }

    [Fact]
    public void BydIsOneOrganisationInBoxesOneAndTen()
    {
        var byd = Assert.Single(Organisations, o => o.Name == "比亚迪股份有限公司");

        Assert.Equal(OrganisationKind.Enterprise, byd.Kind);
        Assert.Equal([1, 10], byd.Listings.Select(l => l.Box).Order());

        var equipment = byd.Listings.Single(l => l.Box == 1);
        Assert.Equal("equipment", equipment.Direction);
        Assert.Null(equipment.SubSector);

        var nev = byd.Listings.Single(l => l.Box == 10);
        Assert.Equal("connected-nev", nev.Direction);
        Assert.Equal("智能网联及新能源汽车", nev.SubSector);
        Assert.All(byd.Listings, l => Assert.Equal("比亚迪股份有限公司", l.NameAsListed));
    }

    [Fact]
    public void HuaweiIsOneOrganisationInBoxesTenAndEleven()
    {
        var huawei = Assert.Single(Organisations, o => o.Name == "华为技术有限公司");

        Assert.Equal([10, 11], huawei.Listings.Select(l => l.Box).Order());
        Assert.Equal("5g", huawei.Listings.Single(l => l.Box == 10).Direction);
        Assert.Equal("quantum", huawei.Listings.Single(l => l.Box == 11).Direction);
    }

    [Fact]
    public void OrganisationsListedInTwoBoxesAreMergedNotDuplicated()
    {
        var twice = Organisations.Where(o => o.Listings.Count > 1).Select(o => o.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(335 - 324, twice.Count);
        Assert.Contains("宁波海天精工股份有限公司", twice);
        Assert.Contains("北京新能源汽车股份有限公司", twice);
        Assert.Contains("中国东方红卫星股份有限公司", twice);
        Assert.Contains("中国电子科技集团有限公司", twice);
    }

    [Theory]
    [InlineData("中国科学院", 14)]
    [InlineData("中国科学技术大学", 11)]
    public void AcademiesAreResearchInstitutes(string name, int box)
    {
        var institute = Assert.Single(Organisations, o => o.Name == name);

        Assert.Equal(OrganisationKind.ResearchInstitute, institute.Kind);
        Assert.Equal(box, Assert.Single(institute.Listings).Box);
    }

    [Fact]
    public void OnlyTheTwoAcademiesAreResearchInstitutes()
    {
        Assert.Equal(
            new[] { "中国科学院", "中国科学技术大学" }.Order(StringComparer.Ordinal),
            Organisations.Where(o => o.Kind == OrganisationKind.ResearchInstitute).Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JackWolfskinIsListedVerbatim()
    {
        const string name = "德国 Jack Wolfskin 公司";
        var jackWolfskin = Assert.Single(Organisations, o => o.Name == name);

        Assert.Contains(name, GazetteSeed.Text, StringComparison.Ordinal);
        Assert.True(jackWolfskin.Foreign);
        var listing = Assert.Single(jackWolfskin.Listings);
        Assert.Equal(6, listing.Box);
        Assert.Equal(name, listing.NameAsListed);
    }

    [Theory]
    [InlineData("上汽通用五菱汽车股份有限公司", 1)]
    [InlineData("约翰迪尔(中国)投资有限公司", 1)]
    [InlineData("邦吉集团", 2)]
    [InlineData("巴斯夫（中国）有限公司", 3)]
    [InlineData("上海纺织控股(集团)公司", 4)]
    [InlineData("中部世纪能源投资有限公司", 5)]
    [InlineData("北京锐极浣峰国际贸易有限公司", 6)]
    [InlineData("美国通用电气(GE)医疗集团", 7)]
    [InlineData("新疆天业股份有限公司", 8)]
    [InlineData("徐州百事利电动车业有限公司", 9)]
    [InlineData("深圳市大疆创新科技有限公司", 10)]
    [InlineData("美国普莱克公司", 11)]
    [InlineData("联邦快递", 12)]
    [InlineData("甘肃亚盛实业(集团)股份有限公司", 13)]
    [InlineData("北斗航天卫星应用科技集团有限公司", 14)]
    public void SpotListingsAreInTheirBox(string nameAsListed, int box)
    {
        Assert.Contains(Listings, l => l.NameAsListed == nameAsListed && l.Box == box);
        Assert.Contains(nameAsListed, GazetteSeed.BoxText(box), StringComparison.Ordinal);
    }

    [Fact]
    public void ListingsKeepTheBoxesOwnWording()
    {
        // 专栏2 writes 大北农科技集团股份有限公司, 专栏13 北京大北农业科技集团股份有限公司: one organisation, two wordings.
        var dabeinong = Assert.Single(Organisations, o => o.Listings.Any(l => l.NameAsListed == "北京大北农业科技集团股份有限公司"));

        Assert.Equal(
            new[] { (2, "大北农科技集团股份有限公司"), (13, "北京大北农业科技集团股份有限公司") },
            dabeinong.Listings.Select(l => (l.Box, l.NameAsListed)).OrderBy(l => l.Box));
    }

    private static List<(string? SubSector, string Name)> Ordered(IEnumerable<(string? SubSector, string Name)> entries) =>
        [.. entries.OrderBy(e => e.SubSector ?? string.Empty, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)];
}
