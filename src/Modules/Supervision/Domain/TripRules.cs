using System.Globalization;

namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>Why a trip's input was refused (each has its message in TripsText).</summary>
public enum TripProblem
{
    Required,
    TooLong,
    ReturnBeforeDeparture,
    TripTooLong,
    StartsInFuture,
    FollowUpBeforeDeparture,
    OrganisationRepeated,
}

/// <summary>A trip's facts as typed, before any check.</summary>
public sealed record TripInput(string? LeaderName, string? LeaderPost, DateOnly? DepartedOn, DateOnly? ReturnedOn, string? Destination, string? ContactsMet, string? Outcome);

/// <summary>A visit as typed, before any check.</summary>
public sealed record TripVisitInput(Guid OrganisationId, Guid? ProjectId, string? FollowUp, DateOnly? NextFollowUpOn);

/// <summary>One refusal: the field (as the API names it), the problem and, for lengths, the limit.</summary>
public sealed record TripProblemAt(string Field, TripProblem Problem, int Limit = 0);

/// <summary>The rules of a trip record that need no database: lengths, dates and repeated organisations.</summary>
public static class TripRules
{
    public const int MaxLeaderName = 64;
    public const int MaxLeaderPost = 64;
    public const int MaxDestination = 200;
    public const int MaxContactsMet = 1000;
    public const int MaxOutcome = 2000;
    public const int MaxFollowUp = 1000;

    /// <summary>A trip lasts at most this many calendar days, counting the departure and the return day.</summary>
    public const int MaxDays = 31;

    public static string VisitField(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"visits[{index}].{field}");

    public static IReadOnlyList<TripProblemAt> Check(TripInput trip, IReadOnlyList<TripVisitInput> visits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trip);
        ArgumentNullException.ThrowIfNull(visits);
        var problems = new List<TripProblemAt>();
        Text(problems, "leaderName", trip.LeaderName, MaxLeaderName, required: true);
        Text(problems, "leaderPost", trip.LeaderPost, MaxLeaderPost, required: true);
        Text(problems, "destination", trip.Destination, MaxDestination, required: true);
        Text(problems, "contactsMet", trip.ContactsMet, MaxContactsMet, required: false);
        Text(problems, "outcome", trip.Outcome, MaxOutcome, required: true);

        if (trip.DepartedOn is not { } departed)
        {
            problems.Add(new("departedOn", TripProblem.Required));
        }
        else if (departed > today)
        {
            problems.Add(new("departedOn", TripProblem.StartsInFuture));
        }

        if (trip.ReturnedOn is not { } returned)
        {
            problems.Add(new("returnedOn", TripProblem.Required));
        }
        else if (trip.DepartedOn is { } from)
        {
            if (returned < from)
            {
                problems.Add(new("returnedOn", TripProblem.ReturnBeforeDeparture));
            }
            else if (returned.DayNumber - from.DayNumber + 1 > MaxDays)
            {
                problems.Add(new("returnedOn", TripProblem.TripTooLong, MaxDays));
            }
        }

        var seen = new HashSet<Guid>();
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            if (visit.OrganisationId == Guid.Empty)
            {
                problems.Add(new(VisitField(i, "organisationId"), TripProblem.Required));
            }
            else if (!seen.Add(visit.OrganisationId))
            {
                problems.Add(new(VisitField(i, "organisationId"), TripProblem.OrganisationRepeated));
            }

            Text(problems, VisitField(i, "followUp"), visit.FollowUp, MaxFollowUp, required: false);
            if (visit.NextFollowUpOn is { } next && trip.DepartedOn is { } start && next < start)
            {
                problems.Add(new(VisitField(i, "nextFollowUpOn"), TripProblem.FollowUpBeforeDeparture));
            }
        }

        return problems;
    }

    private static void Text(List<TripProblemAt> problems, string field, string? value, int max, bool required)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            if (required)
            {
                problems.Add(new(field, TripProblem.Required));
            }
        }
        else if (trimmed.Length > max)
        {
            problems.Add(new(field, TripProblem.TooLong, max));
        }
    }
}

/// <summary>An ISO 8601 week, Monday to Sunday, as the weekly trips report (周动态) counts it.</summary>
public readonly record struct TripWeek
{
    private TripWeek(DateOnly firstDay) => FirstDay = firstDay;

    /// <summary>The Monday.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The Sunday.</summary>
    public DateOnly LastDay => FirstDay.AddDays(6);

    /// <summary>The ISO week-numbering year, which differs from the calendar year around New Year.</summary>
    public int IsoYear => ISOWeek.GetYear(FirstDay.ToDateTime(TimeOnly.MinValue));

    public int IsoNumber => ISOWeek.GetWeekOfYear(FirstDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>The week holding <paramref name="date"/>.</summary>
    public static TripWeek Containing(DateOnly date) => new(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)));

    /// <summary>True when a trip from <paramref name="departed"/> to <paramref name="returned"/> has at least one day in the week.</summary>
    public bool Overlaps(DateOnly departed, DateOnly returned) => departed <= LastDay && returned >= FirstDay;

    /// <summary>The days of the trip that fall inside the week (both ends counted): the leader-days away this week.</summary>
    public int DaysAway(DateOnly departed, DateOnly returned)
    {
        var first = departed > FirstDay ? departed : FirstDay;
        var last = returned < LastDay ? returned : LastDay;
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }
}
