namespace Tianzhong.Modules.Academician.Domain.Articles;

/// <summary>How an article of plan C (section three, articles 1-10) turns into support.</summary>
public enum ArticleKind
{
    /// <summary>A percentage of a base amount, capped (articles 1, 2, 5, 6).</summary>
    Percentage,

    /// <summary>Fixed amounts (article 4).</summary>
    FixedAmounts,

    /// <summary>Decided one case at a time, up to a ceiling (article 3).</summary>
    CaseByCase,

    /// <summary>A promise of priority or support with no amount (articles 7-10).</summary>
    NonMonetary,
}

/// <summary>How one part of an article computes its amount.</summary>
public enum PartCalculation
{
    /// <summary>Percentage of the base, capped at <see cref="ArticlePart.CapWan"/>.</summary>
    Percentage,

    /// <summary>A fixed amount.</summary>
    Fixed,

    /// <summary>A fixed amount for each year.</summary>
    FixedPerYear,

    /// <summary>The amount decided for the case, up to <see cref="ArticlePart.CapWan"/>.</summary>
    UpTo,
}

/// <summary>The academician's relation to the enterprise that applies.</summary>
public enum EnterpriseRelation
{
    /// <summary>Sole owner (独资).</summary>
    WhollyOwned,

    /// <summary>Controls the enterprise, including control through a technology share.</summary>
    Controlling,

    /// <summary>Holds a share (including a technology share) without control.</summary>
    NonControlling,
}

/// <summary>One payable part of an article; amounts in 10,000 yuan (wan).</summary>
public sealed record ArticlePart(
    string Code,
    string Label,
    PartCalculation Calculation,
    decimal? Percentage = null,
    string? Base = null,
    decimal? CapWan = null,
    decimal? AmountWan = null);

/// <summary>An article of plan C as the gazette states it; the texts are the seed's, verbatim.</summary>
public sealed record Article(
    int Number,
    string Text,
    ArticleKind Kind,
    IReadOnlyList<ArticlePart> Parts,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> NonMonetaryPromises,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ResponsibleUnits,
    string? PayingFinance,
    IReadOnlyList<EnterpriseRelation>? RequiredRelations = null)
{
    /// <summary>Whether the article can produce an amount at all.</summary>
    public bool IsMonetary => Kind != ArticleKind.NonMonetary && Parts.Count > 0;
}

/// <summary>One version of the articles, in force from <see cref="EffectiveFrom"/>.</summary>
public sealed record ArticleVersion(int Version, string Document, DateOnly EffectiveFrom, IReadOnlyList<Article> Articles)
{
    public Article? Find(int number) => Articles.FirstOrDefault(a => a.Number == number);
}

/// <summary>All versions of the articles; chooses the one in force on a date.</summary>
public sealed class ArticleVersions
{
    private readonly List<ArticleVersion> _versions;

    public ArticleVersions(IEnumerable<ArticleVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        _versions = [.. versions.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version)];
    }

    public IReadOnlyList<ArticleVersion> All => _versions;

    /// <summary>The latest version effective on or before <paramref name="date"/>; null before the first one.</summary>
    public ArticleVersion? InForceOn(DateOnly date) => _versions.LastOrDefault(v => v.EffectiveFrom <= date);
}
