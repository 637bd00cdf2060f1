using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Schemes;

namespace Tianzhong.Modules.Supervision.Features.Rankings;

/// <summary>Computes a month's ranking from the year-to-date lines, the year's scheme and targets, and last month's closed ranks.</summary>
public sealed class RankingComputation(SupervisionDb db, RankingLines lines, SchemeQueries schemes, IUnitDirectory units)
{
    public async Task<MonthRanking> ComputeAsync(ReportingPeriod period, bool provisional, CancellationToken cancellationToken)
    {
        var rules = (await schemes.GetAsync(period.Year, cancellationToken)).Rules;
        var unitCodes = (await units.ListUnitsAsync(cancellationToken)).Select(u => u.Code).ToList();
        var grouped = await lines.GroupedAsync(period, rules, cancellationToken);
        if (provisional)
        {
            foreach (var (unit, live) in await lines.UnsubmittedAsync(period, unitCodes, cancellationToken))
            {
                grouped[unit] = [.. grouped.GetValueOrDefault(unit) ?? [], .. live];
            }
        }

        var targets = await db.Targets.AsNoTracking().Where(t => t.Year == period.Year)
            .Select(t => new { t.UnitCode, t.Indicator, t.Value })
            .ToListAsync(cancellationToken);
        var previous = period.Month > 1 ? await FrozenAsync(period.Previous, cancellationToken) : null;
        var inputs = unitCodes.Select(code => new UnitRankingInput(
            code,
            RankingItems.From(code, grouped.GetValueOrDefault(code) ?? [], rules),
            targets.Where(t => t.UnitCode == code).ToDictionary(t => t.Indicator, t => t.Value),
            previous?.Units.SingleOrDefault(u => u.UnitCode == code)?.Rank)).ToList();
        return RankingCalculator.Rank(rules, period, inputs);
    }

    /// <summary>A closed month's ranking as frozen at its close, or null when the month is open.</summary>
    public async Task<MonthRanking?> FrozenAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var json = await db.ClosedMonths.AsNoTracking().Where(c => c.Year == period.Year && c.Month == period.Month).Select(c => c.RankingJson).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : Deserialise(json);
    }

    /// <summary>The ranking as frozen at the close: scores and arithmetic, without the grouped items (the records are re-read from the frozen reports).</summary>
    public static string Serialise(MonthRanking ranking) => JsonSerializer.Serialize(WithoutItems(ranking), SupervisionDb.Json);

    /// <summary>Scores and arithmetic without the grouped stand-in items, which mean nothing outside the computation.</summary>
    public static MonthRanking WithoutItems(MonthRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return ranking with { Units = [.. ranking.Units.Select(u => u with { Indicators = [.. u.Indicators.Select(i => i with { Items = [] })] })] };
    }

    public static MonthRanking Deserialise(string json) => JsonSerializer.Deserialize<MonthRanking>(json, SupervisionDb.Json)!;
}
