using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class MapApiTests(TianzhongFactory factory)
{
    private static readonly (string Code, string Name)[] Counties =
    [
        ("411702", "驿城区"), ("411721", "西平县"), ("411722", "上蔡县"), ("411723", "平舆县"), ("411724", "正阳县"),
        ("411725", "确山县"), ("411726", "泌阳县"), ("411727", "汝南县"), ("411728", "遂平县"), ("411729", "新蔡县"),
    ];

    // A valid official file: one small square per county, matched by adcode alone for the first and by name for the others.
    private static string OfficialGeoJson(int skip = -1)
    {
        var features = Counties.Select((c, i) => (c, i)).Where(x => x.i != skip).Select(x =>
        {
            var lon = 113.3 + (x.i * 0.2);
            var ring = $"[[{lon},32.6],[{lon + 0.2},32.6],[{lon + 0.2},33.4],[{lon},33.4],[{lon},32.6]]";
            var properties = x.i == 0 ? $$"""{"adcode":{{x.c.Code}}}""" : $$"""{"name":"{{x.c.Name}}"}""";
            return $$$"""{"type":"Feature","properties":{{{properties}}},"geometry":{"type":"Polygon","coordinates":[{{{ring}}}]}}""";
        });
        return $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string content, string fileName = "zhumadian.geojson")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/map/base", form);
    }

    private static async Task<string> KindAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/map/base")).GetProperty("kind").GetString()!;

    private static async Task<int> UploadCountAsync(HttpClient security) =>
        (await security.GetFromJsonAsync<JsonElement>("/api/v1/map/base/history")).GetArrayLength();

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static object Parcel(string code, decimal area, string? unitCode = null, decimal? price = null) =>
        new { code, name = "测试地块" + code, unitCode, location = "产业集聚区", areaMu = area, use = "Industrial", status = "Available", priceWanPerMu = price };

    private static async Task<int> ParcelCountAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/map/parcels?text={code}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task The_schematic_is_the_default_and_an_official_upload_replaces_it_until_reset()
    {
        using var security = await factory.ClientForRoleAsync(Roles.SecurityAdministrator);
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using (var reset = await security.DeleteAsync("/api/v1/map/base"))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        var schematic = await city.GetFromJsonAsync<JsonElement>("/api/v1/map/base");
        Assert.Equal("Schematic", schematic.GetProperty("kind").GetString());
        Assert.Equal("FeatureCollection", schematic.GetProperty("geoJson").GetProperty("type").GetString());
        Assert.Equal(10, schematic.GetProperty("geoJson").GetProperty("features").EnumerateArray().Count(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Polygon"));
        Assert.Equal(13, schematic.GetProperty("seats").GetArrayLength());

        var uploadsBefore = await UploadCountAsync(security);

        // A file that misses a unit: 400 naming it, nothing stored, the schematic stays.
        using (var missing = await UploadAsync(security, OfficialGeoJson(skip: 9)))
        {
            var errors = await missing.FieldErrorsAsync("file");
            Assert.Contains(errors, e => e.Contains("新蔡县", StringComparison.Ordinal));
        }

        using (var broken = await UploadAsync(security, "{ not json"))
        {
            Assert.NotEmpty(await broken.FieldErrorsAsync("file"));
        }

        Assert.Equal("Schematic", await KindAsync(city));
        Assert.Equal(uploadsBefore, await UploadCountAsync(security));

        // Only the security administrator uploads.
        using (var refused = await UploadAsync(city, OfficialGeoJson()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var before = await AuditReader.CountAsync(factory);
        using (var uploaded = await UploadAsync(security, OfficialGeoJson()))
        {
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }

        var official = await city.GetFromJsonAsync<JsonElement>("/api/v1/map/base");
        Assert.Equal("Official", official.GetProperty("kind").GetString());
        Assert.Equal(10, official.GetProperty("geoJson").GetProperty("features").GetArrayLength());
        Assert.Equal("驿城区", official.GetProperty("regionNames").GetProperty("411702").GetString());
        Assert.Equal("驿城区", official.GetProperty("geoJson").GetProperty("features")[0].GetProperty("properties").GetProperty("name").GetString()); // named for the map from its adcode
        Assert.Equal("zhumadian.geojson", official.GetProperty("official").GetProperty("fileName").GetString());
        var audit = await AuditReader.EntriesAsync(factory);
        Assert.Contains(audit.Skip(before), e => e.ObjectType == "OfficialMap");
        Assert.DoesNotContain(audit.Skip(before), e => e.ObjectType == "OfficialMapFile");

        using (var reset = await city.DeleteAsync("/api/v1/map/base"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
        }

        using (var reset = await security.DeleteAsync("/api/v1/map/base"))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        Assert.Equal("Schematic", await KindAsync(city));
    }

    [Fact]
    public async Task A_parcel_of_negative_or_zero_area_is_refused_and_nothing_is_stored()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411723");
        var code = "NEG" + Unique();

        using (var negative = await county.PostAsJsonAsync("/api/v1/map/parcels", Parcel(code, -5m)))
        {
            Assert.NotEmpty(await negative.FieldErrorsAsync("areaMu"));
        }

        using (var zero = await county.PostAsJsonAsync("/api/v1/map/parcels", Parcel(code, 0m, price: -1m)))
        {
            Assert.NotEmpty(await zero.FieldErrorsAsync("areaMu"));
        }

        Assert.Equal(0, await ParcelCountAsync(county, code));

        using var created = await county.PostAsJsonAsync("/api/v1/map/parcels", Parcel(code, 120.5m, price: 18m));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var parcel = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("411723", parcel.GetProperty("unitCode").GetString());
        Assert.Equal(120.5m, parcel.GetProperty("areaMu").GetDecimal());

        // Promotional information: another county reads it.
        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411729");
        Assert.Equal(1, await ParcelCountAsync(other, code));
    }

    [Fact]
    public async Task A_county_cannot_write_another_units_parcel_and_a_stale_version_is_a_conflict()
    {
        using var owner = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411724");
        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411725");
        var code = "OWN" + Unique();

        using (var foreign = await other.PostAsJsonAsync("/api/v1/map/parcels", Parcel(code, 10m, unitCode: "411724")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        }

        Assert.Equal(0, await ParcelCountAsync(owner, code));
        var parcel = await (await owner.PostAsJsonAsync("/api/v1/map/parcels", Parcel(code, 10m))).Content.ReadFromJsonAsync<JsonElement>();
        var id = parcel.GetProperty("id").GetString();
        var version = parcel.GetProperty("version").GetInt32();

        using (var edit = await other.PutAsJsonAsync($"/api/v1/map/parcels/{id}", new { code, name = "改名", areaMu = 11m, use = "Industrial", status = "Reserved", version }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        }

        using (var delete = await other.DeleteAsync($"/api/v1/map/parcels/{id}?version={version}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        }

        using (var first = await owner.PutAsJsonAsync($"/api/v1/map/parcels/{id}", new { code, name = "第一次修改", areaMu = 12m, use = "Industrial", status = "Reserved", version }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var stale = await owner.PutAsJsonAsync($"/api/v1/map/parcels/{id}", new { code, name = "过期修改", areaMu = 13m, use = "Industrial", status = "Sold", version }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/map/parcels/{id}");
        Assert.Equal("第一次修改", stored.GetProperty("name").GetString());
        Assert.Equal("Reserved", stored.GetProperty("status").GetString());

        // The city writes any unit's.
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using (var cityEdit = await city.PutAsJsonAsync($"/api/v1/map/parcels/{id}", new { code, name = "市级修改", areaMu = 12m, use = "Industrial", status = "Sold", version = version + 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, cityEdit.StatusCode);
        }
    }

    [Fact]
    public async Task The_projects_layer_counts_the_projects_and_their_investment_per_unit_and_stage_within_the_scope()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411721");
        static (int Count, decimal Amount) Negotiating(JsonElement layers, string unit)
        {
            var stages = layers.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == unit).GetProperty("stages").EnumerateArray()
                .Where(s => s.GetProperty("stage").GetString() == "Negotiating").ToList();
            return stages.Count == 0 ? (0, 0m) : (stages[0].GetProperty("projects").GetInt32(), stages[0].GetProperty("contractInvestmentWan").GetDecimal());
        }

        var before = Negotiating(await county.GetFromJsonAsync<JsonElement>("/api/v1/map/layers"), "411721");
        await InvestorsApiTests.RegisterProjectAsync(county, $"地图图层项目甲{Unique()}");
        await InvestorsApiTests.RegisterProjectAsync(county, $"地图图层项目乙{Unique()}");

        var layers = await county.GetFromJsonAsync<JsonElement>("/api/v1/map/layers");
        var after = Negotiating(layers, "411721");
        Assert.Equal(before.Count + 2, after.Count);
        Assert.Equal(before.Amount + 100_000m, after.Amount);

        // The layer follows the data scope: another county's confidential project counts for the city, not for this county.
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var cityBefore = Negotiating(await city.GetFromJsonAsync<JsonElement>("/api/v1/map/layers"), "411725");
        var countyBefore = Negotiating(await county.GetFromJsonAsync<JsonElement>("/api/v1/map/layers"), "411725");
        await InvestorsApiTests.RegisterProjectAsync(city, $"地图图层保密项目{Unique()}", unitCode: "411725", confidential: true);
        Assert.Equal(cityBefore.Count + 1, Negotiating(await city.GetFromJsonAsync<JsonElement>("/api/v1/map/layers"), "411725").Count);
        Assert.Equal(countyBefore, Negotiating(await county.GetFromJsonAsync<JsonElement>("/api/v1/map/layers"), "411725"));

        // The parks plan A names are shipped as carriers, placed near their seat.
        Assert.Contains(layers.GetProperty("carriers").EnumerateArray(), c => c.GetProperty("name").GetString() == "平舆县建筑防水产业园" && c.GetProperty("unitCode").GetString() == "411723");
    }

    [Fact]
    public async Task A_route_keeps_its_stops_in_order_and_reorders_them()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var carriers = await city.GetFromJsonAsync<JsonElement>("/api/v1/map/carriers?text=" + Uri.EscapeDataString("泌阳县绿色石材加工产业园"));
        var carrierId = carriers.GetProperty("items")[0].GetProperty("id").GetString();
        var name = "考察线路" + Unique();

        using (var bad = await city.PostAsJsonAsync("/api/v1/map/routes", new { name, visitOn = "2025-09-01", stops = new object[] { new { kind = "Carrier" }, new { kind = "Text", title = " " } } }))
        {
            Assert.NotEmpty(await bad.FieldErrorsAsync("stops[0].referenceId"));
        }

        using var created = await city.PostAsJsonAsync("/api/v1/map/routes", new
        {
            name,
            forWhom = "某投资考察团",
            visitOn = "2025-09-01",
            stops = new object[]
            {
                new { kind = "Text", title = "市招商局座谈", unitCode = "411702", time = "09:00" },
                new { kind = "Carrier", referenceId = carrierId, time = "14:00" },
                new { kind = "Text", title = "返程", time = "17:30" },
            },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var route = await created.Content.ReadFromJsonAsync<JsonElement>();
        var stops = route.GetProperty("stops").EnumerateArray().ToList();
        Assert.Equal(["市招商局座谈", "泌阳县绿色石材加工产业园", "返程"], stops.Select(s => s.GetProperty("title").GetString()));
        Assert.Equal([1, 2, 3], stops.Select(s => s.GetProperty("position").GetInt32()));
        Assert.Equal("411726", stops[1].GetProperty("unitCode").GetString());
        var id = route.GetProperty("id").GetString();
        var version = route.GetProperty("version").GetInt32();
        var ids = stops.Select(s => s.GetProperty("id").GetString()).ToArray();

        using (var incomplete = await city.PutAsJsonAsync($"/api/v1/map/routes/{id}/order", new { stopIds = new[] { ids[2], ids[0] }, version }))
        {
            Assert.NotEmpty(await incomplete.FieldErrorsAsync("stopIds"));
        }

        using (var reordered = await city.PutAsJsonAsync($"/api/v1/map/routes/{id}/order", new { stopIds = new[] { ids[1], ids[0], ids[2] }, version }))
        {
            Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);
        }

        using (var stale = await city.PutAsJsonAsync($"/api/v1/map/routes/{id}/order", new { stopIds = new[] { ids[0], ids[1], ids[2] }, version }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var stored = await city.GetFromJsonAsync<JsonElement>($"/api/v1/map/routes/{id}");
        Assert.Equal(["泌阳县绿色石材加工产业园", "市招商局座谈", "返程"], stored.GetProperty("stops").EnumerateArray().Select(s => s.GetProperty("title").GetString()));

        // A county cannot change the city's route.
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        using (var foreign = await county.PutAsJsonAsync($"/api/v1/map/routes/{id}/order", new { stopIds = new[] { ids[0], ids[1], ids[2] }, version = version + 1 }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        }

        // The route appears on the map as a line through its placed stops (the free-text stop without a unit has no place).
        var layers = await county.GetFromJsonAsync<JsonElement>("/api/v1/map/layers");
        var line = layers.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal(2, line.GetProperty("stops").GetArrayLength());
    }

    [Fact]
    public async Task Opportunities_need_a_plan_direction_and_a_non_negative_investment()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        var title = "合作机会" + Unique();

        using (var bad = await county.PostAsJsonAsync("/api/v1/map/opportunities", new { title, directionCode = "nonsense", investmentWan = -1m }))
        {
            var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("directionCode", out _));
            Assert.True(problem.GetProperty("errors").TryGetProperty("investmentWan", out _));
        }

        using var created = await county.PostAsJsonAsync("/api/v1/map/opportunities", new { title, directionCode = "food", investmentWan = 30_000m, description = "休闲食品精深加工", status = "Published" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var opportunity = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("411728", opportunity.GetProperty("unitCode").GetString());

        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411702");
        using (var foreign = await other.DeleteAsync($"/api/v1/map/opportunities/{opportunity.GetProperty("id").GetString()}?version=1"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        }
    }
}
