using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Investment.Domain;

public enum FundsStatus
{
    Pending,
    Verified,
    Rejected,
}

/// <summary>
/// 实际到位资金: money that actually arrived for a project on a date, from one source category. Foreign money is
/// entered in its currency with the rate used, and kept converted to 万元; only city-verified records count.
/// </summary>
public sealed class FundsRecord : IUnitScoped
{
    private FundsRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public DateOnly ReceivedOn { get; private set; }

    public CapitalSource Source { get; private set; }

    /// <summary>ISO 4217 code of the money as received (CNY for domestic funds).</summary>
    public string Currency { get; private set; } = FundsRules.Yuan;

    /// <summary>The amount in its own currency, in 万 (ten-thousands) of that currency.</summary>
    public decimal OriginalAmountWan { get; private set; }

    /// <summary>Yuan per unit of <see cref="Currency"/> on the day, as recorded; 1 for CNY.</summary>
    public decimal RateToYuan { get; private set; }

    /// <summary>The amount in 万元, what every total adds up.</summary>
    public decimal AmountWan { get; private set; }

    public FundsStatus Status { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public string? VerifiedBy { get; private set; }

    public DateTime? VerifiedUtc { get; private set; }

    public string? Remark { get; private set; }

    public string? ExternalReference { get; private set; }

    public int Version { get; private set; }

    public static FundsRecord Record(Project project, DateOnly receivedOn, CapitalSource source, string currency, decimal originalAmountWan, decimal rateToYuan, string recordedBy, string? externalReference = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new FundsRecord
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            UnitCode = project.UnitCode,
            ReceivedOn = receivedOn,
            Source = source,
            Currency = currency,
            OriginalAmountWan = originalAmountWan,
            RateToYuan = rateToYuan,
            AmountWan = FundsRules.ToYuanWan(originalAmountWan, rateToYuan),
            Status = FundsStatus.Pending,
            RecordedBy = recordedBy,
            ExternalReference = externalReference,
            Version = 1,
        };
    }

    internal void Decide(bool verify, string by, string? remark, DateTime nowUtc)
    {
        Status = verify ? FundsStatus.Verified : FundsStatus.Rejected;
        VerifiedBy = by;
        VerifiedUtc = nowUtc;
        Remark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim();
        Version++;
    }
}

public enum FundsProblem
{
    Negative,
    Zero,
    Absurd,
    RateRequired,
    YuanRateMustBeOne,
    UnknownCurrency,
    DateInFuture,
    BeforeSigning,
    ProjectNotSigned,
    NotPending,
}

/// <summary>The rules for a funds record and its verification.</summary>
public static class FundsRules
{
    public const string Yuan = "CNY";

    /// <summary>No single arrival of money is larger than 1万亿元.</summary>
    public const decimal AbsurdAmountWan = ProjectFiguresRules.AbsurdAmountWan;

    public static decimal ToYuanWan(decimal originalAmountWan, decimal rateToYuan) => decimal.Round(originalAmountWan * rateToYuan, 2, MidpointRounding.AwayFromZero);

    public static IReadOnlyList<(string Field, FundsProblem Problem)> Check(Project project, DateOnly receivedOn, string currency, decimal originalAmountWan, decimal rateToYuan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new List<(string, FundsProblem)>();
        if (project.SignedOn is null)
        {
            problems.Add(("projectId", FundsProblem.ProjectNotSigned));
        }
        else if (receivedOn < project.SignedOn)
        {
            problems.Add(("receivedOn", FundsProblem.BeforeSigning));
        }

        if (receivedOn > today)
        {
            problems.Add(("receivedOn", FundsProblem.DateInFuture));
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add(("currency", FundsProblem.UnknownCurrency));
        }

        if (originalAmountWan < 0)
        {
            problems.Add(("amountWan", FundsProblem.Negative));
        }
        else if (originalAmountWan == 0)
        {
            problems.Add(("amountWan", FundsProblem.Zero));
        }
        else if (ToYuanWan(originalAmountWan, Math.Max(rateToYuan, 0)) > AbsurdAmountWan)
        {
            problems.Add(("amountWan", FundsProblem.Absurd));
        }

        if (currency == Yuan && rateToYuan != 1m)
        {
            problems.Add(("rateToYuan", FundsProblem.YuanRateMustBeOne));
        }
        else if (rateToYuan <= 0 || rateToYuan > 1000m)
        {
            problems.Add(("rateToYuan", FundsProblem.RateRequired));
        }

        return problems;
    }

    public static void Verify(FundsRecord record, bool verify, string by, string? remark, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Decide(verify, by, remark, nowUtc);
    }
}

/// <summary>
/// Which source categories make up 省外资金 and 市外资金. The defaults follow the plan's usage (see docs/investment-rates.md)
/// and can be changed in configuration (<c>Investment:Funds</c>).
/// </summary>
public sealed class FundsDefinitions
{
    public IReadOnlyList<CapitalSource> OutsideProvince { get; init; } = [CapitalSource.OtherProvince];

    public IReadOnlyList<CapitalSource> OutsideCity { get; init; } = [CapitalSource.OtherProvince, CapitalSource.OtherCityInProvince, CapitalSource.Abroad];
}
