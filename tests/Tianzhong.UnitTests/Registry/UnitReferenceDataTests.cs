using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Registry;

/// <summary>
/// units.json against plan A part 2(4) 空间布局 and GB/T 2260: the city, its 10 county-level units, the 3
/// functional zones, the 一核、两带、一轴、多点 layout and each unit's 多点 specialty.
/// </summary>
public sealed class UnitReferenceDataTests
{
    private static readonly ReferenceDataLoader.UnitsFile Units = ReferenceDataLoader.Read<ReferenceDataLoader.UnitsFile>("units.json");

    private static IEnumerable<ReferenceDataLoader.UnitRow> CountyLevel => Units.Units.Where(u => u.Kind is UnitKind.District or UnitKind.County);

    private static IEnumerable<ReferenceDataLoader.UnitRow> Zones => Units.Units.Where(u => u.Kind == UnitKind.FunctionalZone);

    [Fact]
    public void CityIsZhumadian()
    {
        Assert.Equal("411700", Units.City.Code);
        Assert.Equal("411700", Units.City.GbCode);
        Assert.Equal("驻马店市", Units.City.Name);
        Assert.Equal(UnitKind.City, Units.City.Kind);
        Assert.DoesNotContain(Units.Units, u => u.Kind == UnitKind.City);
    }

