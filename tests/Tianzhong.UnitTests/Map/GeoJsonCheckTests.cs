using System.Text;
using Tianzhong.Modules.Map.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Map;

public sealed class GeoJsonCheckTests
{
    private static readonly RequiredUnit[] Units = [new("411702", "411702", "驿城区"), new("411721", "411721", "西平县")];

    private const string Square = "[[[114,33],[114.1,33],[114.1,33.1],[114,33.1],[114,33]]]";

    private static GeoJsonCheckResult Check(string json) => GeoJsonCheck.Check(Encoding.UTF8.GetBytes(json), Units);

    private static string Collection(params string[] features) => $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    private static string Feature(string properties, string geometryType = "Polygon", string coordinates = Square) =>
        $$$"""{"type":"Feature","properties":{{{properties}}},"geometry":{"type":"{{{geometryType}}}","coordinates":{{{coordinates}}}}}""";

    [Fact]
    public void A_collection_covering_every_unit_by_name_or_code_is_valid_and_names_its_regions()
    {
        var result = Check(Collection(Feature("""{"name":"驿城区"}"""), Feature("""{"adcode":411721,"name":"西平"}""", "MultiPolygon", $"[{Square}]")));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("驿城区", result.RegionNames["411702"]);
        Assert.Equal("西平", result.RegionNames["411721"]); // matched by code, shown under the file's own name
    }

    [Fact]
    public void Invalid_json_is_refused()
    {
        var result = Check("{\"type\": \"FeatureCollection\", \"features\": [");

        Assert.Equal(GeoJsonProblem.InvalidJson, Assert.Single(result.Problems).Problem);
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal(GeoJsonProblem.Empty, Assert.Single(GeoJsonCheck.Check(ReadOnlyMemory<byte>.Empty, Units).Problems).Problem);

    [Theory]
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"type":"FeatureCollection"}""")]
    public void Anything_but_a_feature_collection_is_refused(string json) =>
        Assert.Equal(GeoJsonProblem.NotFeatureCollection, Assert.Single(Check(json).Problems).Problem);

    [Fact]
    public void An_unclosed_ring_is_refused_with_its_feature()
    {
        var result = Check(Collection(Feature("""{"name":"驿城区"}""", coordinates: "[[[114,33],[114.1,33],[114.1,33.1],[114,33.1]]]"), Feature("""{"name":"西平县"}""")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(GeoJsonProblem.RingNotClosed, problem.Problem);
        Assert.Equal(0, problem.Feature);
    }

    [Fact]
    public void A_ring_of_three_positions_is_too_short()
    {
        var result = Check(Collection(Feature("""{"name":"驿城区"}""", coordinates: "[[[114,33],[114.1,33],[114,33]]]"), Feature("""{"name":"西平县"}""")));

        Assert.Equal(GeoJsonProblem.RingTooShort, Assert.Single(result.Problems).Problem);
    }

    [Theory]
    [InlineData("[[[181,33],[114.1,33],[114.1,33.1],[181,33]]]")]
    [InlineData("[[[114,-91],[114.1,33],[114.1,33.1],[114,-91]]]")]
    public void An_out_of_range_coordinate_is_refused(string coordinates)
    {
        var result = Check(Collection(Feature("""{"name":"驿城区"}"""), Feature("""{"name":"西平县"}""", coordinates: coordinates)));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(GeoJsonProblem.OutOfRange, problem.Problem);
        Assert.Equal(1, problem.Feature);
    }

    [Fact]
    public void A_point_feature_is_not_a_boundary()
    {
        var result = Check(Collection(Feature("""{"name":"驿城区"}""", "Point", "[114,33]"), Feature("""{"name":"西平县"}""")));

        Assert.Equal(GeoJsonProblem.NotPolygon, Assert.Single(result.Problems).Problem);
    }

    [Fact]
    public void A_missing_unit_is_named()
    {
        var result = Check(Collection(Feature("""{"name":"驿城区"}"""), Feature("""{"name":"上蔡县","adcode":"411722"}""")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(GeoJsonProblem.UnitsMissing, problem.Problem);
        Assert.Equal("西平县", problem.Detail);
    }
}
