using Microsoft.Extensions.Time.Testing;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Dashboards;
using Tianzhong.Modules.Supervision.Pages;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>The city dashboard's headline totals against targets and time progress, and the dashboards' default month.</summary>
public sealed class DashboardTotalsTests
{
    private static UnitCompletion Unit(string code, decimal? value, decimal? target) =>
        new(code, code, 1, 0m, null, ProgressStatus.None, null, [new DashboardIndicator(RankingIndicator.FundsOutsideProvince, value, target, null, ProgressStatus.None)]);

    // 800 + 200 against 4000 + 0: 25% at month 3 (time progress 25%) is green.
    [Fact]
    public void The_city_total_is_the_units_sum_against_the_sum_of_their_targets()
    {
        var total = DashboardQueries.CityTotal(RankingIndicator.FundsOutsideProvince, [Unit("A", 800m, 4_000m), Unit("B", 200m, null)], new ReportingPeriod(2024, 3), 10m);
        Assert.Equal((1_000m, 4_000m, false, 0.25m, ProgressStatus.Green), (total.Value, total.Target, total.TargetFromPlan, total.Completion, total.Status));
    }

    // Without unit targets the plan's 2024 city target counts: 3733333.33 万元; 300000 / 3733333.33 = 0.0804 (4 decimals),
    // 16.7% − 10 points = 6.7% at February, so 8.0% is yellow; 100000 → 0.0268 is red.
    [Theory]
    [InlineData(300_000, 0.0804, ProgressStatus.Yellow)]
    [InlineData(100_000, 0.0268, ProgressStatus.Red)]
    public void Without_unit_targets_the_plans_city_target_counts(int value, double completion, ProgressStatus status)
    {
        var total = DashboardQueries.CityTotal(RankingIndicator.FundsOutsideProvince, [Unit("A", value, null), Unit("B", 0m, 0m)], new ReportingPeriod(2024, 2), 10m);
        Assert.Equal((3_733_333.33m, true, (decimal)completion, status), (total.Target!.Value, total.TargetFromPlan, total.Completion!.Value, total.Status));
    }

    [Fact]
    public void An_indicator_the_scheme_does_not_weigh_has_no_value_and_no_completion()
    {
        var total = DashboardQueries.CityTotal(RankingIndicator.FundsOutsideProvince, [Unit("A", null, null), Unit("B", null, null)], new ReportingPeriod(2024, 2), 10m);
        Assert.Null(total.Value);
        Assert.Null(total.Completion);
        Assert.Equal(ProgressStatus.None, total.Status);
    }

    // 2026-01-01 00:30 in Beijing is still 2025-12-31 in UTC: the last finished month is December 2025 either way;
    // on 2026-03-01 00:30 Beijing (2026-02-28 UTC) it is February, not January.
    [Theory]
    [InlineData("2025-12-31T16:30:00Z", null, null, 2025, 12)]
    [InlineData("2026-02-28T16:30:00Z", null, null, 2026, 2)]
    [InlineData("2026-02-28T16:30:00Z", 2024, 7, 2024, 7)]
    [InlineData("2026-02-28T16:30:00Z", 2024, 13, 2026, 2)]
    [InlineData("2026-02-28T16:30:00Z", 2019, 5, 2026, 2)]
    public void The_default_month_is_the_last_finished_one_in_China_time(string utc, int? year, int? month, int expectedYear, int expectedMonth)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new ReportingPeriod(expectedYear, expectedMonth), PeriodChoice.FromQuery(clock, year, month));
    }
}
