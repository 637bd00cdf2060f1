using Tianzhong.Modules.Academician.Data;
using Tianzhong.Modules.Academician.Domain.Articles;
using Tianzhong.UnitTests.Registry;
using Xunit;

namespace Tianzhong.UnitTests.Academician;

public sealed class ArticleReferenceDataTests
{
    private static readonly ArticleVersion V1 = Assert.Single(ArticleReferenceData.Versions.All);

    [Fact]
    public void VersionOneIsThePlanOfTheDocumentDate()
    {
        Assert.Equal(new DateOnly(2022, 5, 18), V1.EffectiveFrom);
        Assert.Contains(V1.Document, GazetteSeed.Text, StringComparison.Ordinal);
        Assert.Contains("2022\u5e745\u670818\u65e5", GazetteSeed.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 10), V1.Articles.Select(a => a.Number));
    }

    [Fact]
    public void EveryTextAndUnitOccursVerbatimInTheSeed()
    {
        var seed = GazetteSeed.Joined;
        foreach (var a in V1.Articles)
        {
            Assert.Contains($"{a.Number}.{a.Text}", seed, StringComparison.Ordinal);
            var units = seed[(seed.IndexOf(a.Text, StringComparison.Ordinal) + a.Text.Length)..];
            units = units[..units.IndexOf('\uff09', StringComparison.Ordinal)];
            Assert.All(a.LeadUnits.Concat(a.ResponsibleUnits), u => Assert.Contains(u, units, StringComparison.Ordinal));
            Assert.All(a.Conditions.Concat(a.NonMonetaryPromises), c => Assert.Contains(c, a.Text, StringComparison.Ordinal));
            Assert.All(a.Parts, p => Assert.Contains(p.Label, a.Text, StringComparison.Ordinal));
            Assert.All(a.Parts.Where(p => p.Base is not null), p => Assert.Contains(p.Base!, a.Text, StringComparison.Ordinal));
            if (a.PayingFinance is not null)
            {
                Assert.Contains(a.PayingFinance, a.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryNumberOccursInTheArticleText()
    {
        foreach (var a in V1.Articles)
        {
            foreach (var p in a.Parts)
            {
                if (p.Percentage is { } pct)
                {
                    Assert.Contains(FormattableString.Invariant($"{pct}%"), a.Text, StringComparison.Ordinal);
                }

                foreach (var wan in new[] { p.CapWan, p.AmountWan }.OfType<decimal>())
                {
                    Assert.Contains(FormattableString.Invariant($"{wan}\u4e07\u5143"), a.Text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void ArticlesSevenToTenAreNonMonetary()
    {
        Assert.All(V1.Articles.Where(a => a.Number >= 7), a =>
        {
            Assert.Equal(ArticleKind.NonMonetary, a.Kind);
            Assert.Empty(a.Parts);
            Assert.False(a.IsMonetary);
        });
        Assert.All(V1.Articles.Where(a => a.Number < 7), a => Assert.True(a.IsMonetary));
    }
}
