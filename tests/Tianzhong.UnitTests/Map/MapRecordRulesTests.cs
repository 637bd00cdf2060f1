using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Carriers;
using Tianzhong.UnitTests.Registry;
using Xunit;

namespace Tianzhong.UnitTests.Map;

public sealed class MapRecordRulesTests
{
    private static ParcelDetails Parcel(decimal area, decimal? price = null) =>
        new("ZMD-2025-01", "test parcel", "411702", null, null, null, area, ParcelUse.Industrial, ParcelStatus.Available, price, null);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void A_parcel_needs_an_area_of_more_than_zero_mu(int area) =>
        Assert.Contains(Tianzhong.Modules.Map.Domain.Parcel.Check(Parcel(area)), p => p is { Field: "areaMu", Key: "AreaNotPositive" });

    [Fact]
    public void A_parcel_of_a_positive_area_and_no_price_is_fine() =>
        Assert.Empty(Tianzhong.Modules.Map.Domain.Parcel.Check(Parcel(0.5m)));

    [Fact]
    public void A_negative_price_is_refused() =>
        Assert.Contains(Tianzhong.Modules.Map.Domain.Parcel.Check(Parcel(10, -1)), p => p is { Field: "priceWanPerMu", Key: "Negative" });

    [Fact]
    public void Coordinates_come_in_pairs_and_in_range()
    {
        var problems = Tianzhong.Modules.Map.Domain.Parcel.Check(Parcel(10) with { Longitude = 200, Latitude = null });

        Assert.Contains(problems, p => p.Key == "CoordinatesPair");
        Assert.Contains(problems, p => p.Key == "LongitudeRange");
    }

    [Fact]
    public void Every_shipped_park_and_industry_is_named_verbatim_in_the_seed()
    {
        var carriers = CarrierReferenceLoader.Load();

        Assert.NotEmpty(carriers);
        Assert.Equal(carriers.Count, carriers.Select(c => c.Key).Distinct().Count());
        foreach (var carrier in carriers)
        {
            Assert.True(GazetteSeed.Joined.Contains(carrier.Name, StringComparison.Ordinal), $"Not in the seed: {carrier.Name}");
            Assert.All(carrier.Industries, i => Assert.True(GazetteSeed.Joined.Contains(i, StringComparison.Ordinal), $"Not in the seed: {i}"));
        }
    }

    [Fact]
    public void Reordering_a_route_needs_every_stop_exactly_once()
    {
        var route = InspectionRoute.Create("r", null, new DateOnly(2025, 5, 1), null, null,
            [new StopDetails(StopKind.Text, null, "a", null, null, null, null, null), new StopDetails(StopKind.Text, null, "b", null, null, null, null, null)]);
        var ids = route.Stops.Select(s => s.Id).ToList();

        Assert.False(route.Reorder([ids[0]]));
        Assert.False(route.Reorder([ids[0], ids[0]]));
        Assert.True(route.Reorder([ids[1], ids[0]]));
        Assert.Equal(["b", "a"], route.Stops.OrderBy(s => s.Position).Select(s => s.Title));
        Assert.Equal(2, route.Version);
    }
}
