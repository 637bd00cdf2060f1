using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Modules.Investment.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed class RateFormulasTests
{
    private static readonly DateOnly From = new(2014, 1, 1);
    private static readonly DateOnly To = new(2014, 12, 31);

    private static RateInput P(DateOnly? signed, DateOnly? started = null, DateOnly? producing = null, DateOnly? terminated = null, decimal contract = 0m, decimal funds = 0m, decimal share = 1m) =>
        new(signed, started, producing, terminated, contract, funds, share);

    /// <summary>The worked example of docs/investment-rates.md (汝南县, 2014).</summary>
    public static IReadOnlyList<RateInput> WorkedExample =>
    [
        P(new(2014, 2, 1), new(2014, 5, 1), new(2014, 11, 1), contract: 10_000m, funds: 6_000m), // A
        P(new(2014, 3, 1), contract: 5_000m), // B: signed, nothing yet
        P(new(2014, 4, 1), new(2014, 8, 1), terminated: new(2014, 10, 1), contract: 20_000m, funds: 2_000m), // C: terminated
        P(new(2013, 6, 1), new(2014, 1, 15), contract: 8_000m, funds: 3_000m), // D: signed before the period
        P(new(2014, 5, 1), new(2014, 6, 1), contract: 9_000m, funds: 9_000m, share: 0m), // E: held double claim
    ];

    [Fact]
    public void The_worked_example_gives_the_documented_figures()
    {
        var rates = RateFormulas.Compute(WorkedExample, From, To);
        Assert.Equal(new Rate(1m, 3m), rates.ContractPerformance);
        Assert.Equal(0.3333m, rates.ContractPerformance.Value);
        Assert.Equal(new Rate(3m, 4m), rates.Start);
        Assert.Equal(0.75m, rates.Start.Value);
        Assert.Equal(new Rate(8_000m, 35_000m), rates.FundsInPlace);
        Assert.Equal(0.2286m, rates.FundsInPlace.Value);
        Assert.Equal(new Rate(1m, 3m), rates.Production);
        Assert.Equal(new Rate(2m, 3m), rates.SignedToStarted);
        Assert.Equal(0.6667m, rates.SignedToStarted.Value);
        Assert.Equal(new Rate(1m, 3m), rates.StartedToProduction);
    }

    [Fact]
    public void A_project_terminated_after_the_period_still_performs_within_it()
    {
        var rates = RateFormulas.Compute([P(new(2014, 4, 1), terminated: new(2015, 2, 1), contract: 100m, funds: 1m)], From, To);
        Assert.Equal(new Rate(1m, 1m), rates.ContractPerformance);
        var later = RateFormulas.Compute([P(new(2014, 4, 1), terminated: new(2015, 2, 1), contract: 100m, funds: 1m)], From, new DateOnly(2015, 3, 1));
        Assert.Equal(new Rate(0m, 1m), later.ContractPerformance);
    }

    [Fact]
    public void A_split_project_counts_by_its_shares_in_each_unit()
    {
        var first = RateFormulas.Compute([P(new(2014, 6, 1), new(2014, 9, 1), contract: 1_000m, funds: 250m, share: 0.6m)], From, To);
        var second = RateFormulas.Compute([P(new(2014, 6, 1), new(2014, 9, 1), contract: 1_000m, funds: 250m, share: 0.4m)], From, To);
        Assert.Equal(new Rate(0.6m, 0.6m), first.Start);
        Assert.Equal(new Rate(150m, 600m), first.FundsInPlace);
        Assert.Equal(new Rate(100m, 400m), second.FundsInPlace);
        Assert.Equal(0.25m, first.FundsInPlace.Value);
        Assert.Equal(new Rate(0.4m, 0.4m), second.ContractPerformance);
        var city = RateFormulas.Compute([P(new(2014, 6, 1), new(2014, 9, 1), contract: 1_000m, funds: 250m, share: 0.6m), P(new(2014, 6, 1), new(2014, 9, 1), contract: 1_000m, funds: 250m, share: 0.4m)], From, To);
        Assert.Equal(new Rate(1m, 1m), city.Start);
        Assert.Equal(new Rate(250m, 1_000m), city.FundsInPlace);
    }

    [Fact]
    public void Nothing_to_divide_by_gives_no_value()
    {
        var rates = RateFormulas.Compute([], From, To);
        Assert.All([rates.ContractPerformance, rates.Start, rates.FundsInPlace, rates.Production, rates.SignedToStarted, rates.StartedToProduction], r => Assert.Null(r.Value));
        var held = RateFormulas.Compute([P(new(2014, 2, 1), new(2014, 3, 1), contract: 10m, funds: 10m, share: 0m)], From, To);
        Assert.Null(held.Start.Value);
        Assert.Null(held.FundsInPlace.Value);
    }

    [Fact]
    public void A_reversed_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateFormulas.Compute([], To, From));
    }
}

