namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>A default annual target for one unit and indicator (万元 for money, a count otherwise).</summary>
public sealed record TargetDefault(string UnitCode, RankingIndicator Indicator, decimal Value);

/// <summary>
/// The city's yearly targets derived from plan A part 1(3) 发展目标: 省外资金 grows 3.5% a year to 386.4亿元 and 市外资金
/// about 5% a year to 892.3亿元 in 2025; at least 300 projects of 10亿元 or more over 2021–2025. Each year's money
/// target is the 2025 figure discounted by the yearly growth (2024 = 2025 / 1.035), and after 2025 the same growth
/// continues (extrapolated: the plan stops in 2025). The other indicators have no plan figure and get no default.
/// </summary>
public static class PlanTargets
{
    public const int PlanYear = 2025;

    public const int FirstYear = 2021;

    /// <summary>386.4亿元 in 万元.</summary>
    public const decimal FundsOutsideProvince2025 = 3_864_000m;

    /// <summary>892.3亿元 in 万元.</summary>
    public const decimal FundsOutsideCity2025 = 8_923_000m;

    public const decimal FundsOutsideProvinceGrowth = 1.035m;

    public const decimal FundsOutsideCityGrowth = 1.05m;

    /// <summary>300 projects of 10亿元 or more over the five years 2021–2025: 60 a year.</summary>
    public const decimal SignedOverBillionPerYear = 300m / 5m;

    /// <summary>The indicators the plan gives a figure for, in indicator order.</summary>
    public static IReadOnlyList<RankingIndicator> Planned { get; } =
        [RankingIndicator.FundsOutsideProvince, RankingIndicator.FundsOutsideCity, RankingIndicator.SignedOverBillion];

    /// <summary>True after 2025, when the plan's growth is carried on beyond its own horizon.</summary>
    public static bool IsExtrapolated(int year) => year > PlanYear;

    /// <summary>The whole city's target for <paramref name="indicator"/> in <paramref name="year"/> (万元 to 2 decimals, or a count); null when the plan has no figure for it.</summary>
    public static decimal? CityTarget(RankingIndicator indicator, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        return indicator switch
        {
            RankingIndicator.FundsOutsideProvince => Grown(FundsOutsideProvince2025, FundsOutsideProvinceGrowth, year),
            RankingIndicator.FundsOutsideCity => Grown(FundsOutsideCity2025, FundsOutsideCityGrowth, year),
            RankingIndicator.SignedOverBillion => SignedOverBillionPerYear,
            _ => null,
        };
    }

    /// <summary>
    /// The city targets of <paramref name="year"/> split equally across <paramref name="unitCodes"/> (in the given
    /// order), by largest remainder so the parts add up exactly to the city target: money in steps of 0.01万元, counts
    /// in whole projects. All parts of an equal split have the same remainder, so the extra step goes to the earlier units.
    /// </summary>
    public static IReadOnlyList<TargetDefault> Split(int year, IReadOnlyList<string> unitCodes)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        if (unitCodes.Distinct(StringComparer.Ordinal).Count() != unitCodes.Count)
        {
            throw new ArgumentException("A unit appears twice.", nameof(unitCodes));
        }

        var targets = new List<TargetDefault>();
        if (unitCodes.Count == 0)
        {
            return targets;
        }

        foreach (var indicator in Planned)
        {
            var step = indicator.IsMoney() ? 0.01m : 1m;
            var steps = decimal.Round(CityTarget(indicator, year)!.Value / step, 0, MidpointRounding.AwayFromZero);
            var each = decimal.Floor(steps / unitCodes.Count);
            var extra = steps - (each * unitCodes.Count);
            for (var i = 0; i < unitCodes.Count; i++)
            {
                targets.Add(new TargetDefault(unitCodes[i], indicator, (each + (i < extra ? 1m : 0m)) * step));
            }
        }

        return targets;
    }

    /// <summary><paramref name="value2025"/> moved to <paramref name="year"/> at <paramref name="growth"/> a year, with decimal powers (no double rounding), to 2 decimals.</summary>
    private static decimal Grown(decimal value2025, decimal growth, int year)
    {
        var factor = 1m;
        for (var i = 0; i < Math.Abs(PlanYear - year); i++)
        {
            factor *= growth;
        }

        var value = year <= PlanYear ? value2025 / factor : value2025 * factor;
        return Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
