using Tianzhong.Kernel.Errors;

namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>A calendar month of the reporting year.</summary>
public readonly record struct ReportingPeriod(int Year, int Month) : IComparable<ReportingPeriod>
{
    public static ReportingPeriod Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public ReportingPeriod Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public ReportingPeriod Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    /// <summary>yyyymm, e.g. 202610; sortable and used as a key.</summary>
    public int Key => (Year * 100) + Month;

    /// <summary>The share of the year elapsed at the end of the month (时间进度): month / 12, e.g. 10 → 0.8333.</summary>
    public decimal TimeProgress => Month / 12m;

    /// <summary>The quarter (1–4) the month falls in.</summary>
    public int Quarter => ((Month - 1) / 3) + 1;

    public static ReportingPeriod FromKey(int key) => new(key / 100, key % 100);

    /// <summary>Checks the year and month; a 400 names the field otherwise.</summary>
    public static ReportingPeriod Checked(int year, int month, string invalidMessage)
    {
        if (year is < 2021 or > 2100 || month is < 1 or > 12)
        {
            throw ValidationFailedException.For("month", invalidMessage);
        }

        return new ReportingPeriod(year, month);
    }

    public int CompareTo(ReportingPeriod other) => Key.CompareTo(other.Key);

    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.Key < right.Key;

    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.Key > right.Key;

    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.Key <= right.Key;

    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.Key >= right.Key;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
