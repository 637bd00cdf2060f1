using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Features.Schemes;

namespace Tianzhong.Modules.Supervision.Features.Demo;

/// <summary>
/// With <c>Demo:Enabled</c>, gives this year plan A's split of targets when none is set, so the demonstration's
/// rankings, completion rates and dashboards have something to measure against. Real installations set their own.
/// </summary>
public sealed class DemoTargets(IDemoMode demo, SupervisionDb db, Targets targets, TimeProvider timeProvider) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var year = ChinaTime.Today(timeProvider).Year;
        if (!demo.Enabled || await db.Targets.AnyAsync(t => t.Year == year, cancellationToken))
        {
            return;
        }

        await targets.ApplyPlanDefaultsAsync(year, cancellationToken);
    }
}
