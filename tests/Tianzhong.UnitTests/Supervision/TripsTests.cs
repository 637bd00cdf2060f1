using Tianzhong.Modules.Supervision.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

public sealed class TripRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static TripInput Valid(DateOnly? departed = null, DateOnly? returned = null) =>
        new("Wang Wei", "County head", departed ?? new DateOnly(2026, 11, 20), returned ?? new DateOnly(2026, 11, 22), "Shenzhen", "Chair of A Co.", "Signed an intent");

    private static List<(string Field, TripProblem Problem)> Check(TripInput trip, params TripVisitInput[] visits) =>
        [.. TripRules.Check(trip, visits, Today).Select(p => (p.Field, p.Problem))];

    [Fact]
    public void A_complete_trip_passes()
    {
        Assert.Empty(Check(Valid(), new TripVisitInput(Guid.NewGuid(), null, "Send the plan", new DateOnly(2026, 12, 1))));
    }

    [Fact]
    public void Required_fields_are_named()
    {
        var problems = Check(new TripInput(" ", null, null, null, "", null, null));
        Assert.Equal(
            [("leaderName", TripProblem.Required), ("leaderPost", TripProblem.Required), ("destination", TripProblem.Required), ("outcome", TripProblem.Required), ("departedOn", TripProblem.Required), ("returnedOn", TripProblem.Required)],
            problems);
    }

    [Fact]
    public void Lengths_are_limited_after_trimming()
    {
        var trip = Valid() with { LeaderName = new string('a', 64) + "  ", LeaderPost = new string('b', 65), Destination = new string('c', 201), ContactsMet = new string('d', 1001), Outcome = new string('e', 2001) };
        var problems = TripRules.Check(trip, [new TripVisitInput(Guid.NewGuid(), null, new string('f', 1001), null)], Today);
        Assert.Equal(["leaderPost", "destination", "contactsMet", "outcome", "visits[0].followUp"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(TripProblem.TooLong, p.Problem));
        Assert.Equal([64, 200, 1000, 2000, 1000], problems.Select(p => p.Limit));
    }

    [Fact]
    public void The_return_is_not_before_the_departure()
    {
        Assert.Equal([("returnedOn", TripProblem.ReturnBeforeDeparture)], Check(Valid(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 19))));
        Assert.Empty(Check(Valid(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20))));
    }

    [Fact]
    public void A_trip_lasts_at_most_31_days_counting_both_ends()
    {
        // 1 to 31 October is 31 days; to 1 November is 32.
        Assert.Empty(Check(Valid(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))));
        var problem = Assert.Single(TripRules.Check(Valid(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)), [], Today));
        Assert.Equal(("returnedOn", TripProblem.TripTooLong, 31), (problem.Field, problem.Problem, problem.Limit));
    }

    [Fact]
    public void A_trip_may_start_today_but_not_later_and_may_still_be_under_way()
    {
        Assert.Empty(Check(Valid(Today, Today.AddDays(3))));
        Assert.Equal([("departedOn", TripProblem.StartsInFuture)], Check(Valid(Today.AddDays(1), Today.AddDays(2))));
    }

    [Fact]
    public void An_organisation_is_listed_once_and_must_be_chosen()
    {
        var organisation = Guid.NewGuid();
        var problems = Check(Valid(), new(organisation, null, null, null), new(Guid.NewGuid(), null, null, null), new(organisation, null, null, null), new(Guid.Empty, null, null, null));
        Assert.Equal([("visits[2].organisationId", TripProblem.OrganisationRepeated), ("visits[3].organisationId", TripProblem.Required)], problems);
    }

    [Fact]
    public void The_next_follow_up_is_not_before_the_departure()
    {
        var departed = new DateOnly(2026, 11, 20);
        Assert.Equal(
            [("visits[0].nextFollowUpOn", TripProblem.FollowUpBeforeDeparture)],
            Check(Valid(departed), new(Guid.NewGuid(), null, null, departed.AddDays(-1)), new(Guid.NewGuid(), null, null, departed)));
    }
}

public sealed class TripWeekTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-11-23")] // Monday
    [InlineData("2026-11-26", "2026-11-23")] // Thursday
    [InlineData("2026-11-29", "2026-11-23")] // Sunday belongs to the week before the next Monday
    [InlineData("2026-11-30", "2026-11-30")]
    [InlineData("2027-01-01", "2026-12-28")] // a Friday: its week starts in the old year
    public void A_week_runs_from_Monday_to_Sunday(string date, string monday)
    {
        var week = TripWeek.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), week.FirstDay);
        Assert.Equal(week.FirstDay.AddDays(6), week.LastDay);
        Assert.Equal(DayOfWeek.Sunday, week.LastDay.DayOfWeek);
    }

    [Fact]
    public void Week_numbers_follow_ISO_8601_around_New_Year()
    {
        // 2026-12-31 is a Thursday, so its week is week 53 of 2026; 2027-01-04 (Monday) starts week 1 of 2027.
        var last = TripWeek.Containing(new DateOnly(2027, 1, 3));
        Assert.Equal((2026, 53), (last.IsoYear, last.IsoNumber));
        var first = TripWeek.Containing(new DateOnly(2027, 1, 4));
        Assert.Equal((2027, 1), (first.IsoYear, first.IsoNumber));

        // 2024-12-30 (Monday) already belongs to week 1 of 2025.
        var early = TripWeek.Containing(new DateOnly(2024, 12, 31));
        Assert.Equal((2025, 1, new DateOnly(2024, 12, 30)), (early.IsoYear, early.IsoNumber, early.FirstDay));
    }

    [Fact]
    public void A_trip_spanning_two_weeks_counts_only_its_days_inside_each()
    {
        // Saturday 28 November to Tuesday 1 December 2026: 2 days in the week of 23 November, 2 in the next.
        var departed = new DateOnly(2026, 11, 28);
        var returned = new DateOnly(2026, 12, 1);
        var first = TripWeek.Containing(departed);
        var second = TripWeek.Containing(returned);
        Assert.Equal(2, first.DaysAway(departed, returned));
        Assert.Equal(2, second.DaysAway(departed, returned));
        Assert.True(first.Overlaps(departed, returned) && second.Overlaps(departed, returned));

        var later = TripWeek.Containing(new DateOnly(2026, 12, 7));
        Assert.False(later.Overlaps(departed, returned));
        Assert.Equal(0, later.DaysAway(departed, returned));
    }

    [Fact]
    public void A_trip_longer_than_the_week_counts_seven_days_and_a_one_day_trip_one()
    {
        var week = TripWeek.Containing(new DateOnly(2026, 11, 25));
        Assert.Equal(7, week.DaysAway(new DateOnly(2026, 11, 10), new DateOnly(2026, 12, 5)));
        Assert.Equal(1, week.DaysAway(new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 29)));
        Assert.Equal(1, week.DaysAway(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 23)));
    }
}
