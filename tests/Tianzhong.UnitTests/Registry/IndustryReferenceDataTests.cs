using Tianzhong.Modules.Registry.Data;
using Xunit;

namespace Tianzhong.UnitTests.Registry;

/// <summary>
/// clusters.json against plan A part 2(3) (the nine clusters and their 2025 scale), industry-directions.json
/// against part 3 (25 directions in 7 categories) and gbt4754-2017.json (20 sections, 97 major groups).
/// </summary>
public sealed class IndustryReferenceDataTests
{
    private static readonly ReferenceDataLoader.ClustersFile Clusters = ReferenceDataLoader.Read<ReferenceDataLoader.ClustersFile>("clusters.json");
    private static readonly ReferenceDataLoader.DirectionsFile Directions = ReferenceDataLoader.Read<ReferenceDataLoader.DirectionsFile>("industry-directions.json");
    private static readonly ReferenceDataLoader.ClassificationFile Classification = ReferenceDataLoader.Read<ReferenceDataLoader.ClassificationFile>("gbt4754-2017.json");
    private static readonly ReferenceDataLoader.UnitsFile Units = ReferenceDataLoader.Read<ReferenceDataLoader.UnitsFile>("units.json");

    private static readonly string[] ScaleWords = ["千亿级", "500亿级", "300亿级", "200亿级", "百亿级"];

