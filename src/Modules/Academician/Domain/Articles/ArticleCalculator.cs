namespace Tianzhong.Modules.Academician.Domain.Articles;

/// <summary>What an applicant claims under an article. Amounts in 10,000 yuan (wan).</summary>
public sealed record ArticleInputs
{
    /// <summary>The academician's relation to the enterprise (articles 1 and 2 require one).</summary>
    public EnterpriseRelation? Relation { get; init; }

    /// <summary>The academician's shareholding in percent (0-100], if stated.</summary>
    public decimal? ShareholdingPercent { get; init; }

    /// <summary>The claimed parts, by <see cref="ArticlePart.Code"/>; parts not listed are not claimed.</summary>
    public IReadOnlyDictionary<string, PartInput> Parts { get; init; } = new Dictionary<string, PartInput>(StringComparer.Ordinal);
}

/// <summary>The figures for one claimed part: the base of a percentage, the years of a yearly amount, or the amount decided for an up-to part.</summary>
public sealed record PartInput(decimal? Base = null, int? Years = null, decimal? Decided = null);

/// <summary>A refused input: the field (e.g. <c>parts.investment.base</c>) and a problem code.</summary>
public sealed record InputProblem(string Field, string Problem);

/// <summary>One step of the explanation of an amount.</summary>
public abstract record ComputationStep(string PartCode);

/// <summary><paramref name="Percent"/>% of <paramref name="Base"/> gives <paramref name="Result"/>.</summary>
public sealed record PercentageStep(string PartCode, decimal Percent, string BaseName, decimal Base, decimal Result) : ComputationStep(PartCode);

/// <summary>The amount was limited from <paramref name="Before"/> to the article's cap.</summary>
public sealed record CapStep(string PartCode, decimal Cap, int ArticleNumber, decimal Before, decimal After) : ComputationStep(PartCode);

/// <summary>A fixed amount.</summary>
public sealed record FixedStep(string PartCode, decimal Amount) : ComputationStep(PartCode);

/// <summary>A yearly amount times years.</summary>
public sealed record PerYearStep(string PartCode, decimal AmountPerYear, int Years, decimal Result) : ComputationStep(PartCode);

/// <summary>The amount decided for the case.</summary>
public sealed record DecidedStep(string PartCode, decimal Decided) : ComputationStep(PartCode);

/// <summary>The outcome: an amount with its steps, or the problems that refused the input.</summary>
public sealed record ArticleComputation(
    int ArticleNumber,
    decimal? AmountWan,
    IReadOnlyList<ComputationStep> Steps,
    IReadOnlyList<InputProblem> Problems,
    IReadOnlyList<string> AssessmentsRequired)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>Computes the support an article grants. Pure: no I/O, no clock.</summary>
public static class ArticleCalculator
{
    public const string Negative = "negative";
    public const string Required = "required";
    public const string OutOfRange = "out-of-range";
    public const string RelationNotEligible = "relation-not-eligible";
    public const string UnknownPart = "unknown-part";
    public const string NothingClaimed = "nothing-claimed";
    public const string NotMonetary = "not-monetary";

    public static ArticleComputation Compute(Article article, ArticleInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(inputs);

        var problems = new List<InputProblem>();
        var steps = new List<ComputationStep>();
        if (!article.IsMonetary)
        {
            if (inputs.Parts.Count > 0)
            {
                problems.Add(new("parts", NotMonetary));
            }

            return new(article.Number, null, steps, problems, article.Conditions);
        }

        CheckRelation(article, inputs, problems);
        if (inputs.Parts.Count == 0)
        {
            problems.Add(new("parts", NothingClaimed));
        }

        decimal total = 0m;
        foreach (var (code, input) in inputs.Parts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var part = article.Parts.FirstOrDefault(p => p.Code == code);
            if (part is null)
            {
                problems.Add(new($"parts.{code}", UnknownPart));
                continue;
            }

            total += ComputePart(article.Number, part, input, steps, problems);
        }

        return problems.Count > 0
            ? new(article.Number, null, [], problems, article.Conditions)
            : new(article.Number, total, steps, problems, article.Conditions);
    }

    private static void CheckRelation(Article article, ArticleInputs inputs, List<InputProblem> problems)
    {
        if (inputs.ShareholdingPercent is { } share && (share <= 0m || share > 100m))
        {
            problems.Add(new("shareholdingPercent", OutOfRange));
        }
        else if (inputs.Relation == EnterpriseRelation.WhollyOwned && inputs.ShareholdingPercent is { } whole && whole != 100m)
        {
            problems.Add(new("shareholdingPercent", OutOfRange));
        }
        else if (inputs.Relation == EnterpriseRelation.NonControlling && inputs.ShareholdingPercent is 100m)
        {
            problems.Add(new("shareholdingPercent", OutOfRange));
        }

        if (article.RequiredRelations is { Count: > 0 } allowed)
        {
            if (inputs.Relation is not { } relation)
            {
                problems.Add(new("relation", Required));
            }
            else if (!allowed.Contains(relation))
            {
                problems.Add(new("relation", RelationNotEligible));
            }
        }
    }

    private static decimal ComputePart(int article, ArticlePart part, PartInput input, List<ComputationStep> steps, List<InputProblem> problems)
    {
        var field = $"parts.{part.Code}";
        switch (part.Calculation)
        {
            case PartCalculation.Percentage:
                if (input.Base is not { } baseAmount)
                {
                    problems.Add(new($"{field}.base", Required));
                    return 0m;
                }

                if (baseAmount < 0m)
                {
                    problems.Add(new($"{field}.base", Negative));
                    return 0m;
                }

                var percent = part.Percentage ?? 0m;
                var raw = baseAmount * percent / 100m;
                steps.Add(new PercentageStep(part.Code, percent, part.Base ?? string.Empty, baseAmount, raw));
                return Capped(article, part, raw, steps);

            case PartCalculation.Fixed:
                var amount = part.AmountWan ?? 0m;
                steps.Add(new FixedStep(part.Code, amount));
                return amount;

            case PartCalculation.FixedPerYear:
                if (input.Years is not { } years)
                {
                    problems.Add(new($"{field}.years", Required));
                    return 0m;
                }

                if (years < 0)
                {
                    problems.Add(new($"{field}.years", Negative));
                    return 0m;
                }

                var perYear = part.AmountWan ?? 0m;
                var result = perYear * years;
                steps.Add(new PerYearStep(part.Code, perYear, years, result));
                return result;

            case PartCalculation.UpTo:
                if (input.Decided is not { } decided)
                {
                    problems.Add(new($"{field}.decided", Required));
                    return 0m;
                }

                if (decided < 0m)
                {
                    problems.Add(new($"{field}.decided", Negative));
                    return 0m;
                }

                steps.Add(new DecidedStep(part.Code, decided));
                return Capped(article, part, decided, steps);

            default:
                throw new InvalidOperationException($"Unknown calculation {part.Calculation}.");
        }
    }

    private static decimal Capped(int article, ArticlePart part, decimal amount, List<ComputationStep> steps)
    {
        if (part.CapWan is { } cap && amount > cap)
        {
            steps.Add(new CapStep(part.Code, cap, article, amount, cap));
            return cap;
        }

        return amount;
    }
}
