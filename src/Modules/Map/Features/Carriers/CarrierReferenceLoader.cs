using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;

namespace Tianzhong.Modules.Map.Features.Carriers;

/// <summary>A park named in plan A, shipped as reference data (names verbatim; figures left for the units).</summary>
public sealed record ReferenceCarrier(string Key, string Name, string? UnitCode, IReadOnlyList<string> Industries);

/// <summary>Loads the parks plan A names (carriers.json) at start-up: each one once, by its key; edits the units made are kept.</summary>
public sealed class CarrierReferenceLoader(MapDb db) : IStartupTask
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ReferenceCarrier> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReferenceData/carriers.json")
            ?? throw new InvalidOperationException("carriers.json is missing from the Map module.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("carriers").Deserialize<List<ReferenceCarrier>>(Json) ?? [];
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var known = await db.Carriers.Where(c => c.ReferenceKey != null).Select(c => c.ReferenceKey!).ToListAsync(cancellationToken);
        var added = false;
        foreach (var reference in Load().Where(r => !known.Contains(r.Key)))
        {
            db.Carriers.Add(Carrier.Create(new CarrierDetails(reference.Name, reference.UnitCode, null, reference.Industries, null, null, null, null, null, null), reference.Key));
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
