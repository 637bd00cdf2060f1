namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>
/// One record as the ranking counts it: a report line seen through one indicator. A signed project of 10亿元 or more
/// yields two items (it counts towards both signing indicators).
/// </summary>
/// <param name="Indicator">What it counts towards.</param>
/// <param name="Reference">The funds record, project or trip behind it.</param>
/// <param name="Label">The project (or trip) as the report line names it.</param>
/// <param name="OccurredOn">The received date, the approved stage date or the trip date.</param>
/// <param name="Quantity">万元 for the funds indicators; the count share (usually 1) otherwise. Negative in an adjustment that withdraws.</param>
/// <param name="IsLeadingIndustry">The project's direction is one of the unit's leading industries (plan A part 2(4)).</param>
/// <param name="IsMajorIndustrial">An industrial project (GB/T 4754 sections B–D) at or above the major threshold; project-count indicators only.</param>
/// <param name="IsAdjustment">A correction of an earlier closed month booked in this one.</param>
/// <param name="SourceMonth">The month the adjustment corrects.</param>
public sealed record RankingItem(RankingIndicator Indicator, Guid Reference, string Label, DateOnly OccurredOn, decimal Quantity, bool IsLeadingIndustry, bool IsMajorIndustrial, bool IsAdjustment, int? SourceMonth);

/// <summary>Turns a unit-month's report lines into ranking items.</summary>
public static class RankingItems
{
    /// <summary>1亿元 in 万元: a signed project from this contract investment counts as 亿元以上.</summary>
    public const decimal HundredMillionWan = 10_000m;

    /// <summary>10亿元 in 万元: a signed project from this contract investment also counts as 10亿元以上.</summary>
    public const decimal BillionWan = 100_000m;

    /// <summary>The items of <paramref name="unitCode"/>'s <paramref name="lines"/> (frozen lines and adjustments alike), in line order.</summary>
    public static IReadOnlyList<RankingItem> From(string unitCode, IEnumerable<ReportLine> lines, RankingRules rules)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(rules);
        var leading = rules.LeadingDirections.TryGetValue(unitCode, out var directions) ? directions.ToHashSet(StringComparer.Ordinal) : [];
        var items = new List<RankingItem>();
        foreach (var line in lines)
        {
            var isLeading = line.DirectionCode is not null && leading.Contains(line.DirectionCode);
            switch (line.Kind)
            {
                case FigureKind.FundsOutsideProvince:
                    items.Add(Item(RankingIndicator.FundsOutsideProvince, line, line.AmountWan, isLeading, false));
                    break;
                case FigureKind.FundsOutsideCity:
                    items.Add(Item(RankingIndicator.FundsOutsideCity, line, line.AmountWan, isLeading, false));
                    break;
                case FigureKind.Signed:
                    // A stage line's amount is the project's contract investment (an adjustment keeps it and carries
                    // the withdrawn or added share), so the size class is read from the amount for both.
                    if (line.AmountWan >= HundredMillionWan)
                    {
                        items.Add(Item(RankingIndicator.SignedOverHundredMillion, line, line.Share, isLeading, IsMajor(line, rules)));
                    }

                    if (line.AmountWan >= BillionWan)
                    {
                        items.Add(Item(RankingIndicator.SignedOverBillion, line, line.Share, isLeading, IsMajor(line, rules)));
                    }

                    break;
                case FigureKind.Started:
                    items.Add(Item(RankingIndicator.Started, line, line.Share, isLeading, IsMajor(line, rules)));
                    break;
                case FigureKind.InProduction:
                    items.Add(Item(RankingIndicator.InProduction, line, line.Share, isLeading, IsMajor(line, rules)));
                    break;
                case FigureKind.Trip:
                    items.Add(Item(RankingIndicator.Trips, line, line.Share, isLeading, false));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(lines), line.Kind, "Unknown figure kind.");
            }
        }

        return items;
    }

    // Plan A part 7(3): the assessment weighs major industrial projects more. "Major" = industrial (GB/T 4754-2017
    // sections B–D) with a contract investment at or above the scheme's threshold.
    private static bool IsMajor(ReportLine line, RankingRules rules) =>
        IndustrialMajorGroups.IsIndustrial(line.MajorGroupCode) && line.AmountWan >= rules.MajorIndustrialThresholdWan;

    private static RankingItem Item(RankingIndicator indicator, ReportLine line, decimal quantity, bool isLeading, bool isMajor) =>
        new(indicator, line.Reference, line.Label, line.OccurredOn, quantity, isLeading, isMajor, line.IsAdjustment, line.SourceMonth);
}
