namespace Tianzhong.Modules.Chains.Domain.Matching;

/// <summary>Why proposed weights are refused.</summary>
public enum WeightProblem
{
    Negative,
    AllZero,
}

/// <summary>The weights rule: none below zero and at least one above zero (a score needs something to weigh).</summary>
public static class MatchWeightsRules
{
    public static IReadOnlyList<(string Field, WeightProblem Problem)> Check(MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var problems = new List<(string, WeightProblem)>();
        foreach (var (field, value) in Fields(weights))
        {
            if (value < 0)
            {
                problems.Add((field, WeightProblem.Negative));
            }
        }

        if (problems.Count == 0 && weights.Total == 0)
        {
            problems.Add(("weights", WeightProblem.AllZero));
        }

        return problems;
    }

    /// <summary>The weights by their JSON field names, in component order.</summary>
    public static IReadOnlyList<(string Field, decimal Value)> Fields(MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return
        [
            ("gapFit", weights.GapFit),
            ("planListing", weights.PlanListing),
            ("region", weights.Region),
            ("flags", weights.Flags),
            ("interactions", weights.Interactions),
            ("presence", weights.Presence),
        ];
    }
}
