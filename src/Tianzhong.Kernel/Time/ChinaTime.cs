namespace Tianzhong.Kernel.Time;

/// <summary>
/// Calendar dates as the people of Zhumadian see them: a deadline or a "today" check runs on China Standard Time
/// (UTC+8, no daylight saving since 1991, so a fixed offset needs no time-zone data on the host), whatever time zone the server runs in.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(Offset).DateTime);
    }

    /// <summary>A stored UTC instant as the wall-clock time in China, for display.</summary>
    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);
}
