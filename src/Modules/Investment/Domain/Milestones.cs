using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Investment.Domain;

/// <summary>A step of a major project's action plan (三个一: one leader, one service team, one action plan).</summary>
public sealed class Milestone : IUnitScoped
{
    private Milestone()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    /// <summary>The user name of the person who owns the step.</summary>
    public string Owner { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public int Version { get; private set; }

    public static Milestone Plan(Project project, string title, string owner, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new Milestone { Id = Guid.CreateVersion7(), ProjectId = project.Id, UnitCode = project.UnitCode, Title = title.Trim(), Owner = owner.Trim(), DueOn = dueOn, Version = 1 };
    }

    public void Revise(string title, string owner, DateOnly dueOn)
    {
        Title = title.Trim();
        Owner = owner.Trim();
        DueOn = dueOn;
        Version++;
    }

    public void Complete(DateOnly on)
    {
        CompletedOn = on;
        Version++;
    }

    public void Reopen()
    {
        CompletedOn = null;
        Version++;
    }

    /// <summary>Overdue: not done and its due date has passed.</summary>
    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueOn < today;
}
