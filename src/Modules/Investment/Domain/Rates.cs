namespace Tianzhong.Modules.Investment.Domain;

/// <summary>What the rates need to know about one project, as of the end of the period.</summary>
/// <param name="SignedOn">Approved 签约 date.</param>
/// <param name="StartedOn">Approved 开工 date.</param>
/// <param name="InProductionOn">Approved 投产 date.</param>
/// <param name="TerminatedOn">终止 date, when terminated.</param>
/// <param name="ContractInvestmentWan">Contract investment, 万元.</param>
/// <param name="VerifiedFundsWan">Verified funds in place received up to the end of the period, 万元.</param>
/// <param name="CountShare">The share of the project this unit counts (1 unless a double claim was split).</param>
public sealed record RateInput(DateOnly? SignedOn, DateOnly? StartedOn, DateOnly? InProductionOn, DateOnly? TerminatedOn, decimal ContractInvestmentWan, decimal VerifiedFundsWan, decimal CountShare);

/// <summary>A rate with the numerator and denominator it came from; the value is null when there is nothing to divide by.</summary>
public sealed record Rate(decimal Numerator, decimal Denominator)
{
    public decimal? Value => Denominator == 0 ? null : decimal.Round(Numerator / Denominator, 4, MidpointRounding.AwayFromZero);
}

/// <summary>The plan's six measures for one unit (or the city) and one period.</summary>
public sealed record PlanRates(Rate ContractPerformance, Rate Start, Rate FundsInPlace, Rate Production, Rate SignedToStarted, Rate StartedToProduction);

/// <summary>
/// The formulas of docs/investment-rates.md. Period [from, to], both days included. C is the cohort of projects
/// signed within the period; every count and amount is weighted by the project's count share.
/// <list type="bullet">
/// <item>合同履约率 = projects of C not terminated by <c>to</c> with verified funds in place by <c>to</c> ÷ projects of C.</item>
/// <item>开工率 = projects started by <c>to</c> ÷ projects signed by <c>to</c>.</item>
/// <item>资金到位率 = verified funds in place of C by <c>to</c> ÷ contract investment of C.</item>
/// <item>竣工投产率 = projects in production by <c>to</c> ÷ projects started by <c>to</c>.</item>
/// <item>签约→开工 = projects of C started by <c>to</c> ÷ projects of C.</item>
/// <item>开工→投产 = projects started within the period and in production by <c>to</c> ÷ projects started within the period.</item>
/// </list>
/// </summary>
public static class RateFormulas
{
    public static PlanRates Compute(IEnumerable<RateInput> projects, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, null);
        }

        decimal cohort = 0, performing = 0, cohortStarted = 0, cohortFunds = 0, cohortContract = 0;
        decimal signedByEnd = 0, startedByEnd = 0, producingByEnd = 0;
        decimal startedInPeriod = 0, startedInPeriodProducing = 0;
        foreach (var p in projects)
        {
            var share = p.CountShare;
            var signed = p.SignedOn <= to;
            var started = p.StartedOn <= to;
            var producing = p.InProductionOn <= to;
            if (signed)
            {
                signedByEnd += share;
            }

            if (started)
            {
                startedByEnd += share;
            }

            if (producing)
            {
                producingByEnd += share;
            }

            if (p.StartedOn >= from && p.StartedOn <= to)
            {
                startedInPeriod += share;
                startedInPeriodProducing += producing ? share : 0;
            }

            if (p.SignedOn >= from && p.SignedOn <= to)
            {
                cohort += share;
                cohortStarted += started ? share : 0;
                cohortFunds += share * p.VerifiedFundsWan;
                cohortContract += share * p.ContractInvestmentWan;
                var terminated = p.TerminatedOn <= to;
                performing += !terminated && p.VerifiedFundsWan > 0 ? share : 0;
            }
        }

        return new PlanRates(
            new Rate(performing, cohort),
            new Rate(startedByEnd, signedByEnd),
            new Rate(cohortFunds, cohortContract),
            new Rate(producingByEnd, startedByEnd),
            new Rate(cohortStarted, cohort),
            new Rate(startedInPeriodProducing, startedInPeriod));
    }
}
