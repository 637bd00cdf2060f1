using Tianzhong.Modules.Supervision.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Monthly reports: the status machine, figure totals and the adjustments that correct closed months.</summary>
public sealed class ReportingTests
{
    private static readonly ReportingPeriod March = new(2022, 3);
    private static readonly DateTime Now = new(2022, 4, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Funds = Guid.NewGuid();
    private static readonly Guid Project = Guid.NewGuid();

    private static ReportLine FundsLine(decimal amount, Guid? reference = null) =>
        ReportLine.Create(FigureKind.FundsOutsideProvince, reference ?? Funds, Project, "P", new DateOnly(2022, 3, 15), amount, 1m, "food", "13");

    private static ReportLine Signed(decimal contract, decimal share = 1m, string direction = "food") =>
        ReportLine.Create(FigureKind.Signed, Project, Project, "P", new DateOnly(2022, 3, 10), contract, share, direction, "13");

    [Fact]
    public void A_report_is_submitted_once_returned_with_an_opinion_resubmitted_and_approved_and_then_frozen()
    {
        var report = MonthlyReport.Start("411722", March);
        Assert.Null(report.Submit([FundsLine(500m)], "first", "county", Now));
        Assert.Equal(ReportProblem.AlreadySubmitted, report.Submit([FundsLine(600m)], "again", "county", Now));
        Assert.Equal(500m, Assert.Single(report.Lines).AmountWan);
        Assert.Equal(ReportProblem.OpinionRequired, report.Return("city", " ", Now));
        Assert.Null(report.Return("city", "补充说明", Now));
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Null(report.Submit([FundsLine(600m)], "second", "county", Now));
        Assert.Equal(600m, Assert.Single(report.Lines).AmountWan);
        Assert.Null(report.Approve("city", null, Now));
        Assert.Equal(ReportProblem.AlreadyApproved, report.SaveNarrative("late", "county", Now));
        report.Close("city", Now);
        Assert.Equal(ReportProblem.MonthClosed, report.Approve("city", null, Now));
        Assert.Equal(ReportProblem.MonthClosed, report.Submit([], "x", "county", Now));
        Assert.Equal(
            [ReportAction.Submitted, ReportAction.Returned, ReportAction.Submitted, ReportAction.Approved, ReportAction.Closed],
            report.Events.Select(e => e.Action));
    }

    [Fact]
    public void Approving_a_draft_is_refused_as_not_submitted()
    {
        var report = MonthlyReport.Start("411722", March);
        Assert.Equal(ReportProblem.NotSubmitted, report.Approve("city", null, Now));
    }

    [Fact]
    public void Totals_count_signings_at_exactly_one_and_ten_yi_and_weigh_by_share()
    {
        var totals = FigureTotals.Of(
        [
            Signed(9_999.99m), Signed(10_000m), Signed(99_999.99m, 0.6m), Signed(100_000m, 0.4m),
            FundsLine(1_234.56m),
            ReportLine.Create(FigureKind.Trip, Guid.NewGuid(), Guid.NewGuid(), "T", new DateOnly(2022, 3, 2), 0m, 1m, null, null),
        ]);
        Assert.Equal(2.0m, totals.SignedOverHundredMillion);
        Assert.Equal(0.4m, totals.SignedOverBillion);
        Assert.Equal(1_234.56m, totals.FundsOutsideProvinceWan);
        Assert.Equal(0m, totals.FundsOutsideCityWan);
        Assert.Equal(1m, totals.Trips);
    }

    [Fact]
    public void Nothing_changed_since_the_close_books_no_adjustment()
    {
        Assert.Empty(AdjustmentRules.Diff(March, [FundsLine(500m), Signed(9_000m)], [FundsLine(500m), Signed(9_000m)]));
    }

    [Fact]
    public void A_corrected_funds_amount_books_the_difference_and_a_new_record_books_itself()
    {
        var added = Guid.NewGuid();
        var adjustments = AdjustmentRules.Diff(March, [FundsLine(500m)], [FundsLine(450m), FundsLine(300m, added)]);
        Assert.Equal(2, adjustments.Count);
        Assert.Contains(adjustments, a => a.Reference == Funds && a.AmountWan == -50m && a.IsAdjustment && a.SourceYear == 2022 && a.SourceMonth == 3);
        Assert.Contains(adjustments, a => a.Reference == added && a.AmountWan == 300m);
        Assert.Equal(250m, FigureTotals.Of(adjustments).FundsOutsideProvinceWan);
    }

    [Fact]
    public void A_contract_raised_above_one_yi_withdraws_the_old_signing_and_adds_the_new_one()
    {
        var adjustments = AdjustmentRules.Diff(March, [Signed(9_000m)], [Signed(12_000m)]);
        Assert.Contains(adjustments, a => a.AmountWan == 9_000m && a.Share == -1m);
        Assert.Contains(adjustments, a => a.AmountWan == 12_000m && a.Share == 1m);
        Assert.Equal(1m, FigureTotals.Of(adjustments).SignedOverHundredMillion);
    }

    [Fact]
    public void Adjustments_already_booked_are_not_booked_again_and_a_withdrawn_record_is_reversed()
    {
        var first = AdjustmentRules.Diff(March, [FundsLine(500m), Signed(9_000m)], [FundsLine(800m), Signed(12_000m)]);
        Assert.Empty(AdjustmentRules.Diff(March, [FundsLine(500m), Signed(9_000m), .. first], [FundsLine(800m), Signed(12_000m)]));

        // The funds record is later rejected and the project's signing withdrawn: everything booked is reversed.
        var reversal = AdjustmentRules.Diff(March, [FundsLine(500m), Signed(9_000m), .. first], []);
        var totals = FigureTotals.Of([FundsLine(500m), Signed(9_000m), .. first, .. reversal]);
        Assert.Equal(FigureTotals.Zero, totals);
    }

    [Fact]
    public void A_period_knows_its_time_progress_quarter_and_neighbours()
    {
        var october = new ReportingPeriod(2026, 10);
        Assert.Equal("83.3", (october.TimeProgress * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4, october.Quarter);
        Assert.Equal(new ReportingPeriod(2027, 1), new ReportingPeriod(2026, 12).Next);
        Assert.Equal(new ReportingPeriod(2025, 12), new ReportingPeriod(2026, 1).Previous);
        Assert.Equal(new DateOnly(2024, 2, 29), new ReportingPeriod(2024, 2).LastDay);
        Assert.True(new ReportingPeriod(2025, 12) < new ReportingPeriod(2026, 1));
    }
}
