namespace Tianzhong.Kernel.Time;

/// <summary>
/// Calendar dates as the people of Zhumadian see them: a deadline or a "today" check runs on China Standard Time
/// (UTC+8, no daylight saving), whatever time zone the server runs in.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
