using Tianzhong.Modules.Academician.Data;
using Tianzhong.Modules.Academician.Domain.Articles;
using Xunit;

namespace Tianzhong.UnitTests.Academician;

public sealed class ArticleCalculatorTests
{
    private static readonly ArticleVersion V1 = ArticleReferenceData.Versions.InForceOn(new DateOnly(2022, 5, 18))!;

    private static Article Art(int number) => V1.Find(number)!;

    private static ArticleInputs Claim(string part, PartInput input, EnterpriseRelation? relation = null, decimal? share = null) => new()
    {
        Relation = relation,
        ShareholdingPercent = share,
        Parts = new Dictionary<string, PartInput>(StringComparer.Ordinal) { [part] = input },
    };

    [Theory]
    [InlineData(4200, 1000, true)] // 30% x 4,200 = 1,260 -> capped 1,000
    [InlineData(3000, 900, false)] // 30% x 3,000 = 900
    [InlineData(3333.33, 999.999, false)] // just below the cap
    [InlineData(0, 0, false)]
    public void Article1ThirtyPercentOfNewInvestmentCappedAtOneThousand(double baseWan, double expected, bool capped)
    {
        var r = ArticleCalculator.Compute(Art(1), Claim("investment", new((decimal)baseWan), EnterpriseRelation.Controlling, 51m));

        Assert.True(r.IsValid);
        Assert.Equal((decimal)expected, Math.Round(r.AmountWan!.Value, 3));
        var pct = Assert.IsType<PercentageStep>(r.Steps[0]);
        Assert.Equal(30m, pct.Percent);
        Assert.Equal(capped, r.Steps.OfType<CapStep>().Any());
    }

    [Fact]
    public void Article1ExplainsTheCap()
    {
        var r = ArticleCalculator.Compute(Art(1), Claim("investment", new(4200m), EnterpriseRelation.WhollyOwned, 100m));

        Assert.Equal(1000m, r.AmountWan);
        Assert.Collection(
            r.Steps,
            s => Assert.Equal(new PercentageStep("investment", 30m, Art(1).Parts[0].Base!, 4200m, 1260m), s),
            s => Assert.Equal(new CapStep("investment", 1000m, 1, 1260m, 1000m), s));
        Assert.Equal(Art(1).Conditions, r.AssessmentsRequired);
    }

    [Fact]
    public void Article2ExactlyAtTheCapIsNotCapped()
    {
        // 40% x 2,500 = 1,000 under article 2: exactly the cap, no cap step.
        var r = ArticleCalculator.Compute(Art(2), Claim("contribution", new(2500m), EnterpriseRelation.NonControlling, 20m));

        Assert.Equal(1000m, r.AmountWan);
        Assert.Single(r.Steps);
    }

    [Theory]
    [InlineData(2000, 800)] // 40% x 2,000
    [InlineData(2600, 1000)] // 40% x 2,600 = 1,040 -> 1,000
    public void Article2FortyPercentOfNewContribution(decimal baseWan, decimal expected)
    {
        var r = ArticleCalculator.Compute(Art(2), Claim("contribution", new(baseWan), EnterpriseRelation.NonControlling, 10m));

        Assert.Equal(expected, r.AmountWan);
    }

    [Fact]
    public void Article1RefusesANonControllingShareholdingAndArticle2AControllingOne()
    {
        var one = ArticleCalculator.Compute(Art(1), Claim("investment", new(100m), EnterpriseRelation.NonControlling, 10m));
        var two = ArticleCalculator.Compute(Art(2), Claim("contribution", new(100m), EnterpriseRelation.Controlling, 60m));
        var none = ArticleCalculator.Compute(Art(1), Claim("investment", new(100m)));

        Assert.Contains(new InputProblem("relation", ArticleCalculator.RelationNotEligible), one.Problems);
        Assert.Contains(new InputProblem("relation", ArticleCalculator.RelationNotEligible), two.Problems);
        Assert.Contains(new InputProblem("relation", ArticleCalculator.Required), none.Problems);
        Assert.All([one, two, none], r => Assert.Null(r.AmountWan));
    }

    [Theory]
    [InlineData(100.5)]
    [InlineData(0)]
    [InlineData(-1)]
    public void ShareholdingOutsideZeroToHundredIsRefused(decimal share)
    {
        var r = ArticleCalculator.Compute(Art(1), Claim("investment", new(100m), EnterpriseRelation.Controlling, share));

        Assert.Contains(new InputProblem("shareholdingPercent", ArticleCalculator.OutOfRange), r.Problems);
        Assert.Null(r.AmountWan);
    }

