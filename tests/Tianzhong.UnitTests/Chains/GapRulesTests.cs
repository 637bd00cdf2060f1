using Tianzhong.Modules.Chains.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Chains;

public sealed class GapRulesTests
{
    private static readonly GapRules Rules = new(StrongMinEnterprises: 3, StrongMinInvestmentWan: 100_000m);

    [Theory]
    // Nothing local, nothing counted: missing, whatever the money (a stray amount without a project cannot occur, but is still missing).
    [InlineData(0, 0, 0, GapStatus.Missing)]
    [InlineData(0, 0, 500_000, GapStatus.Missing)]
    // One player is enough to leave "missing": weak.
    [InlineData(1, 0, 0, GapStatus.Weak)]
    [InlineData(0, 1, 20_000, GapStatus.Weak)]
    // 2 + 0 = 2 players < 3, even with the money: weak.
    [InlineData(2, 0, 100_000, GapStatus.Weak)]
    // 2 + 1 = 3 players (boundary met) but 99,999.99 < 100,000: weak.
    [InlineData(2, 1, 99_999.99, GapStatus.Weak)]
    // 2 + 1 = 3 players and exactly 100,000: strong (both thresholds are "at least").
    [InlineData(2, 1, 100_000, GapStatus.Strong)]
    // 0 + 3 = 3 players from projects alone with 150,000: strong.
    [InlineData(0, 3, 150_000, GapStatus.Strong)]
    // 5 local enterprises, no counted project, no money: weak (the investment threshold is not met).
    [InlineData(5, 0, 0, GapStatus.Weak)]
    public void Statuses_follow_the_thresholds(int local, int projects, double investment, GapStatus expected) =>
        Assert.Equal(expected, Rules.Evaluate(new LinkFigures(local, projects, (decimal)investment)));

    [Fact]
    public void A_zero_investment_threshold_makes_the_player_count_decide()
    {
        var rules = new GapRules(1, 0m);
        Assert.Equal(GapStatus.Strong, rules.Evaluate(new LinkFigures(1, 0, 0m)));
        Assert.Equal(GapStatus.Missing, rules.Evaluate(new LinkFigures(0, 0, 0m)));
    }

    [Fact]
    public void The_defaults_are_three_players_and_100000_wan()
    {
        Assert.Equal(new GapRules(3, 100_000m), GapRules.Default);
        Assert.Empty(GapRules.Default.Check());
    }

    [Fact]
    public void Rules_below_one_player_or_with_negative_money_are_refused_field_by_field()
    {
        Assert.Equal([("strongMinEnterprises", "AtLeastOne")], new GapRules(0, 10m).Check());
        Assert.Equal([("strongMinInvestmentWan", "Negative")], new GapRules(1, -0.01m).Check());
        Assert.Equal(2, new GapRules(-1, -1m).Check().Count);
        Assert.Empty(new GapRules(1, 0m).Check());
    }

    [Theory]
    [InlineData(GapStatus.Missing, false, SuggestionKind.Fill)]
    [InlineData(GapStatus.Missing, true, SuggestionKind.Fill)]
    [InlineData(GapStatus.Weak, false, SuggestionKind.Strengthen)]
    [InlineData(GapStatus.Weak, true, SuggestionKind.Strengthen)]
    [InlineData(GapStatus.Strong, false, SuggestionKind.Extend)]
    [InlineData(GapStatus.Strong, true, SuggestionKind.None)]
    public void Suggestions_fill_missing_strengthen_weak_and_extend_strong_leaves(GapStatus status, bool hasChildren, SuggestionKind expected) =>
        Assert.Equal(expected, ChainSuggestions.For(status, hasChildren));
}
