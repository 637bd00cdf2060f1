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
        var accumulator = new RateAccumulator(from, to);
        foreach (var project in projects)
        {
            accumulator.Add(project);
        }

        return accumulator.Result();
    }
}

/// <summary>
/// Adds projects one at a time, so a caller can stream them from the database and keep only these sums in memory.
/// The formulas are those of <see cref="RateFormulas"/>.
/// </summary>
public sealed class RateAccumulator
{
    private readonly DateOnly _from;
    private readonly DateOnly _to;
    private decimal _cohort, _performing, _cohortStarted, _cohortFunds, _cohortContract;
    private decimal _signedByEnd, _startedByEnd, _producingByEnd;
    private decimal _startedInPeriod, _startedInPeriodProducing;

    public RateAccumulator(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, null);
        }

        _from = from;
        _to = to;
    }

    public void Add(RateInput p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var share = p.CountShare;
        var started = p.StartedOn <= _to;
        var producing = p.InProductionOn <= _to;
        _signedByEnd += p.SignedOn <= _to ? share : 0;
        _startedByEnd += started ? share : 0;
        _producingByEnd += producing ? share : 0;
        if (p.StartedOn >= _from && p.StartedOn <= _to)
        {
            _startedInPeriod += share;
            _startedInPeriodProducing += producing ? share : 0;
        }

        if (p.SignedOn >= _from && p.SignedOn <= _to)
        {
            _cohort += share;
            _cohortStarted += started ? share : 0;
            _cohortFunds += share * p.VerifiedFundsWan;
            _cohortContract += share * p.ContractInvestmentWan;
            var terminated = p.TerminatedOn <= _to;
            _performing += !terminated && p.VerifiedFundsWan > 0 ? share : 0;
        }
    }

    public PlanRates Result() => new(
        new Rate(_performing, _cohort),
        new Rate(_startedByEnd, _signedByEnd),
        new Rate(_cohortFunds, _cohortContract),
        new Rate(_producingByEnd, _startedByEnd),
        new Rate(_cohortStarted, _cohort),
        new Rate(_startedInPeriodProducing, _startedInPeriod));
}
