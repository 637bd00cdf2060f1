using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// Puts projects into approved stages directly through the domain methods, as the system user, because the approval
/// endpoints are built elsewhere; funds, rates and attention only read the approved state.
/// </summary>
internal static class FundsSeed
{
    public static ProjectFigures Figures(string name, decimal contractWan = 10_000m, DateOnly? plannedProduction = null, CapitalSource source = CapitalSource.OtherProvince) =>
        new(name, "food", null, source, contractWan, null, null, null, null, null, null, null, null, null, null, plannedProduction, false);

    /// <summary>Registers a project and applies its approved stages and halt; returns the project's id.</summary>
    public static async Task<Guid> ProjectAsync(
        TianzhongFactory factory,
        string unitCode,
        string name,
        decimal contractWan = 10_000m,
        DateOnly? signedOn = null,
        DateOnly? startedOn = null,
        DateOnly? inProductionOn = null,
        DateOnly? terminatedOn = null,
        DateOnly? plannedProduction = null,
        string? leader = null,
        DateTime? createdUtc = null)
    {
        return await WithDbAsync(factory, async db =>
        {
            var now = createdUtc ?? TimeProvider.System.GetUtcNow().UtcDateTime;
            var project = Project.Register(unitCode, Figures(name, contractWan, plannedProduction), now);
            db.Projects.Add(project);
            foreach (var (stage, on) in new[] { (ProjectStage.Signed, signedOn), (ProjectStage.Started, startedOn), (ProjectStage.InProduction, inProductionOn) })
            {
                if (on is { } date)
                {
                    var submission = StageSubmission.Create(project, stage, date, null, [], "seed", now);
                    db.StageSubmissions.Add(submission);
                    LifecycleRules.Approve(project, submission, "seed", null, now);
                }
            }

            if (terminatedOn is { } end)
            {
                LifecycleRules.Halt(project, ProjectStage.Terminated, "seed", end);
            }

            if (leader is not null)
            {
                project.AssignThreeOnes(leader, []);
            }

            await db.SaveChangesAsync();
            return project.Id;
        });
    }

    /// <summary>Two units claim the same project: the second is held at 0 and, when a share is given, the city splits it.</summary>
    public static Task ClaimAsync(TianzhongFactory factory, Guid firstId, Guid secondId, decimal? firstShare) =>
        WithDbAsync(factory, async db =>
        {
            var first = await db.Projects.FindAsync(firstId) ?? throw new InvalidOperationException("No first project.");
            var second = await db.Projects.FindAsync(secondId) ?? throw new InvalidOperationException("No second project.");
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var claim = DoubleClaim.Detect(first, second, Guid.NewGuid(), now);
            if (firstShare is { } share)
            {
                claim.Decide(first, second, share, "seed", null, now);
            }

            db.DoubleClaims.Add(claim);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>A funds record in 万元 (CNY), verified unless said otherwise.</summary>
    public static Task FundsAsync(TianzhongFactory factory, Guid projectId, DateOnly receivedOn, decimal amountWan, CapitalSource source = CapitalSource.OtherProvince, FundsStatus status = FundsStatus.Verified) =>
        WithDbAsync(factory, async db =>
        {
            var project = await db.Projects.FindAsync(projectId) ?? throw new InvalidOperationException("No project.");
            var record = FundsRecord.Record(project, receivedOn, source, FundsRules.Yuan, amountWan, 1m, "seed");
            if (status != FundsStatus.Pending)
            {
                FundsRules.Verify(record, status == FundsStatus.Verified, "seed", "seed", TimeProvider.System.GetUtcNow().UtcDateTime);
            }

            db.Funds.Add(record);
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task MilestoneAsync(TianzhongFactory factory, Guid projectId, string title, string owner, DateOnly dueOn) =>
        WithDbAsync(factory, async db =>
        {
            var project = await db.Projects.FindAsync(projectId) ?? throw new InvalidOperationException("No project.");
            db.Milestones.Add(Milestone.Plan(project, title, owner, dueOn));
            await db.SaveChangesAsync();
            return 0;
        });

    private static async Task<T> WithDbAsync<T>(TianzhongFactory factory, Func<InvestmentDb, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        return await work(scope.ServiceProvider.GetRequiredService<InvestmentDb>());
    }
}
