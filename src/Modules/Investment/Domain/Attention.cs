using Tianzhong.Kernel.Time;

namespace Tianzhong.Modules.Investment.Domain;

public enum AttentionReason
{
    /// <summary>在谈 with no interaction for the configured number of days.</summary>
    NoRecentInteraction,

    /// <summary>签而未开: signed but not started after the configured number of months.</summary>
    SignedNotStarted,

    /// <summary>开而未投: started but not in production after the planned production date.</summary>
    StartedNotProducing,

    /// <summary>A milestone of the action plan is past its due date.</summary>
    MilestoneOverdue,
}

/// <summary>The thresholds of the attention lists, from configuration (<c>Investment:Attention</c>).</summary>
public sealed class AttentionThresholds
{
    public int NoInteractionDays { get; set; } = 30;

    public int SignedNotStartedMonths { get; set; } = 6;
}

/// <summary>When a project needs attention; the queries apply the same cut-off dates in the database.</summary>
public static class AttentionRules
{
    /// <summary>A negotiating project whose last interaction (or registration) is on or before this date needs attention.</summary>
    public static DateOnly QuietSince(DateOnly today, AttentionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return today.AddDays(-thresholds.NoInteractionDays);
    }

    /// <summary>A signed, not started project signed on or before this date is 签而未开.</summary>
    public static DateOnly SignedBefore(DateOnly today, AttentionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return today.AddMonths(-thresholds.SignedNotStartedMonths);
    }

    public static IReadOnlyList<AttentionReason> For(Project project, DateOnly? lastInteractionOn, bool hasOverdueMilestone, DateOnly today, AttentionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(project);
        var reasons = new List<AttentionReason>();
        var registeredOn = DateOnly.FromDateTime(ChinaTime.FromUtc(project.CreatedUtc));
        if (project.Stage == ProjectStage.Negotiating && (lastInteractionOn ?? registeredOn) <= QuietSince(today, thresholds))
        {
            reasons.Add(AttentionReason.NoRecentInteraction);
        }

        if (project.Stage == ProjectStage.Signed && project.SignedOn <= SignedBefore(today, thresholds))
        {
            reasons.Add(AttentionReason.SignedNotStarted);
        }

        if (project.Stage == ProjectStage.Started && project.Figures.PlannedProduction < today)
        {
            reasons.Add(AttentionReason.StartedNotProducing);
        }

        if (hasOverdueMilestone)
        {
            reasons.Add(AttentionReason.MilestoneOverdue);
        }

        return reasons;
    }
}
