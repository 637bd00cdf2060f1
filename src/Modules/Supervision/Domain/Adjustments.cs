namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>
/// A closed month never changes; what changed in its records since is booked in the next open month as adjustment
/// lines. Funds lines are compared by amount per record; stage and trip lines by share per record and the facts that
/// classify it (contract investment, direction, major group), so a project whose amount was corrected from 0.9亿 to
/// 1.2亿 withdraws the old line (−1) and adds the new one (+1).
/// </summary>
public static class AdjustmentRules
{
    /// <summary>The lines that bring what <paramref name="booked"/> says about <paramref name="source"/> (its frozen lines plus earlier adjustments of it) to <paramref name="recomputed"/>.</summary>
    public static IReadOnlyList<ReportLine> Diff(ReportingPeriod source, IEnumerable<ReportLine> booked, IEnumerable<ReportLine> recomputed)
    {
        ArgumentNullException.ThrowIfNull(booked);
        ArgumentNullException.ThrowIfNull(recomputed);
        var net = new Dictionary<LineKey, (ReportLine Template, decimal Quantity)>();
        foreach (var line in booked)
        {
            Add(net, line, -1);
        }

        foreach (var line in recomputed)
        {
            Add(net, line, +1);
        }

        return
        [
            .. net.Values
                .Where(v => v.Quantity != 0)
                .OrderBy(v => v.Template.Kind).ThenBy(v => v.Template.OccurredOn).ThenBy(v => v.Template.Label, StringComparer.Ordinal)
                .Select(v => v.Template.CountsByAmount ? v.Template.AsAdjustment(source, v.Quantity, Math.Sign(v.Quantity)) : v.Template.AsAdjustment(source, v.Template.AmountWan, v.Quantity)),
        ];
    }

    private static void Add(Dictionary<LineKey, (ReportLine Template, decimal Quantity)> net, ReportLine line, int sign)
    {
        var key = line.CountsByAmount
            ? new LineKey(line.Kind, line.Reference, 0m, null, null)
            : new LineKey(line.Kind, line.Reference, line.AmountWan, line.DirectionCode, line.MajorGroupCode);
        var quantity = (line.CountsByAmount ? line.AmountWan : line.Share) * sign;

        // A recomputed line is the better template (its label is current); booked ones only fill in when nothing remains.
        net[key] = net.TryGetValue(key, out var existing)
            ? (sign > 0 ? line : existing.Template, existing.Quantity + quantity)
            : (line, quantity);
    }

    private readonly record struct LineKey(FigureKind Kind, Guid Reference, decimal AmountWan, string? DirectionCode, string? MajorGroupCode);
}
