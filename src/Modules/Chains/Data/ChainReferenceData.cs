using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Chains.Domain;

namespace Tianzhong.Modules.Chains.Data;

/// <summary>A plan category (e.g. 提质发展传统产业) the chains are grouped by.</summary>
internal sealed record ChainCategoryRow(string Code, string Name);

/// <summary>A link of the reference data with the links hanging downstream of it.</summary>
internal sealed record ChainLinkRow(string Name, ChainSegment Segment, string Note, IReadOnlyList<ChainLinkRow>? Children);

/// <summary>One chain per industry direction of plan A part 3.</summary>
internal sealed record ChainRow(string Code, string Name, string Category, int Order, IReadOnlyList<ChainLinkRow> Links);

/// <summary>The embedded <c>Data/ReferenceData/chains.json</c>.</summary>
internal sealed record ChainsFile(string Source, IReadOnlyList<ChainCategoryRow> Categories, IReadOnlyList<ChainRow> Chains)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<ChainsFile> Cached = new(Read);

    public static ChainsFile Load() => Cached.Value;

    /// <summary>The category code and name of a chain, or null for a chain the reference data does not know.</summary>
    public (string Code, string Name)? CategoryOf(string chainCode)
    {
        var chain = Chains.FirstOrDefault(c => c.Code == chainCode);
        var category = chain is null ? null : Categories.FirstOrDefault(c => c.Code == chain.Category);
        return category is null ? null : (category.Code, category.Name);
    }

    private static ChainsFile Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReferenceData/chains.json")
            ?? throw new InvalidOperationException("Reference data file chains.json is not embedded.");
        return JsonSerializer.Deserialize<ChainsFile>(stream, Json) ?? throw new InvalidOperationException("Reference data file chains.json is empty.");
    }
}

/// <summary>
/// Loads the chains of <c>chains.json</c> at start: a chain missing from the database (matched by code) is added with
/// its tree of links; a chain already there is left exactly as the city keeps it (renamed, added, moved or deleted
/// links stay that way), so running the loader again changes nothing. Adds the settings row with the default gap
/// rules when it is missing.
/// </summary>
public sealed class ChainReferenceLoader(ChainsDb db, TimeProvider clock) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var file = ChainsFile.Load();
        var existing = await db.Chains.Select(c => c.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in file.Chains.Where(c => !existing.Contains(c.Code)))
        {
            var chain = IndustryChain.Create(row.Code, row.Name, row.Order);
            db.Chains.Add(chain);
            AddLinks(chain.Id, null, row.Links);
        }

        if (!await db.Settings.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            db.Settings.Add(ChainSettings.Initial(clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private void AddLinks(Guid chainId, Guid? parentId, IReadOnlyList<ChainLinkRow>? rows)
    {
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            var link = ChainLink.Create(chainId, parentId, row.Name, row.Segment, i + 1, row.Note);
            db.Links.Add(link);
            AddLinks(chainId, link.Id, row.Children);
        }
    }
}
