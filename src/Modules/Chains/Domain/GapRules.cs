namespace Tianzhong.Modules.Chains.Domain;

/// <summary>How well a link is covered locally: 缺失 (fill it: 补链), 薄弱 (strengthen it: 强链), 较强 (extend from it: 延链).</summary>
public enum GapStatus
{
    Missing,
    Weak,
    Strong,
}

/// <summary>What the gap rules read about a link: local enterprises and the counted projects (signed or later) with their contract investment.</summary>
public sealed record LinkFigures(int LocalEnterprises, int Projects, decimal InvestmentWan);

/// <summary>
/// The city's gap rules. A link with no local enterprise and no counted project is missing. It is strong when it has at
/// least <see cref="StrongMinEnterprises"/> local enterprises and counted projects together and at least
/// <see cref="StrongMinInvestmentWan"/> of counted contract investment; otherwise weak.
/// </summary>
public sealed record GapRules(int StrongMinEnterprises, decimal StrongMinInvestmentWan)
{
    /// <summary>The platform's starting point (the seed sets no thresholds): three players and 10亿元.</summary>
    public static GapRules Default { get; } = new(3, 100_000m);

    public GapStatus Evaluate(LinkFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var players = figures.LocalEnterprises + figures.Projects;
        if (players == 0)
        {
            return GapStatus.Missing;
        }

        return players >= StrongMinEnterprises && figures.InvestmentWan >= StrongMinInvestmentWan ? GapStatus.Strong : GapStatus.Weak;
    }

    /// <summary>Field errors (field, problem key) for rules the city proposes.</summary>
    public IReadOnlyList<(string Field, string Problem)> Check()
    {
        var problems = new List<(string, string)>();
        if (StrongMinEnterprises < 1)
        {
            problems.Add(("strongMinEnterprises", "AtLeastOne"));
        }

        if (StrongMinInvestmentWan < 0)
        {
            problems.Add(("strongMinInvestmentWan", "Negative"));
        }

        return problems;
    }
}

/// <summary>The city's weights of the precision-matching score parts; none below zero, at least one above.</summary>
public sealed record MatchWeights(decimal GapFit, decimal PlanListing, decimal Region, decimal Flags, decimal Interactions, decimal Presence)
{
    /// <summary>The platform's starting point; the seed names the factors (plan A part 4(4)) but not their weights.</summary>
    public static MatchWeights Default { get; } = new(30, 20, 10, 15, 15, 10);

    public decimal Total => GapFit + PlanListing + Region + Flags + Interactions + Presence;
}

/// <summary>The city's chain settings: one row holding the gap rules and the matching weights.</summary>
public sealed class ChainSettings
{
    public const int SingletonId = 1;

    private ChainSettings()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public GapRules Gaps { get; private set; } = GapRules.Default;

    public MatchWeights Weights { get; private set; } = MatchWeights.Default;

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTime UpdatedUtc { get; private set; }

    public int Version { get; private set; }

    public static ChainSettings Initial(DateTime nowUtc) => new() { UpdatedUtc = nowUtc };

    public void ChangeGaps(GapRules gaps, string by, DateTime nowUtc)
    {
        Gaps = gaps;
        Touch(by, nowUtc);
    }

    public void ChangeWeights(MatchWeights weights, string by, DateTime nowUtc)
    {
        Weights = weights;
        Touch(by, nowUtc);
    }

    private void Touch(string by, DateTime nowUtc)
    {
        UpdatedBy = by;
        UpdatedUtc = nowUtc;
        Version++;
    }
}
