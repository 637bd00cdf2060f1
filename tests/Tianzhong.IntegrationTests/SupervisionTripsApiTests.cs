using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Trips;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class SupervisionTripsApiTests(TianzhongFactory factory)
{
    private const string Trips = "/api/v1/supervision/trips";

    private static object Trip(string leader, string departed, string returned, object[]? visits = null, string? unitCode = null) => new
    {
        unitCode,
        leaderName = leader,
        leaderPost = "县长",
        departedOn = departed,
        returnedOn = returned,
        destination = "广东省深圳市",
        contactsMet = "某集团董事长",
        outcome = "达成投资意向",
        visits = visits ?? [],
    };

    private static object Visit(string organisationId, string? projectId = null, string? followUp = null, string? next = null) =>
        new { organisationId, projectId, followUp, nextFollowUpOn = next };

    private static async Task<string> OrganisationAsync(HttpClient client) =>
        (await InvestorsApiTests.RegisterAsync(client, $"周动态测试{InvestorsApiTests.Unique()}科技有限公司")).GetProperty("id").GetString()!;

    private static async Task<JsonElement> RecordAsync(HttpClient client, object trip)
    {
        using var response = await client.PostAsJsonAsync(Trips, trip);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<int> TripCountAsync(HttpClient client, string leader) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Trips}?leader={Uri.EscapeDataString(leader)}")).GetProperty("total").GetInt32();

    private static async Task<int> InteractionCountAsync(HttpClient client, string organisationId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/investment/interactions?organisationId={organisationId}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_county_records_a_trip_and_its_visit_becomes_an_interaction_of_the_organisation()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        var organisationId = await OrganisationAsync(county);
        var projectId = (await InvestorsApiTests.RegisterProjectAsync(county, $"周动态项目{InvestorsApiTests.Unique()}")).GetProperty("id").GetString()!;
        var leader = $"李{InvestorsApiTests.Unique()}";

        var trip = await RecordAsync(county, Trip(leader, "2025-05-12", "2025-05-14", [Visit(organisationId, projectId, "寄送项目方案", "2025-06-01")]));
        Assert.Equal("411726", trip.GetProperty("unitCode").GetString());
        Assert.Equal(0, trip.GetProperty("version").GetInt32());
        var visit = Assert.Single(trip.GetProperty("visits").EnumerateArray());
        var interactionId = visit.GetProperty("interactionId").GetString();
        Assert.False(string.IsNullOrEmpty(interactionId));
        Assert.Contains(await AuditReader.EntriesAsync(factory, "Create"), e => e.ObjectType == "Trip" && e.ObjectId == trip.GetProperty("id").GetString());

        var interactions = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/interactions?organisationId={organisationId}");
        var interaction = Assert.Single(interactions.GetProperty("items").EnumerateArray());
        Assert.Equal(interactionId, interaction.GetProperty("id").GetString());
        Assert.Equal("Visit", interaction.GetProperty("kind").GetString());
        Assert.Equal("2025-05-12", interaction.GetProperty("occurredOn").GetString());
        Assert.Equal(projectId, interaction.GetProperty("projectId").GetString());
        Assert.Equal("411726", interaction.GetProperty("unitCode").GetString());
        Assert.Contains(leader, interaction.GetProperty("officials").GetString(), StringComparison.Ordinal);
        Assert.Equal("寄送项目方案", interaction.GetProperty("notes").GetString());
        Assert.Equal("2025-06-01", interaction.GetProperty("nextFollowUpOn").GetString());

        var id = trip.GetProperty("id").GetString();
        var read = await county.GetFromJsonAsync<JsonElement>($"{Trips}/{id}");
        Assert.Equal(leader, read.GetProperty("leaderName").GetString());
        Assert.Equal(interactionId, read.GetProperty("visits")[0].GetProperty("interactionId").GetString());

        // The city sees it; another county neither lists nor reads it.
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var cityList = await city.GetFromJsonAsync<JsonElement>($"{Trips}?unitCode=411726&leader={Uri.EscapeDataString(leader)}");
        Assert.Equal(1, cityList.GetProperty("total").GetInt32());
        Assert.Equal(1, cityList.GetProperty("items")[0].GetProperty("visitCount").GetInt32());
        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        Assert.Equal(0, await TripCountAsync(other, leader));
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>($"{Trips}?unitCode=411726&leader={Uri.EscapeDataString(leader)}")).GetProperty("total").GetInt32());
        await (await other.GetAsync($"{Trips}/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411724");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisationId = await OrganisationAsync(county);
        var otherUnitsProject = (await InvestorsApiTests.RegisterProjectAsync(city, $"别县项目{InvestorsApiTests.Unique()}", unitCode: "411723")).GetProperty("id").GetString()!;
        var leader = $"赵{InvestorsApiTests.Unique()}";
        var visits = new[]
        {
            Visit(organisationId, next: "2025-04-30"),
            Visit(organisationId),
            Visit(Guid.NewGuid().ToString()),
            Visit(await OrganisationAsync(county), otherUnitsProject, new string('跟', 1001)),
        };

        using var response = await county.PostAsJsonAsync(Trips, new
        {
            leaderName = leader,
            leaderPost = " ",
            departedOn = "2025-05-02",
            returnedOn = "2025-05-01",
            destination = "上海市",
            outcome = "洽谈",
            visits,
        });
        Assert.NotEmpty(await response.FieldErrorsAsync("leaderPost"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "returnedOn", "visits[0].nextFollowUpOn", "visits[1].organisationId", "visits[2].organisationId", "visits[3].projectId", "visits[3].followUp" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}: {errors}");
        }

        Assert.Contains("不能早于出发日期", errors.GetProperty("visits[0].nextFollowUpOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await TripCountAsync(county, leader));
        Assert.Equal(0, await InteractionCountAsync(county, organisationId));

        using var tooLong = await county.PostAsJsonAsync(Trips, Trip(leader, "2025-01-01", "2025-02-01"));
        Assert.NotEmpty(await tooLong.FieldErrorsAsync("returnedOn"));
        using var future = await county.PostAsJsonAsync(Trips, Trip(leader, "2999-01-01", "2999-01-02"));
        Assert.NotEmpty(await future.FieldErrorsAsync("departedOn"));
        using var noUnit = await city.PostAsJsonAsync(Trips, Trip(leader, "2025-01-01", "2025-01-02"));
        Assert.NotEmpty(await noUnit.FieldErrorsAsync("unitCode"));
        using var unknownUnit = await city.PostAsJsonAsync(Trips, Trip(leader, "2025-01-01", "2025-01-02", unitCode: "999999"));
        Assert.NotEmpty(await unknownUnit.FieldErrorsAsync("unitCode"));
        Assert.Equal(0, await TripCountAsync(city, leader));
    }

    [Fact]
    public async Task A_county_officer_recording_for_another_unit_is_refused_audited_and_nothing_is_written()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411721");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var organisationId = await OrganisationAsync(county);
        var leader = $"钱{InvestorsApiTests.Unique()}";

        // Without visits the trip's own save is refused; with one, the first write (the interaction) already is.
        foreach (var (visits, refusedType) in new[] { (Array.Empty<object>(), "Trip"), ([Visit(organisationId, followUp: "回访")], "Interaction") })
        {
            var denied = (await AuditReader.EntriesAsync(factory, "AccessDenied")).Count(e => e.ObjectType == refusedType);
            using var response = await county.PostAsJsonAsync(Trips, Trip(leader, "2025-02-03", "2025-02-04", visits, unitCode: "411729"));
            await response.ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(denied + 1, (await AuditReader.EntriesAsync(factory, "AccessDenied")).Count(e => e.ObjectType == refusedType));
        }

        Assert.Equal(0, await TripCountAsync(city, leader));
        Assert.Equal(0, await InteractionCountAsync(city, organisationId));
    }

    [Fact]
    public async Task The_week_counts_trips_leader_days_inside_the_week_and_distinct_organisations_per_unit()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var x = await OrganisationAsync(city);
        var y = await OrganisationAsync(city);

        // Week 11 of 2025 runs from Monday 10 to Sunday 16 March.
        await RecordAsync(city, Trip("确山甲", "2025-03-08", "2025-03-11", [Visit(x), Visit(y)], unitCode: "411725")); // 2 days in the week
        await RecordAsync(city, Trip("确山乙", "2025-03-14", "2025-03-20", [Visit(x)], unitCode: "411725")); // 3 days in the week
        await RecordAsync(city, Trip("汝南甲", "2025-03-12", "2025-03-12", unitCode: "411727")); // 1 day, no visit

        var week = await city.GetFromJsonAsync<JsonElement>($"{Trips}/weeks/2025-03-13");
        Assert.Equal((2025, 11, "2025-03-10", "2025-03-16"), (week.GetProperty("isoYear").GetInt32(), week.GetProperty("isoWeek").GetInt32(), week.GetProperty("firstDay").GetString(), week.GetProperty("lastDay").GetString()));
        var units = week.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(13, units.Count);
        Assert.Equal("411702", units[0].GetProperty("unitCode").GetString());
        var queshan = units.Single(u => u.GetProperty("unitCode").GetString() == "411725");
        Assert.Equal((2, 5, 2), (queshan.GetProperty("trips").GetInt32(), queshan.GetProperty("leaderDays").GetInt32(), queshan.GetProperty("organisations").GetInt32()));
        var runan = units.Single(u => u.GetProperty("unitCode").GetString() == "411727");
        Assert.Equal((1, 1, 0), (runan.GetProperty("trips").GetInt32(), runan.GetProperty("leaderDays").GetInt32(), runan.GetProperty("organisations").GetInt32()));
        Assert.Equal(3, week.GetProperty("totalTrips").GetInt32());
        var idle = week.GetProperty("unitsWithoutTrips").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Equal(11, idle.Count);
        Assert.DoesNotContain("411725", idle);
        Assert.Contains("411723", idle);

        var bulletin = week.GetProperty("trips").EnumerateArray().ToList();
        Assert.Equal(["确山甲", "确山乙", "汝南甲"], bulletin.Select(t => t.GetProperty("leaderName").GetString()));
        Assert.Equal([2, 3, 1], bulletin.Select(t => t.GetProperty("daysInWeek").GetInt32()));
        Assert.Equal(2, bulletin[0].GetProperty("organisationNames").GetArrayLength());
        Assert.Equal("确山县", bulletin[0].GetProperty("unitName").GetString());

        // The week before holds only the first trip's Saturday and Sunday.
        var before = await city.GetFromJsonAsync<JsonElement>($"{Trips}/weeks/2025-03-09");
        var earlier = before.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == "411725");
        Assert.Equal((1, 2, 2), (earlier.GetProperty("trips").GetInt32(), earlier.GetProperty("leaderDays").GetInt32(), earlier.GetProperty("organisations").GetInt32()));

        // A county's roll-up is its own line only.
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411727");
        var own = await county.GetFromJsonAsync<JsonElement>($"{Trips}/weeks/2025-03-16");
        var line = Assert.Single(own.GetProperty("units").EnumerateArray());
        Assert.Equal(("411727", 1), (line.GetProperty("unitCode").GetString(), line.GetProperty("trips").GetInt32()));
        Assert.Equal(["汝南甲"], own.GetProperty("trips").EnumerateArray().Select(t => t.GetProperty("leaderName").GetString()));
    }

    [Fact]
    public async Task A_revision_carries_the_version_read_and_a_stale_one_gets_409()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        var leader = $"孙{InvestorsApiTests.Unique()}";
        var trip = await RecordAsync(county, Trip(leader, "2025-04-07", "2025-04-08"));
        var id = trip.GetProperty("id").GetString();
        var revision = new { leaderName = leader, leaderPost = "县委书记", departedOn = "2025-04-07", returnedOn = "2025-04-09", destination = "江苏省苏州市", contactsMet = "", outcome = "签订框架协议", version = 0 };

        using (var first = await county.PutAsJsonAsync($"{Trips}/{id}", revision))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }

        using (var stale = await county.PutAsJsonAsync($"{Trips}/{id}", revision with { destination = "浙江省杭州市" }))
        {
            var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("已被他人修改", problem.GetProperty("detail").GetString() ?? problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        var read = await county.GetFromJsonAsync<JsonElement>($"{Trips}/{id}");
        Assert.Equal(("江苏省苏州市", "2025-04-09", 1), (read.GetProperty("destination").GetString(), read.GetProperty("returnedOn").GetString(), read.GetProperty("version").GetInt32()));

        using var bad = await county.PutAsJsonAsync($"{Trips}/{id}", revision with { returnedOn = "2025-04-01", version = 1 });
        Assert.NotEmpty(await bad.FieldErrorsAsync("returnedOn"));

        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        await (await other.PutAsJsonAsync($"{Trips}/{id}", revision with { version = 1 })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_trip_departing_in_the_range_is_one_figure_line_of_its_unit()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var inside = await RecordAsync(city, Trip("平舆甲", "2025-07-31", "2025-08-02", unitCode: "411723"));
        await RecordAsync(city, Trip("平舆乙", "2025-08-31", "2025-09-01", unitCode: "411723"));
        await RecordAsync(city, Trip("平舆丙", "2025-07-30", "2025-08-01", unitCode: "411723"));

        await using var scope = factory.Services.GetRequiredService<ISystemScopeFactory>().CreateSystemScope();
        var lines = await scope.ServiceProvider.GetRequiredService<TripFigures>().LinesAsync(new DateOnly(2025, 7, 31), new DateOnly(2025, 8, 31), "411723", CancellationToken.None);
        Assert.Equal(["平舆甲 广东省深圳市", "平舆乙 广东省深圳市"], lines.Select(l => l.Label));
        var first = lines[0];
        Assert.Equal((FigureKind.Trip, inside.GetProperty("id").GetGuid(), new DateOnly(2025, 7, 31), 0m, 1m), (first.Kind, first.Reference, first.OccurredOn, first.AmountWan, first.Share));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<TripFigures>().LinesAsync(new DateOnly(2025, 7, 31), new DateOnly(2025, 8, 31), "411721", CancellationToken.None));
    }
}
