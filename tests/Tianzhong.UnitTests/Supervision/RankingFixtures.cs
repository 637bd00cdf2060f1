using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Small builders for the ranking tests.</summary>
internal static class RankingFixtures
{
    public static readonly IReadOnlyDictionary<RankingIndicator, decimal> NoTargets = new Dictionary<RankingIndicator, decimal>();

    public static RankingRules Rules(Normalisation method, params (RankingIndicator Indicator, decimal Weight)[] weights) =>
        new([.. weights.Select(w => new IndicatorWeight(w.Indicator, w.Weight))], method, 1.2m, 0.5m, 0.5m, 100_000m, 10m, new Dictionary<string, IReadOnlyList<string>>());

    public static RankingItem Item(RankingIndicator indicator, decimal quantity, bool leading = false, bool major = false, int? adjustsMonth = null) =>
        new(indicator, Guid.NewGuid(), "p", new DateOnly(2026, 6, 1), quantity, leading, major, adjustsMonth is not null, adjustsMonth);

    public static UnitRankingInput Unit(string code, IEnumerable<RankingItem> items, IReadOnlyDictionary<RankingIndicator, decimal>? targets = null, int? previousRank = null) =>
        new(code, [.. items], targets ?? NoTargets, previousRank);

    public static UnitRanking Of(this MonthRanking ranking, string code) => ranking.Units.Single(u => u.UnitCode == code);

    public static IndicatorScore Of(this UnitRanking unit, RankingIndicator indicator) => unit.Indicators.Single(i => i.Indicator == indicator);
}
