namespace Tianzhong.Modules.Investment.Features.Funds;

/// <summary>The calendar day in China: dates received, periods and deadlines are China dates, whatever the server's zone.</summary>
public static class ChinaCalendar
{
    // China has had no daylight saving since 1991, so a fixed UTC+8 is a faithful stand-in where tzdata is missing.
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");

    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Zone).DateTime);
    }
}
