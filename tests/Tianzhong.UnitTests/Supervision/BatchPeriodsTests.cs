using System.Globalization;
using System.Resources;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

public sealed class BatchPeriodsTests
{
    [Fact]
    public void Quarters_split_the_year_into_four_periods_of_three_months()
    {
        var quarters = BatchPeriods.Of(2025, BatchCadence.Quarterly);
        Assert.Equal(
            [
                (1, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)),
                (2, new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)),
                (3, new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)),
                (4, new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)),
            ],
            quarters.Select(q => (q.Index, q.FirstDay, q.LastDay)));
    }

    [Fact]
    public void Bi_months_split_the_year_into_six_periods_and_february_ends_on_its_last_day()
    {
        var leap = BatchPeriods.Of(2024, BatchCadence.BiMonthly);
        Assert.Equal(6, leap.Count);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 29)), (leap[0].FirstDay, leap[0].LastDay));
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 30)), (leap[1].FirstDay, leap[1].LastDay));
        Assert.Equal((new DateOnly(2024, 11, 1), new DateOnly(2024, 12, 31)), (leap[5].FirstDay, leap[5].LastDay));
        Assert.Equal(new DateOnly(2025, 2, 28), BatchPeriods.Get(2025, BatchCadence.BiMonthly, 1).LastDay);
    }

    [Theory]
    [InlineData(BatchCadence.Quarterly)]
    [InlineData(BatchCadence.BiMonthly)]
    public void The_periods_cover_every_day_of_the_year_once(BatchCadence cadence)
    {
        var periods = BatchPeriods.Of(2023, cadence);
        Assert.Equal(new DateOnly(2023, 1, 1), periods[0].FirstDay);
        Assert.Equal(new DateOnly(2023, 12, 31), periods[^1].LastDay);
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.Equal(periods[i - 1].LastDay.AddDays(1), periods[i].FirstDay);
        }
    }

    [Theory]
    [InlineData("2025-01-01", BatchCadence.Quarterly, 1)]
    [InlineData("2025-03-31", BatchCadence.Quarterly, 1)]
    [InlineData("2025-04-01", BatchCadence.Quarterly, 2)]
    [InlineData("2025-06-30", BatchCadence.Quarterly, 2)]
    [InlineData("2025-07-01", BatchCadence.Quarterly, 3)]
    [InlineData("2025-09-30", BatchCadence.Quarterly, 3)]
    [InlineData("2025-10-01", BatchCadence.Quarterly, 4)]
    [InlineData("2025-12-31", BatchCadence.Quarterly, 4)]
    [InlineData("2025-01-01", BatchCadence.BiMonthly, 1)]
    [InlineData("2025-02-28", BatchCadence.BiMonthly, 1)]
    [InlineData("2025-03-01", BatchCadence.BiMonthly, 2)]
    [InlineData("2025-04-30", BatchCadence.BiMonthly, 2)]
    [InlineData("2025-05-01", BatchCadence.BiMonthly, 3)]
    [InlineData("2025-08-31", BatchCadence.BiMonthly, 4)]
    [InlineData("2025-09-01", BatchCadence.BiMonthly, 5)]
    [InlineData("2025-10-31", BatchCadence.BiMonthly, 5)]
    [InlineData("2025-11-01", BatchCadence.BiMonthly, 6)]
    [InlineData("2025-12-31", BatchCadence.BiMonthly, 6)]
    public void A_date_falls_in_the_period_whose_bounds_hold_it(string date, BatchCadence cadence, int expected)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        var period = BatchPeriods.Containing(day, cadence);
        Assert.Equal(expected, period.Index);
        Assert.Equal(2025, period.Year);
        Assert.True(period.Contains(day));
        Assert.False(period.Contains(period.FirstDay.AddDays(-1)));
        Assert.False(period.Contains(period.LastDay.AddDays(1)));
    }

    [Theory]
    [InlineData(BatchCadence.Quarterly, 0)]
    [InlineData(BatchCadence.Quarterly, 5)]
    [InlineData(BatchCadence.BiMonthly, 7)]
    public void A_period_number_outside_the_cadence_is_refused(BatchCadence cadence, int index)
    {
        Assert.False(BatchPeriods.IsValidIndex(cadence, index));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchPeriods.Get(2025, cadence, index));
    }

    [Fact]
    public void A_year_without_a_scheme_runs_quarterly()
    {
        Assert.Equal(BatchCadence.Quarterly, BatchPeriods.CadenceOf(null));
        Assert.Equal(BatchCadence.BiMonthly, BatchPeriods.CadenceOf(BatchCadence.BiMonthly));
        Assert.Equal(BatchCadence.Quarterly, BatchPeriods.CadenceOf(BatchCadence.Quarterly));
    }

    [Theory]
    [InlineData(BatchCadence.Quarterly, 1, "Period.Quarterly.1", "第一季度", "Q1")]
    [InlineData(BatchCadence.Quarterly, 4, "Period.Quarterly.4", "第四季度", "Q4")]
    [InlineData(BatchCadence.BiMonthly, 1, "Period.BiMonthly.1", "1—2月", "Jan–Feb")]
    [InlineData(BatchCadence.BiMonthly, 6, "Period.BiMonthly.6", "11—12月", "Nov–Dec")]
    public void Labels_come_from_the_resources_in_both_languages(BatchCadence cadence, int index, string key, string chinese, string english)
    {
        var period = BatchPeriods.Get(2025, cadence, index);
        Assert.Equal(key, period.LabelKey);
        var resources = new ResourceManager(typeof(BatchesText));
        Assert.Equal(chinese, resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(english, resources.GetString(key, CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData(BatchCadence.Quarterly)]
    [InlineData(BatchCadence.BiMonthly)]
    public void Every_period_of_either_cadence_has_a_label(BatchCadence cadence)
    {
        var resources = new ResourceManager(typeof(BatchesText));
        Assert.All(BatchPeriods.Of(2025, cadence), p => Assert.False(string.IsNullOrEmpty(resources.GetString(p.LabelKey, CultureInfo.GetCultureInfo("en")))));
    }
}
