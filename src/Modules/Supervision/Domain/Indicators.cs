namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>What a figure line records; a unit-month's figures are the sum of its lines.</summary>
public enum FigureKind
{
    /// <summary>Verified funds in place from outside the province (省外资金), weighted by the project's count share.</summary>
    FundsOutsideProvince,

    /// <summary>Verified funds in place from outside the city (市外资金), weighted by the project's count share.</summary>
    FundsOutsideCity,

    // "Signed" is the domain's own word (签约), not the integer qualifier CA1720 guards against.
#pragma warning disable CA1720
    /// <summary>A project whose 签约 the city approved in the month; the amount is its contract investment.</summary>
    Signed,
#pragma warning restore CA1720

    /// <summary>A project whose 开工 the city approved in the month.</summary>
    Started,

    /// <summary>A project whose 投产 the city approved in the month.</summary>
    InProduction,

    /// <summary>An outbound investment trip of the unit's principal leaders (周动态).</summary>
    Trip,
}

/// <summary>The indicators a ranking scheme can weigh and a target can be set for.</summary>
public enum RankingIndicator
{
    /// <summary>省外资金 in place against target (万元).</summary>
    FundsOutsideProvince,

    /// <summary>市外资金 in place against target (万元).</summary>
    FundsOutsideCity,

    /// <summary>Newly signed projects of 1亿元 or more.</summary>
    SignedOverHundredMillion,

    /// <summary>Newly signed projects of 10亿元 or more.</summary>
    SignedOverBillion,

    /// <summary>Projects started (开工).</summary>
    Started,

    /// <summary>Projects put into production (投产).</summary>
    InProduction,

    /// <summary>Outbound investment trips of principal leaders.</summary>
    Trips,
}

/// <summary>How an indicator's value becomes a 0–1 share of its weight.</summary>
public enum Normalisation
{
    /// <summary>Completion against the unit's target, capped (对标目标).</summary>
    TargetCompletion,

    /// <summary>The value divided by the best unit's value (对标最优).</summary>
    RatioToBest,

    /// <summary>(value − lowest) / (highest − lowest) across units (极差标准化).</summary>
    MinMax,
}

/// <summary>Green, yellow or red against the time-progress line, or none when the unit has no target.</summary>
public enum ProgressStatus
{
    None,
    Green,
    Yellow,
    Red,
}

/// <summary>How often the 三个一批 and centralised signing run: quarterly under plan A, bi-monthly as in the 13th plan.</summary>
public enum BatchCadence
{
    Quarterly,
    BiMonthly,
}

/// <summary>Indicator helpers.</summary>
public static class Indicators
{
    public static readonly IReadOnlyList<RankingIndicator> All = Enum.GetValues<RankingIndicator>();

    /// <summary>True for the indicators counted in projects (where leading-industry and major-industrial projects weigh more).</summary>
    public static bool CountsProjects(this RankingIndicator indicator) =>
        indicator is RankingIndicator.SignedOverHundredMillion or RankingIndicator.SignedOverBillion or RankingIndicator.Started or RankingIndicator.InProduction;

    /// <summary>True for the money indicators (万元).</summary>
    public static bool IsMoney(this RankingIndicator indicator) =>
        indicator is RankingIndicator.FundsOutsideProvince or RankingIndicator.FundsOutsideCity;
}
