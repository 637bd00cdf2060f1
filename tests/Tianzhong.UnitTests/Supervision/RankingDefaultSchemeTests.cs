using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Report lines through the default scheme and the shipped leading industries, October 2026, by hand.</summary>
public sealed class RankingDefaultSchemeTests
{
    private const string Xiping = "411721";
    private const string Shangcai = "411722";
    private static readonly RankingRules Rules = RankingDefaults.Rules(LeadingIndustries.Load());

    private static ReportLine Line(FigureKind kind, decimal amountWan, string direction = "food", string? majorGroup = null) =>
        ReportLine.Create(kind, Guid.NewGuid(), Guid.NewGuid(), "p", new DateOnly(2026, 10, 8), amountWan, 1m, direction, majorGroup);

    [Fact]
    public void TwoCountiesUnderTheDefaultScheme()
    {
        // Xiping (leading: equipment): 省外 6000 of 12000, 市外 28800 of 24000, a 12亿元 equipment manufacturing
        // signing (both signing indicators, leading + major: counts 2), one trip.
        var xiping = RankingItems.From(Xiping,
            [
                Line(FigureKind.FundsOutsideProvince, 6_000m),
                Line(FigureKind.FundsOutsideCity, 28_800m),
                Line(FigureKind.Signed, 120_000m, "equipment", "35"),
                Line(FigureKind.Trip, 0m),
            ],
            Rules);

        // Shangcai (leading: apparel-footwear), no targets: 省外 3000, a 2亿元 footwear signing (leading, not major:
        // counts 1.5), one food project started, two trips.
        var shangcai = RankingItems.From(Shangcai,
            [
                Line(FigureKind.FundsOutsideProvince, 3_000m),
                Line(FigureKind.Signed, 20_000m, "apparel-footwear", "19"),
                Line(FigureKind.Started, 5_000m),
                Line(FigureKind.Trip, 0m),
                Line(FigureKind.Trip, 0m),
            ],
            Rules);

        var targets = new Dictionary<RankingIndicator, decimal>
        {
            [RankingIndicator.FundsOutsideProvince] = 12_000m,
            [RankingIndicator.FundsOutsideCity] = 24_000m,
            [RankingIndicator.SignedOverBillion] = 4m,
        };
        var ranking = RankingCalculator.Rank(Rules, new ReportingPeriod(2026, 10),
            [new UnitRankingInput(Xiping, xiping, targets, 2), new UnitRankingInput(Shangcai, shangcai, new Dictionary<RankingIndicator, decimal>(), 1)]);

        // Xiping: 省外 0.5/1.2 × 30 = 12.50; 市外 1.2 capped → 20; 亿元以上 no target → 2 / best 2 × 15 = 15;
        // 10亿元以上 2/4 = 0.5 → /1.2 × 10 = 4.1666… → 4.17; starts and production 0; trips 1 / best 2 × 5 = 2.50.
        var x = ranking.Units[0];
        Assert.Equal(Xiping, x.UnitCode);
        Assert.Equal([12.50m, 20m, 15m, 4.17m, 0m, 0m, 2.50m], x.Indicators.Select(i => i.Points));
        Assert.Equal(54.17m, x.Score);
        Assert.Equal((1, 1), (x.Rank, x.Change));

        // Completion over the indicators with a target (30 × 0.5 + 20 × 1.2 + 10 × 0.25) / 60 = 41.5 / 60 = 0.6916…,
        // below 83.3% − 10 points → red; per indicator red, green, none, red.
        Assert.Equal(41.5m / 60m, x.Completion);
        Assert.Equal(ProgressStatus.Red, x.Status);
        Assert.Equal([ProgressStatus.Red, ProgressStatus.Green, ProgressStatus.None, ProgressStatus.Red], x.Indicators.Take(4).Select(i => i.Status));

        // Shangcai: 省外 3000 / best 6000 × 30 = 15; 市外 0; 亿元以上 1.5 / 2 × 15 = 11.25; 10亿元以上 0;
        // starts 1 / 1 × 10 = 10; production 0; trips 2 / 2 × 5 = 5. Score 41.25, no colour.
        var s = ranking.Units[1];
        Assert.Equal([15m, 0m, 11.25m, 0m, 10m, 0m, 5m], s.Indicators.Select(i => i.Points));
        Assert.Equal(41.25m, s.Score);
        Assert.Equal((2, -1), (s.Rank, s.Change));
        Assert.Equal(ProgressStatus.None, s.Status);
        Assert.All(s.Indicators, i => Assert.Equal(Normalisation.RatioToBest, i.Method));
    }
}
