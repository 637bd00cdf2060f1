using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Funds;

/// <summary>One funds record as the API and pages show it.</summary>
public sealed record FundsView(
    Guid Id,
    Guid ProjectId,
    string ProjectName,
    string UnitCode,
    DateOnly ReceivedOn,
    CapitalSource Source,
    string Currency,
    decimal OriginalAmountWan,
    decimal RateToYuan,
    decimal AmountWan,
    FundsStatus Status,
    string RecordedBy,
    string? VerifiedBy,
    DateTime? VerifiedUtc,
    string? Remark,
    int Version)
{
    public static FundsView From(FundsRecord f, string projectName)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Id, f.ProjectId, projectName, f.UnitCode, f.ReceivedOn, f.Source, f.Currency, f.OriginalAmountWan, f.RateToYuan, f.AmountWan, f.Status, f.RecordedBy, f.VerifiedBy, f.VerifiedUtc, f.Remark, f.Version);
    }
}

/// <param name="ReceivedOn">The day the money arrived (China date).</param>
/// <param name="Source">Abroad, OtherProvince, OtherCityInProvince or Local.</param>
/// <param name="Currency">ISO 4217 code; CNY when omitted.</param>
/// <param name="AmountWan">The amount in 万 of that currency.</param>
/// <param name="RateToYuan">Yuan per unit of the currency; 1 (or omitted) for CNY, required for any other currency.</param>
public sealed record RecordFundsRequest(DateOnly? ReceivedOn, CapitalSource? Source, string? Currency, decimal? AmountWan, decimal? RateToYuan);

/// <param name="Remark">The city's remark; required when rejecting.</param>
/// <param name="Version">The version the caller read; a stale one is refused with 409.</param>
public sealed record DecideFundsRequest(string? Remark, int Version);

/// <summary>A project's funds records with their totals in 万元 (verified, pending, and verified weighted by the count share).</summary>
public sealed record ProjectFunds(Guid ProjectId, string ProjectName, string UnitCode, bool CanRecord, decimal CountShare, decimal VerifiedWan, decimal PendingWan, decimal CountedWan, IReadOnlyList<FundsView> Items);

public sealed record FundsQuery(string? UnitCode = null, FundsStatus? Status = null, DateOnly? From = null, DateOnly? To = null, CapitalSource? Source = null, int Page = 1, int PageSize = 20);

public sealed record FundsPage(IReadOnlyList<FundsView> Items, int Total, int Page, int PageSize);

public enum FundsGrouping
{
    Unit,
    Month,
    Year,
    Project,
}

public sealed record FundsTotalsQuery(DateOnly? From = null, DateOnly? To = null, string? GroupBy = null);

/// <summary>One group's verified funds in 万元, each record weighted by its project's count share.</summary>
/// <param name="Key">Unit code, <c>yyyy-MM</c>, <c>yyyy</c> or project id.</param>
/// <param name="Label">Unit or project name (the key for months and years).</param>
/// <param name="AllWan">All verified funds.</param>
/// <param name="OutsideProvinceWan">省外资金 per the configured definition.</param>
/// <param name="OutsideCityWan">市外资金 per the configured definition.</param>
public sealed record FundsTotalRow(string Key, string Label, decimal AllWan, decimal OutsideProvinceWan, decimal OutsideCityWan);

public sealed record FundsTotals(
    DateOnly? From,
    DateOnly? To,
    FundsGrouping GroupBy,
    IReadOnlyList<CapitalSource> OutsideProvinceSources,
    IReadOnlyList<CapitalSource> OutsideCitySources,
    IReadOnlyList<FundsTotalRow> Rows,
    FundsTotalRow Total);
