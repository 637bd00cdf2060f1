namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>One unit's year-end assessment (年终考评), each component out of 100.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="YearEndScore">Its ranking score in the latest closed month (December once closed: the full year).</param>
/// <param name="MonthlyAverage">The mean of its ranking scores over the closed months it appears in (2 decimals).</param>
/// <param name="BatchesScore">100 × its 三个一批 count / the best unit's (2 decimals).</param>
/// <param name="BatchCount">Its projects signed, started and put into production in the year's batches (count shares).</param>
/// <param name="Score">Σ weight / 100 × component (2 decimals).</param>
/// <param name="Rank">Competition rank (ties in gazette order).</param>
/// <param name="MonthsCounted">The closed months the average is over.</param>
public sealed record UnitAssessment(string UnitCode, decimal YearEndScore, decimal MonthlyAverage, decimal BatchesScore, decimal BatchCount, decimal Score, int Rank, IReadOnlyList<int> MonthsCounted);

/// <summary>The year's assessment: units in rank order; provisional until December is closed.</summary>
/// <param name="Year">The year.</param>
/// <param name="Rules">The weights it was computed with.</param>
/// <param name="IsProvisional">True while December is not closed (the "year-end" score is then the latest month's).</param>
/// <param name="Units">The units in rank order.</param>
public sealed record AnnualAssessment(int Year, AssessmentRules Rules, bool IsProvisional, IReadOnlyList<UnitAssessment> Units);
