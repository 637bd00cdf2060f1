namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>Competition ranking ("1224"): equal scores share a rank and the next rank skips; ties keep the input order.</summary>
internal static class CompetitionRanks
{
    /// <summary>The indices of <paramref name="scores"/> in rank order with their ranks.</summary>
    public static IReadOnlyList<(int Index, int Rank)> Of(IReadOnlyList<decimal> scores)
    {
        // OrderBy is stable, so units with equal scores stay in input (gazette) order.
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToList();
        var ranked = new List<(int, int)>(order.Count);
        for (var position = 0; position < order.Count; position++)
        {
            var rank = position > 0 && scores[order[position]] == scores[order[position - 1]] ? ranked[position - 1].Item2 : position + 1;
            ranked.Add((order[position], rank));
        }

        return ranked;
    }
}
