namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>
/// A month the city closed (关账). Its reports, figures and ranking are frozen with it: the ranking as computed at
/// the close is kept here, so later changes to targets or the scheme do not rewrite a published month.
/// </summary>
public sealed class ClosedMonth
{
    private ClosedMonth()
    {
    }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string ClosedBy { get; private set; } = string.Empty;

    public DateTime ClosedUtc { get; private set; }

    /// <summary>The month's ranking as serialised at the close (scores, ranks, status and every explanation).</summary>
    public string RankingJson { get; private set; } = string.Empty;

    public ReportingPeriod Period => new(Year, Month);

    public static ClosedMonth Close(ReportingPeriod period, string by, DateTime nowUtc, string rankingJson) => new()
    {
        Year = period.Year,
        Month = period.Month,
        ClosedBy = by,
        ClosedUtc = nowUtc,
        RankingJson = rankingJson,
    };
}
