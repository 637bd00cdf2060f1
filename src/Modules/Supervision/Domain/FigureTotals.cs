namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>A unit-month's figures as the sum of its lines.</summary>
/// <param name="FundsOutsideProvinceWan">省外资金 in place, 万元.</param>
/// <param name="FundsOutsideCityWan">市外资金 in place, 万元.</param>
/// <param name="SignedOverHundredMillion">Newly signed projects of 1亿元 or more (count shares).</param>
/// <param name="SignedOverBillion">Newly signed projects of 10亿元 or more.</param>
/// <param name="Started">Projects started.</param>
/// <param name="InProduction">Projects put into production.</param>
/// <param name="Trips">Outbound trips of principal leaders.</param>
public sealed record FigureTotals(decimal FundsOutsideProvinceWan, decimal FundsOutsideCityWan, decimal SignedOverHundredMillion, decimal SignedOverBillion, decimal Started, decimal InProduction, decimal Trips)
{
    /// <summary>1亿元 in 万元: the 亿元以上 line of plan A.</summary>
    public const decimal HundredMillionWan = 10_000m;

    /// <summary>10亿元 in 万元: plan A's "投资额 10 亿元以上项目".</summary>
    public const decimal BillionWan = 100_000m;

    public static readonly FigureTotals Zero = new(0, 0, 0, 0, 0, 0, 0);

    public static FigureTotals Of(IEnumerable<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        decimal province = 0, city = 0, hundred = 0, billion = 0, started = 0, production = 0, trips = 0;
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case FigureKind.FundsOutsideProvince: province += line.AmountWan; break;
                case FigureKind.FundsOutsideCity: city += line.AmountWan; break;
                case FigureKind.Signed:
                    hundred += line.AmountWan >= HundredMillionWan ? line.Share : 0;
                    billion += line.AmountWan >= BillionWan ? line.Share : 0;
                    break;
                case FigureKind.Started: started += line.Share; break;
                case FigureKind.InProduction: production += line.Share; break;
                case FigureKind.Trip: trips += line.Share; break;
            }
        }

        return new FigureTotals(province, city, hundred, billion, started, production, trips);
    }

    /// <summary>The figure a ranking indicator reads.</summary>
    public decimal Of(RankingIndicator indicator) => indicator switch
    {
        RankingIndicator.FundsOutsideProvince => FundsOutsideProvinceWan,
        RankingIndicator.FundsOutsideCity => FundsOutsideCityWan,
        RankingIndicator.SignedOverHundredMillion => SignedOverHundredMillion,
        RankingIndicator.SignedOverBillion => SignedOverBillion,
        RankingIndicator.Started => Started,
        RankingIndicator.InProduction => InProduction,
        RankingIndicator.Trips => Trips,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