public sealed class FundsRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static Project Signed(DateOnly? on)
    {
        var project = Project.Register("411702", new ProjectFigures("项目", "food", null, CapitalSource.OtherProvince, 1_000m, null, null, null, null, null, null, null, null, null, null, null, false), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        if (on is { } date)
        {
            LifecycleRules.Approve(project, StageSubmission.Create(project, ProjectStage.Signed, date, null, [], "u", DateTime.UnixEpoch), "c", null, DateTime.UnixEpoch);
        }

        return project;
    }

    private static IReadOnlyList<(string Field, FundsProblem Problem)> Check(decimal amount, string currency = "CNY", decimal rate = 1m, DateOnly? received = null, DateOnly? signed = null) =>
        FundsRules.Check(Signed(signed ?? new DateOnly(2026, 1, 15)), received ?? new DateOnly(2026, 3, 1), currency, amount, rate, Today);

    [Fact]
    public void Sound_yuan_and_foreign_funds_pass()
    {
        Assert.Empty(Check(100m));
        Assert.Empty(Check(100m, "USD", 7.1234m));
        Assert.Empty(Check(1m, received: new DateOnly(2026, 1, 15)));
        Assert.Empty(Check(1m, received: Today));
    }

    [Theory]
    [InlineData(-0.01, FundsProblem.Negative)]
    [InlineData(0, FundsProblem.Zero)]
    [InlineData(100_000_000.01, FundsProblem.Absurd)]
    public void Bad_amounts_are_named(double amount, FundsProblem problem)
    {
        Assert.Equal([("amountWan", problem)], Check((decimal)amount));
    }

    [Fact]
    public void A_foreign_amount_is_absurd_by_its_yuan_value()
    {
        Assert.Empty(Check(10_000_000m, "USD", 10m));
        Assert.Equal([("amountWan", FundsProblem.Absurd)], Check(10_000_001m, "USD", 10m));
    }

    [Fact]
    public void Yuan_must_have_rate_one_and_other_currencies_need_a_rate()
    {
        Assert.Equal([("rateToYuan", FundsProblem.YuanRateMustBeOne)], Check(10m, "CNY", 7m));
        Assert.Equal([("rateToYuan", FundsProblem.RateRequired)], Check(10m, "USD", 0m));
        Assert.Equal([("rateToYuan", FundsProblem.RateRequired)], Check(10m, "EUR", 1000.01m));
        Assert.Equal([("currency", FundsProblem.UnknownCurrency)], Check(10m, "usd", 7m));
    }

    [Fact]
    public void Dates_must_lie_between_signing_and_today()
    {
        Assert.Equal([("receivedOn", FundsProblem.BeforeSigning)], Check(10m, received: new DateOnly(2026, 1, 14)));
        Assert.Equal([("receivedOn", FundsProblem.DateInFuture)], Check(10m, received: Today.AddDays(1)));
        Assert.Equal([("projectId", FundsProblem.ProjectNotSigned)], FundsRules.Check(Signed(null), new DateOnly(2026, 3, 1), "CNY", 10m, 1m, Today));
    }

    [Theory]
    [InlineData(1234.56, 1, 1234.56)]
    [InlineData(100, 7.123456, 712.35)]
    [InlineData(0.01, 0.5, 0.01)] // 0.005 rounds away from zero
    [InlineData(3.33, 0.15, 0.50)] // 0.4995
    [InlineData(2000, 7.1234, 14246.80)]
    public void Conversion_to_yuan_rounds_to_the_hundred_yuan_away_from_zero(double original, double rate, double expected)
    {
        Assert.Equal((decimal)expected, FundsRules.ToYuanWan((decimal)original, (decimal)rate));
        var record = FundsRecord.Record(Signed(new DateOnly(2026, 1, 1)), Today, CapitalSource.Abroad, "USD", (decimal)original, (decimal)rate, "u");
        Assert.Equal((decimal)expected, record.AmountWan);
        Assert.Equal(FundsStatus.Pending, record.Status);
    }

    [Fact]
    public void Deciding_sets_the_status_and_bumps_the_version()
    {
        var record = FundsRecord.Record(Signed(new DateOnly(2026, 1, 1)), Today, CapitalSource.Local, "CNY", 5m, 1m, "u");
        FundsRules.Verify(record, verify: false, "city", "  no slip ", DateTime.UnixEpoch);
        Assert.Equal((FundsStatus.Rejected, "no slip", 2, "city"), (record.Status, record.Remark, record.Version, record.VerifiedBy));
    }
}

