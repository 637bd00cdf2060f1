using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>The year and month pickers of the supervision pages.</summary>
internal static class PeriodChoice
{
    /// <summary>The years to offer, newest first: from 2021 (the plan's first year) to this year, plus <paramref name="ahead"/> years for planning.</summary>
    public static IEnumerable<int> Years(TimeProvider clock, int ahead = 0) =>
        Enumerable.Range(2021, Math.Max(1, ChinaTime.Today(clock).Year - 2020 + ahead)).Reverse();

    /// <summary>The month asked for in the address, or by default the last month that has ended (China time).</summary>
    public static ReportingPeriod FromQuery(TimeProvider clock, int? year, int? month) =>
        year is { } y && month is { } m && m is >= 1 and <= 12 && y is >= 2021 and <= 2100 ? new ReportingPeriod(y, m) : ReportingPeriod.Of(ChinaTime.Today(clock)).Previous;
}