    [Fact]
    public void NegativeOrMissingBaseIsRefused()
    {
        var negative = ArticleCalculator.Compute(Art(5), Claim("technology-contract", new(-1m)));
        var missing = ArticleCalculator.Compute(Art(5), Claim("technology-contract", new()));
        var unknown = ArticleCalculator.Compute(Art(5), Claim("nonsense", new(1m)));

        Assert.Equal([new InputProblem("parts.technology-contract.base", ArticleCalculator.Negative)], negative.Problems);
        Assert.Equal([new InputProblem("parts.technology-contract.base", ArticleCalculator.Required)], missing.Problems);
        Assert.Equal([new InputProblem("parts.nonsense", ArticleCalculator.UnknownPart)], unknown.Problems);
    }

    [Theory]
    [InlineData(5000, 500)] // 10% x 5,000
    [InlineData(10000, 1000)] // exactly at the cap
    [InlineData(12000, 1000)] // 1,200 -> 1,000
    public void Article5TenPercentOfTheTechnologyContract(decimal baseWan, decimal expected)
    {
        Assert.Equal(expected, ArticleCalculator.Compute(Art(5), Claim("technology-contract", new(baseWan))).AmountWan);
    }

    [Fact]
    public void Article4FixedAmounts()
    {
        var inputs = new ArticleInputs
        {
            Parts = new Dictionary<string, PartInput>(StringComparer.Ordinal)
            {
                ["settling-in"] = new(),
                ["research-startup"] = new(),
                ["allowance"] = new(Years: 3),
            },
        };

        var r = ArticleCalculator.Compute(Art(4), inputs);

        Assert.Equal(606m, r.AmountWan); // 100 + 500 + 2 x 3
        Assert.Contains(new FixedStep("settling-in", 100m), r.Steps);
        Assert.Contains(new FixedStep("research-startup", 500m), r.Steps);
        Assert.Contains(new PerYearStep("allowance", 2m, 3, 6m), r.Steps);
        Assert.Equal(
            [new InputProblem("parts.allowance.years", ArticleCalculator.Required)],
            ArticleCalculator.Compute(Art(4), Claim("allowance", new())).Problems);
    }

    [Fact]
    public void Article6Parts()
    {
        Assert.Equal(90m, ArticleCalculator.Compute(Art(6), Claim("enterprise-technology-centre", new(300m))).AmountWan); // 30% x 300
        Assert.Equal(100m, ArticleCalculator.Compute(Art(6), Claim("enterprise-technology-centre", new(400m))).AmountWan); // 120 -> 100
        Assert.Equal(500m, ArticleCalculator.Compute(Art(6), Claim("national-laboratory", new(Decided: 800m))).AmountWan); // up to 500
        Assert.Equal(300m, ArticleCalculator.Compute(Art(6), Claim("national-laboratory", new(Decided: 300m))).AmountWan);
        Assert.Equal(50m, ArticleCalculator.Compute(Art(6), Claim("workstation", new())).AmountWan);
    }

    [Fact]
    public void Article3IsCaseByCaseUpToFiveThousand()
    {
        Assert.Equal(ArticleKind.CaseByCase, Art(3).Kind);
        Assert.Equal(5000m, ArticleCalculator.Compute(Art(3), Claim("startup", new(Decided: 6000m))).AmountWan);
        Assert.Equal(4000m, ArticleCalculator.Compute(Art(3), Claim("startup", new(Decided: 4000m))).AmountWan);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void NonMonetaryArticlesProduceNoAmount(int number)
    {
        var r = ArticleCalculator.Compute(Art(number), new ArticleInputs());

        Assert.True(r.IsValid);
        Assert.Null(r.AmountWan);
        Assert.Empty(r.Steps);
    }

    [Fact]
    public void VersionInForceIsChosenByApplicationDate()
    {
        var v2 = V1 with { Version = 2, EffectiveFrom = new DateOnly(2025, 1, 1) };
        var versions = new ArticleVersions([v2, V1]);

        Assert.Null(versions.InForceOn(new DateOnly(2022, 5, 17)));
        Assert.Equal(1, versions.InForceOn(new DateOnly(2022, 5, 18))!.Version);
        Assert.Equal(1, versions.InForceOn(new DateOnly(2024, 12, 31))!.Version);
        Assert.Equal(2, versions.InForceOn(new DateOnly(2025, 1, 1))!.Version);
    }
}
