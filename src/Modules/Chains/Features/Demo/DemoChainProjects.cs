using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Investment.Contracts;

namespace Tianzhong.Modules.Chains.Features.Demo;

/// <summary>
/// With <c>Demo:Enabled</c>, puts the demonstration's newest projects on a link of their direction's chain, so the
/// chain maps show a mix of missing, weak and strong links. Real installations attach their own; nothing happens once
/// any project is attached.
/// </summary>
public sealed class DemoChainProjects(IDemoMode demo, ChainsDb db, IProjectDigests projects, TimeProvider timeProvider) : IStartupTask
{
    // The project search's largest page: enough to colour the chains without pretending to be a full record.
    private const int Sample = 50;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!demo.Enabled || await db.Attachments.AnyAsync(a => a.Kind == AttachmentKind.Project, cancellationToken))
        {
            return;
        }

        var links = (await db.Links.AsNoTracking()
                .Join(db.Chains.AsNoTracking(), l => l.ChainId, c => c.Id, (l, c) => new { c.Code, l.ChainId, l.Id, l.Order })
                .ToListAsync(cancellationToken))
            .GroupBy(l => l.Code)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Order).ThenBy(l => l.Id).ToList());
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var project in await projects.SearchAsync(null, Sample, cancellationToken))
        {
            if (!links.TryGetValue(project.DirectionCode, out var chainLinks) || chainLinks.Count == 0)
            {
                continue;
            }

            // A stable pick from the id, so the same demo data always lands on the same links.
            var link = chainLinks[(int)(BitConverter.ToUInt32(project.Id.ToByteArray(), 0) % (uint)chainLinks.Count)];
            db.Attachments.Add(LinkAttachment.Project(link.ChainId, link.Id, project.Id, project.Name, project.UnitCode, "demo", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