public sealed class AttentionRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly AttentionThresholds Thresholds = new() { NoInteractionDays = 30, SignedNotStartedMonths = 6 };

    private static Project Project(DateTime createdUtc, DateOnly? signed = null, DateOnly? started = null, DateOnly? plannedProduction = null)
    {
        var project = Tianzhong.Modules.Investment.Domain.Project.Register("411702", new ProjectFigures("项目", "food", null, CapitalSource.Local, 1m, null, null, null, null, null, null, null, null, null, null, plannedProduction, false), createdUtc);
        foreach (var (stage, on) in new[] { (ProjectStage.Signed, signed), (ProjectStage.Started, started) })
        {
            if (on is { } date)
            {
                LifecycleRules.Approve(project, StageSubmission.Create(project, stage, date, null, [], "u", DateTime.UnixEpoch), "c", null, DateTime.UnixEpoch);
            }
        }

        return project;
    }

    [Fact]
    public void Cut_off_dates_follow_the_thresholds()
    {
        Assert.Equal(new DateOnly(2026, 5, 31), AttentionRules.QuietSince(Today, Thresholds));
        Assert.Equal(new DateOnly(2025, 12, 30), AttentionRules.SignedBefore(Today, Thresholds));
    }

    [Fact]
    public void Negotiating_without_contact_for_thirty_days_needs_attention()
    {
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal([AttentionReason.NoRecentInteraction], AttentionRules.For(Project(created), new DateOnly(2026, 5, 31), false, Today, Thresholds));
        Assert.Empty(AttentionRules.For(Project(created), new DateOnly(2026, 6, 1), false, Today, Thresholds));
        // Registration dates are China dates: 2026-05-31 15:59 UTC is still 31 May in China, 16:00 UTC is 1 June.
        Assert.Equal([AttentionReason.NoRecentInteraction], AttentionRules.For(Project(new DateTime(2026, 5, 31, 15, 59, 0, DateTimeKind.Utc)), null, false, Today, Thresholds));
        Assert.Empty(AttentionRules.For(Project(new DateTime(2026, 5, 31, 16, 0, 0, DateTimeKind.Utc)), null, false, Today, Thresholds));
    }

    [Fact]
    public void Signed_and_not_started_after_six_months_needs_attention()
    {
        var created = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal([AttentionReason.SignedNotStarted], AttentionRules.For(Project(created, signed: new DateOnly(2025, 12, 30)), null, false, Today, Thresholds));
        Assert.Empty(AttentionRules.For(Project(created, signed: new DateOnly(2025, 12, 31)), null, false, Today, Thresholds));
        Assert.Empty(AttentionRules.For(Project(created, signed: new DateOnly(2025, 1, 2), started: new DateOnly(2025, 3, 1)), null, false, Today, Thresholds));
    }

    [Fact]
    public void Started_past_the_planned_production_date_needs_attention()
    {
        var created = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal([AttentionReason.StartedNotProducing], AttentionRules.For(Project(created, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), new DateOnly(2026, 6, 29)), null, false, Today, Thresholds));
        Assert.Empty(AttentionRules.For(Project(created, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), Today), null, false, Today, Thresholds));
        Assert.Empty(AttentionRules.For(Project(created, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)), null, false, Today, Thresholds));
    }

    [Fact]
    public void An_overdue_milestone_needs_attention_the_day_after_it_was_due()
    {
        var project = Project(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 1));
        var milestone = Milestone.Plan(project, "t", "o", Today);
        Assert.False(milestone.IsOverdue(Today));
        Assert.True(milestone.IsOverdue(Today.AddDays(1)));
        Assert.Equal([AttentionReason.MilestoneOverdue], AttentionRules.For(project, null, milestone.IsOverdue(Today.AddDays(1)), Today, Thresholds));
        milestone.Complete(Today);
        Assert.False(milestone.IsOverdue(Today.AddDays(1)));
    }
}

public sealed class FundsDefinitionsBindingTests
{
    [Fact]
    public void Configured_lists_replace_the_defaults_and_absent_ones_keep_them()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Investment:Funds:OutsideProvince:0"] = "OtherProvince", ["Investment:Funds:OutsideProvince:1"] = "Abroad" })
            .Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions(services);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddSingleton<Microsoft.Extensions.Options.IOptionsFactory<FundsDefinitions>, Tianzhong.Modules.Investment.Features.Funds.FundsDefinitionsFactory>();
        using var provider = services.BuildServiceProvider();
        var definitions = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FundsDefinitions>>().Value;
        Assert.Equal([CapitalSource.OtherProvince, CapitalSource.Abroad], definitions.OutsideProvince);
        Assert.Equal([CapitalSource.OtherProvince, CapitalSource.OtherCityInProvince, CapitalSource.Abroad], definitions.OutsideCity);
    }
}
