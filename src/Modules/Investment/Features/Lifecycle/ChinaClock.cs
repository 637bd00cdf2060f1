namespace Tianzhong.Modules.Investment.Features.Lifecycle;

/// <summary>"Today" as the units see it: the calendar date in China (UTC+8, no daylight saving), whatever the server's zone.</summary>
public static class ChinaClock
{
    private static readonly TimeZoneInfo China = FindChina();

    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), China).DateTime);
    }

    /// <summary>A stored UTC instant as the wall-clock time in China, for display.</summary>
    public static DateTime ToChinaTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    // Hosts without time-zone data (minimal containers) still get the right date: China has kept UTC+8 since 1991.
    private static TimeZoneInfo FindChina() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");
}
