using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Data;

/// <summary>Loads the 13th-plan projects of plan A part 1(1) (embedded JSON) idempotently: matched by key, added or corrected.</summary>
public sealed class HistoryLoader(InvestmentDb db) : IStartupTask
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var file = Read();
        var existing = await db.HistoricalProjects.ToDictionaryAsync(h => h.Key, cancellationToken);
        for (var i = 0; i < file.Projects.Count; i++)
        {
            var row = file.Projects[i];
            if (!existing.TryGetValue(row.Key, out var project))
            {
                db.HistoricalProjects.Add(new HistoricalProject(row.Key, row.Name, i + 1));
            }
            else if (project.Name != row.Name || project.Order != i + 1)
            {
                project.Describe(row.Name, i + 1);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static HistoryFile Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReferenceData/thirteenth-plan-projects.json")
            ?? throw new InvalidOperationException("thirteenth-plan-projects.json is not embedded.");
        return JsonSerializer.Deserialize<HistoryFile>(stream, Json) ?? throw new InvalidOperationException("thirteenth-plan-projects.json is empty.");
    }

    internal sealed record HistoryFile(string Source, List<HistoryRow> Projects);

    internal sealed record HistoryRow(string Key, string Name);
}
