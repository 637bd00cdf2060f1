namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>One period of the 三个一批 in a year: a quarter or a pair of months, numbered from 1.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Index">1–4 for quarters, 1–6 for bi-months.</param>
/// <param name="Cadence">The cadence the period belongs to.</param>
/// <param name="FirstDay">The period's first day.</param>
/// <param name="LastDay">The period's last day (inclusive).</param>
public sealed record BatchPeriod(int Year, int Index, BatchCadence Cadence, DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>The resource key of the period's name within its year (e.g. the first quarter, January–February).</summary>
    public string LabelKey => BatchPeriods.LabelKey(Cadence, Index);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;
}

/// <summary>
/// The periods of a year under a cadence: quarters under plan A part 7(3), bi-months (双月集中签约) as in the 13th plan
/// (plan A part 1(1)). Both split the calendar year into whole months without gaps.
/// </summary>
public static class BatchPeriods
{
    /// <summary>The cadence when the year has no ranking scheme: quarterly, as plan A part 7(3) sets it.</summary>
    public const BatchCadence DefaultCadence = BatchCadence.Quarterly;

    public static int MonthsPer(BatchCadence cadence) => cadence switch
    {
        BatchCadence.Quarterly => 3,
        BatchCadence.BiMonthly => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, null),
    };

    public static int CountPerYear(BatchCadence cadence) => 12 / MonthsPer(cadence);

    /// <summary>The cadence of a year: the scheme's when one exists, otherwise the default.</summary>
    public static BatchCadence CadenceOf(BatchCadence? schemeCadence) => schemeCadence ?? DefaultCadence;

    public static string LabelKey(BatchCadence cadence, int index) => $"Period.{cadence}.{index}";

    public static bool IsValidIndex(BatchCadence cadence, int index) => index >= 1 && index <= CountPerYear(cadence);

    /// <summary>The period with the given number; throws when the cadence has no such period.</summary>
    public static BatchPeriod Get(int year, BatchCadence cadence, int index)
    {
        if (!IsValidIndex(cadence, index))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, null);
        }

        var months = MonthsPer(cadence);
        var first = new DateOnly(year, ((index - 1) * months) + 1, 1);
        return new BatchPeriod(year, index, cadence, first, first.AddMonths(months).AddDays(-1));
    }

    public static IReadOnlyList<BatchPeriod> Of(int year, BatchCadence cadence) =>
        [.. Enumerable.Range(1, CountPerYear(cadence)).Select(i => Get(year, cadence, i))];

    /// <summary>The period that holds the date.</summary>
    public static BatchPeriod Containing(DateOnly date, BatchCadence cadence) =>
        Get(date.Year, cadence, ((date.Month - 1) / MonthsPer(cadence)) + 1);
}