    [Fact]
    public void ThereAreExactlyTenCountyLevelUnitsAndThreeZones()
    {
        Assert.Equal(13, Units.Units.Count);
        Assert.Equal(10, CountyLevel.Count());
        Assert.Equal(3, Zones.Count());
        Assert.Equal(Units.Units.Count, Units.Units.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Units.Units.Count, Units.Units.Select(u => u.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("411702", "驿城区", UnitKind.District)]
    [InlineData("411721", "西平县", UnitKind.County)]
    [InlineData("411722", "上蔡县", UnitKind.County)]
    [InlineData("411723", "平舆县", UnitKind.County)]
    [InlineData("411724", "正阳县", UnitKind.County)]
    [InlineData("411725", "确山县", UnitKind.County)]
    [InlineData("411726", "泌阳县", UnitKind.County)]
    [InlineData("411727", "汝南县", UnitKind.County)]
    [InlineData("411728", "遂平县", UnitKind.County)]
    [InlineData("411729", "新蔡县", UnitKind.County)]
    public void CountyLevelUnitCarriesItsGbT2260Code(string code, string name, UnitKind kind)
    {
        var unit = Assert.Single(Units.Units, u => u.Code == code);

        Assert.Equal(name, unit.Name);
        Assert.Equal(kind, unit.Kind);
        Assert.Equal(code, unit.GbCode);
        Assert.Null(unit.StatisticalCode);
    }

    [Fact]
    public void CountyLevelCodesAreExactlyTheGbT2260Ones()
    {
        Assert.Equal(
            ["411702", "411721", "411722", "411723", "411724", "411725", "411726", "411727", "411728", "411729"],
            CountyLevel.Select(u => u.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ZMD-SFQ", "城乡一体化示范区", null)]
    [InlineData("411771", "经济开发区", "411771")]
    [InlineData("ZMD-GXQ", "高新技术产业开发区", null)]
    public void FunctionalZonesHaveNoGbCode(string code, string name, string? statisticalCode)
    {
        var zone = Assert.Single(Zones, z => z.Name == name);

        Assert.Equal(code, zone.Code);
        Assert.Null(zone.GbCode);
        Assert.Equal(statisticalCode, zone.StatisticalCode);
        Assert.Null(zone.Specialty);
    }

    [Fact]
    public void LayoutRolesAreTheFiveOfPlanA()
    {
        Assert.Equal(["Core", "NorthBelt", "SouthBelt", "Axis", "Node"], Units.LayoutRoles.Select(r => r.Code));
        Assert.All(Units.Units, u => Assert.All(u.LayoutRoles ?? [], r => Assert.Contains(r, Units.LayoutRoles.Select(l => l.Code))));
    }

    [Fact]
    public void CoreIsTheCentralCityWithSuipingRunanAndQueshan()
    {
        // 一核: 中心城区—遂—汝—确. The central city is 驿城区 with the three functional zones.
        Assert.Equal(Sorted("驿城区", "遂平县", "汝南县", "确山县"), CountyLevelNamesWith("Core"));
        Assert.All(Zones, z => Assert.Contains("Core", z.LayoutRoles ?? []));
    }

    [Fact]
    public void NorthBeltLinksXipingAndShangcai()
    {
        Assert.Equal(Sorted("西平县", "上蔡县"), NamesWith("NorthBelt"));
    }

    [Fact]
    public void SouthBeltLinksFiveCounties()
    {
        Assert.Equal(Sorted("泌阳县", "确山县", "汝南县", "平舆县", "新蔡县"), NamesWith("SouthBelt"));
    }

    [Fact]
    public void AxisRunsThroughFiveUnits()
    {
        Assert.Equal(Sorted("正阳县", "汝南县", "驿城区", "遂平县", "西平县"), NamesWith("Axis"));
    }

    [Fact]
    public void EveryCountyLevelUnitIsANode()
    {
        Assert.Equal(CountyLevel.Select(u => u.Name).Order(StringComparer.Ordinal), NamesWith("Node"));
    }

    [Theory]
    [InlineData("NorthBelt")]
    [InlineData("SouthBelt")]
    [InlineData("Axis")]
    public void BeltAndAxisMembersAreTheUnitsTheSeedNames(string role)
    {
        var description = Units.LayoutRoles.Single(r => r.Code == role).Description;
        var named = CountyLevel.Select(u => u.Name).Where(n => description.Contains(n, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(named, NamesWith(role));
    }

    [Fact]
    public void LayoutDescriptionsAreQuotedFromTheSeed()
    {
        Assert.All(Units.LayoutRoles, r => Assert.True(GazetteSeed.Text.Contains(r.Description, StringComparison.Ordinal), $"{r.Code}: '{r.Description}' is not in the seed."));
    }

    [Theory]
    [InlineData("驿城区", "中国高端专用车之都")]
    [InlineData("西平县", "全国最大的畜牧机械装备制造基地")]
    [InlineData("上蔡县", "中原鞋都")]
    [InlineData("平舆县", "中国建筑防水、皮革和户外休闲用品产业基地")]
    [InlineData("正阳县", "中国花生之都")]
    [InlineData("确山县", "中原绿色建材基地、中国提琴之乡")]
    [InlineData("泌阳县", "中国牛城、中国菌都")]
    [InlineData("汝南县", "全国重要的新能源电动车研发、制造和应用示范基地")]
    [InlineData("遂平县", "全国领先世界知名的食品名县")]
    [InlineData("新蔡县", "中原有影响力的特种机械研发制造基地")]
    public void UnitSpecialtyIsTheSeeds(string unit, string specialty)
    {
        Assert.Equal(specialty, Units.Units.Single(u => u.Name == unit).Specialty);
    }

    [Fact]
    public void EverySpecialtyOccursVerbatimInTheSeedForItsOwnUnit()
    {
        var withSpecialty = Units.Units.Where(u => u.Specialty is not null).ToList();
        Assert.Equal(10, withSpecialty.Count);

        Assert.All(withSpecialty, u =>
        {
            Assert.True(GazetteSeed.Text.Contains(u.Specialty!, StringComparison.Ordinal), $"{u.Name}: specialty '{u.Specialty}' is not in the seed.");
            Assert.True(GazetteSeed.Text.Contains($"{u.Name}打造{u.Specialty}", StringComparison.Ordinal), $"The seed does not say '{u.Name}打造{u.Specialty}'.");
        });
    }

    [Fact]
    public void CoreFocusIsQuotedFromTheSeed()
    {
        var withFocus = Units.Units.Where(u => u.CoreFocus is not null).ToList();

        Assert.Equal(Sorted("驿城区", "城乡一体化示范区", "经济开发区", "高新技术产业开发区"), withFocus.Select(u => u.Name).Order(StringComparer.Ordinal));
        Assert.All(withFocus, u => Assert.True(GazetteSeed.Text.Contains(u.CoreFocus!, StringComparison.Ordinal), $"{u.Name}: '{u.CoreFocus}' is not in the seed."));
        Assert.Equal("重点发展5G、现代物流、农产品加工、生产性服务业", Units.Units.Single(u => u.Name == "经济开发区").CoreFocus);
    }

    [Fact]
    public void EveryUnitNameOccursInTheSeed()
    {
        Assert.Contains(Units.City.Name, GazetteSeed.Text, StringComparison.Ordinal);
        Assert.All(Units.Units, u => Assert.Contains(u.Name, GazetteSeed.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void DepartmentsAreElevenWithUniqueCodes()
    {
        var departments = ReferenceDataLoader.Read<ReferenceDataLoader.DepartmentsFile>("departments.json").Departments;

        Assert.Equal(11, departments.Count);
        Assert.Equal(11, departments.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("市人才办", departments.Single(d => d.Code == "talent-office").Name);
        Assert.Equal("市招商投资促进局", departments.Single(d => d.Code == "investment-promotion").Name);
        Assert.All(departments, d => Assert.False(string.IsNullOrWhiteSpace(d.NameEn)));
    }

    private static string[] Sorted(params string[] names) => [.. names.Order(StringComparer.Ordinal)];

    private static IEnumerable<string> NamesWith(string role) =>
        Units.Units.Where(u => (u.LayoutRoles ?? []).Contains(role)).Select(u => u.Name).Order(StringComparer.Ordinal);

    private static IEnumerable<string> CountyLevelNamesWith(string role) =>
        CountyLevel.Where(u => (u.LayoutRoles ?? []).Contains(role)).Select(u => u.Name).Order(StringComparer.Ordinal);
}