    [Fact]
    public void ThereAreNineClusters()
    {
        Assert.Equal(9, Clusters.Clusters.Count);
        Assert.Equal(9, Clusters.Clusters.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 9), Clusters.Clusters.Select(c => c.Order).Order());
    }

    [Theory]
    [InlineData("食品加工", "千亿级", 1000)]
    [InlineData("生物医药", "500亿级", 500)]
    [InlineData("装备制造", "300亿级", 300)]
    [InlineData("服装制鞋", "300亿级", 300)]
    [InlineData("现代化工", "200亿级", 200)]
    [InlineData("绿色建材", "200亿级", 200)]
    [InlineData("节能环保", "百亿级", 100)]
    [InlineData("户外休闲", "百亿级", 100)]
    [InlineData("新能源电动车", "百亿级", 100)]
    public void ClusterHasItsScaleClass(string name, string scaleClass, int targetYi)
    {
        var cluster = Assert.Single(Clusters.Clusters, c => c.Name == name);

        Assert.Equal(scaleClass, cluster.ScaleClass);
        Assert.Equal(targetYi, cluster.TargetScaleYi);
    }

    [Fact]
    public void EachClusterIsFollowedByItsScaleInTheSeedSentence()
    {
        // "……壮大食品加工千亿级产业集群，加快形成生物医药500亿级，装备制造、服装制鞋300亿级，……3个百亿级特色产业集群。"
        var sentence = GazetteSeed.Text.Split('\n').Single(l => l.Contains("产业集群取得新成效", StringComparison.Ordinal) && l.Contains("到2025年", StringComparison.Ordinal));

        Assert.All(Clusters.Clusters, c =>
        {
            var at = sentence.IndexOf(c.Name, StringComparison.Ordinal);
            Assert.True(at >= 0, $"Cluster {c.Name} is not in the seed's target sentence.");
            var next = ScaleWords
                .Select(w => (Word: w, Index: sentence.IndexOf(w, at, StringComparison.Ordinal)))
                .Where(x => x.Index >= 0)
                .MinBy(x => x.Index);
            Assert.Equal(next.Word, c.ScaleClass);
        });
    }

    [Fact]
    public void ClusterDirectionsExist()
    {
        var codes = Directions.Directions.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Clusters.Clusters, c => Assert.Contains(c.Direction, codes));
    }

    [Fact]
    public void ThereAreTwentyFiveDirectionsInSevenCategories()
    {
        Assert.Equal(25, Directions.Directions.Count);
        Assert.Equal(25, Directions.Directions.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["traditional", "emerging", "other-emerging", "future", "modern-services", "modern-agriculture", "digital-economy"],
            Directions.Categories.Select(c => c.Code));
    }

    [Theory]
    [InlineData("traditional", "提质发展传统产业", 6)]
    [InlineData("emerging", "培育壮大新兴产业", 3)]
    [InlineData("other-emerging", "其它新兴产业", 5)]
    [InlineData("future", "前瞻布局未来产业", 6)]
    [InlineData("modern-services", "优化提升现代服务业", 1)]
    [InlineData("modern-agriculture", "高质量发展现代农业", 1)]
    [InlineData("digital-economy", "大力发展数字经济", 3)]
    public void CategoryHasItsDirections(string code, string name, int count)
    {
        Assert.Equal(name, Directions.Categories.Single(c => c.Code == code).Name);
        Assert.Contains(name, GazetteSeed.Text, StringComparison.Ordinal);

        var directions = Directions.Directions.Where(d => d.Category == code).ToList();
        Assert.Equal(count, directions.Count);
        Assert.Equal(Enumerable.Range(1, count), directions.Select(d => d.Order).Order());
    }

    [Fact]
    public void EveryDirectionBelongsToAKnownCategory()
    {
        var categories = Directions.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Directions.Directions, d => Assert.Contains(d.Category, categories));
    }

    [Theory]
    [InlineData("equipment", "装备制造产业", 1)]
    [InlineData("food", "食品加工产业", 2)]
    [InlineData("chemicals", "现代化工产业", 3)]
    [InlineData("apparel-footwear", "服装制鞋产业", 4)]
    [InlineData("building-materials", "绿色建材产业", 5)]
    [InlineData("outdoor-leisure", "户外休闲产业", 6)]
    [InlineData("biomedicine", "生物医药产业", 7)]
    [InlineData("energy-saving", "节能环保产业", 8)]
    [InlineData("electric-vehicles", "新能源电动车产业", 9)]
    [InlineData("connected-nev", "智能网联及新能源汽车", 10)]
    [InlineData("5g", "5G", 10)]
    [InlineData("quantum", "量子信息", 11)]
    [InlineData("modern-services", "现代服务业", 12)]
    [InlineData("modern-agriculture", "现代农业", 13)]
    [InlineData("beidou", "北斗应用", 14)]
    public void DirectionHasItsNameAndBox(string code, string name, int box)
    {
        var direction = Directions.Directions.Single(d => d.Code == code);

        Assert.Equal(name, direction.Name);
        Assert.Equal(box, direction.Box);
    }

    [Fact]
    public void EveryBoxBelongsToADirection()
    {
        Assert.Equal(Enumerable.Range(1, 14), Directions.Directions.Select(d => d.Box ?? 0).Distinct().Order());
        Assert.Equal(5, Directions.Directions.Count(d => d.Box == 10));
        Assert.Equal(6, Directions.Directions.Count(d => d.Box == 11));
        Assert.Equal(3, Directions.Directions.Count(d => d.Box == 14));
    }

    [Fact]
    public void DirectionNamesAndHostTextsAreQuotedFromTheSeed()
    {
        Assert.All(Directions.Directions, d =>
        {
            Assert.Contains(d.Name, GazetteSeed.Text, StringComparison.Ordinal);
            if (d.HostText is not null)
            {
                Assert.Contains(d.HostText, GazetteSeed.Text, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void RegionsAndSubSectorsOccurInTheSeed()
    {
        // Compared with page breaks removed: the seed splits e.g. "江苏\n\n无锡" and "量\n\n子调控" across pages.
        var joined = GazetteSeed.Joined;

        Assert.All(Directions.Directions, d =>
        {
            Assert.All(d.Regions, r => Assert.True(joined.Contains(r, StringComparison.Ordinal), $"{d.Code}: region '{r}' is not in the seed."));
            Assert.All(d.SubSectors, s => Assert.True(joined.Contains(s, StringComparison.Ordinal), $"{d.Code}: sub-sector '{s}' is not in the seed."));
        });
    }

    [Fact]
    public void EquipmentDirectionMatchesThePlan()
    {
        var equipment = Directions.Directions.Single(d => d.Code == "equipment");

        Assert.Equal(["上海", "浙江", "江苏", "广东", "东莞", "深圳", "珠海", "芜湖", "柳州", "福州", "厦门"], equipment.Regions);
        Assert.Equal(["驿城区", "确山县", "汝南县", "西平县", "正阳县"], equipment.HostUnits);
        Assert.Contains("专用车制造", equipment.SubSectors);
        Assert.Contains("畜牧机械制造", equipment.SubSectors);
    }

    [Fact]
    public void HostUnitsAreKnownUnits()
    {
        var names = Units.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Directions.Directions, d => Assert.All(d.HostUnits, h => Assert.Contains(h, names)));
    }

    [Fact]
    public void EveryDirectionMapsToExistingGbT4754MajorGroups()
    {
        var groups = Classification.Sections.SelectMany(s => s.MajorGroups).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Directions.Directions, d =>
        {
            Assert.NotEmpty(d.Gbt4754MajorGroups);
            Assert.All(d.Gbt4754MajorGroups, g => Assert.True(groups.Contains(g), $"{d.Code}: major group {g} is not in GB/T 4754-2017."));
            Assert.Equal(d.Gbt4754MajorGroups.Count, d.Gbt4754MajorGroups.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void GbT4754HasTwentySectionsAndNinetySevenMajorGroups()
    {
        Assert.Equal(20, Classification.Sections.Count);
        Assert.Equal("ABCDEFGHIJKLMNOPQRST", string.Concat(Classification.Sections.Select(s => s.Code)));

        var groups = Classification.Sections.SelectMany(s => s.MajorGroups).ToList();
        Assert.Equal(97, groups.Count);
        Assert.Equal(Enumerable.Range(1, 97).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), groups.Select(g => g.Code));
    }

    [Theory]
    [InlineData("A", "农、林、牧、渔业", 5)]
    [InlineData("B", "采矿业", 7)]
    [InlineData("C", "制造业", 31)]
    [InlineData("D", "电力、热力、燃气及水生产和供应业", 3)]
    [InlineData("G", "交通运输、仓储和邮政业", 8)]
    [InlineData("I", "信息传输、软件和信息技术服务业", 3)]
    [InlineData("M", "科学研究和技术服务业", 3)]
    [InlineData("S", "公共管理、社会保障和社会组织", 6)]
    [InlineData("T", "国际组织", 1)]
    public void GbT4754SectionHasItsMajorGroups(string code, string name, int groups)
    {
        var section = Classification.Sections.Single(s => s.Code == code);

        Assert.Equal(name, section.Name);
        Assert.Equal(groups, section.MajorGroups.Count);
    }

    [Theory]
    [InlineData("01", "农业", "A")]
    [InlineData("13", "农副食品加工业", "C")]
    [InlineData("27", "医药制造业", "C")]
    [InlineData("36", "汽车制造业", "C")]
    [InlineData("43", "金属制品、机械和设备修理业", "C")]
    [InlineData("44", "电力、热力生产和供应业", "D")]
    [InlineData("65", "软件和信息技术服务业", "I")]
    [InlineData("73", "研究和试验发展", "M")]
    [InlineData("97", "国际组织", "T")]
    public void GbT4754MajorGroupHasItsName(string code, string name, string section)
    {
        var owner = Classification.Sections.Single(s => s.MajorGroups.Any(g => g.Code == code));

        Assert.Equal(section, owner.Code);
        Assert.Equal(name, owner.MajorGroups.Single(g => g.Code == code).Name);
    }
}
