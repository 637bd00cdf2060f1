namespace Tianzhong.Modules.Investment.Domain;

/// <summary>Why a lifecycle step is refused; each maps to a message in the user's language.</summary>
public enum LifecycleProblem
{
    NotNextStage,
    PendingSubmissionExists,
    ProjectHalted,
    ProjectTerminated,
    DateInFuture,
    DateBeforePreviousStage,
    EvidenceRequired,
    NotPending,
    OpinionRequired,
    ReasonRequired,
    NotHalted,
}

/// <summary>
/// The lifecycle 在谈 → 签约 → 开工 → 投产: a unit submits the next stage with its date and evidence; the city
/// approves (the stage then counts) or returns it with an opinion. A project may stall (and resume) or terminate.
/// </summary>
public static class LifecycleRules
{
    public static ProjectStage? NextStage(ProjectStage reached) => reached switch
    {
        ProjectStage.Negotiating => ProjectStage.Signed,
        ProjectStage.Signed => ProjectStage.Started,
        ProjectStage.Started => ProjectStage.InProduction,
        _ => null,
    };

    public static LifecycleProblem? CheckSubmission(Project project, ProjectStage target, DateOnly occurredOn, int evidenceCount, bool hasPendingSubmission, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Stage == ProjectStage.Terminated)
        {
            return LifecycleProblem.ProjectTerminated;
        }

        if (project.Stage == ProjectStage.Stalled)
        {
            return LifecycleProblem.ProjectHalted;
        }

        if (NextStage(project.Stage) != target)
        {
            return LifecycleProblem.NotNextStage;
        }

        if (hasPendingSubmission)
        {
            return LifecycleProblem.PendingSubmissionExists;
        }

        if (occurredOn > today)
        {
            return LifecycleProblem.DateInFuture;
        }

        if (PreviousStageDate(project, target) is { } previous && occurredOn < previous)
        {
            return LifecycleProblem.DateBeforePreviousStage;
        }

        return evidenceCount == 0 ? LifecycleProblem.EvidenceRequired : null;
    }

    /// <summary>Approval re-checks the project, which may have moved since the unit submitted.</summary>
    public static LifecycleProblem? CheckDecision(Project project, StageSubmission submission, bool approve, string? opinion)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Status != SubmissionStatus.Pending)
        {
            return LifecycleProblem.NotPending;
        }

        if (!approve)
        {
            return string.IsNullOrWhiteSpace(opinion) ? LifecycleProblem.OpinionRequired : null;
        }

        if (project.Stage == ProjectStage.Terminated)
        {
            return LifecycleProblem.ProjectTerminated;
        }

        if (project.Stage == ProjectStage.Stalled)
        {
            return LifecycleProblem.ProjectHalted;
        }

        return NextStage(project.Stage) != submission.TargetStage ? LifecycleProblem.NotNextStage : null;
    }

    public static LifecycleProblem? CheckHalt(Project project, ProjectStage halt, string? reason)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Stage == ProjectStage.Terminated)
        {
            return LifecycleProblem.ProjectTerminated;
        }

        if (halt == ProjectStage.Stalled && project.Stage == ProjectStage.Stalled)
        {
            return LifecycleProblem.ProjectHalted;
        }

        return string.IsNullOrWhiteSpace(reason) ? LifecycleProblem.ReasonRequired : null;
    }

    public static LifecycleProblem? CheckResume(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Stage == ProjectStage.Stalled ? null : LifecycleProblem.NotHalted;
    }

    public static void Approve(Project project, StageSubmission submission, string decidedBy, string? opinion, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(submission);
        submission.Decide(approve: true, decidedBy, opinion, nowUtc);
        project.ApplyApprovedStage(submission.TargetStage, submission.OccurredOn);
    }

    public static void Return(StageSubmission submission, string decidedBy, string opinion, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(submission);
        submission.Decide(approve: false, decidedBy, opinion, nowUtc);
    }

    public static void Halt(Project project, ProjectStage halt, string reason, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (halt is not (ProjectStage.Stalled or ProjectStage.Terminated))
        {
            throw new ArgumentOutOfRangeException(nameof(halt), halt, null);
        }

        project.Halt(halt, reason.Trim(), on);
    }

    public static void Resume(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        project.Resume();
    }

    private static DateOnly? PreviousStageDate(Project project, ProjectStage target) => target switch
    {
        ProjectStage.Started => project.SignedOn,
        ProjectStage.InProduction => project.StartedOn,
        _ => null,
    };
}
