namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>
/// Green / yellow / red against time progress (时间进度): green at or above the line, yellow within the margin below
/// it, red further below. Comparisons are exact (no rounding), so completion equal to the line is green and equal to
/// the line minus the margin is yellow.
/// </summary>
public static class ProgressLine
{
    /// <summary>The colour of <paramref name="completion"/> (a ratio, 1 = 100%) at <paramref name="timeProgress"/>; None without a completion.</summary>
    public static ProgressStatus Status(decimal? completion, decimal timeProgress, decimal yellowMarginPoints)
    {
        if (completion is not { } c)
        {
            return ProgressStatus.None;
        }

        if (c >= timeProgress)
        {
            return ProgressStatus.Green;
        }

        return c >= timeProgress - (yellowMarginPoints / 100m) ? ProgressStatus.Yellow : ProgressStatus.Red;
    }
}
