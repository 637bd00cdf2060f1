using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Text;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Registry.Domain;

namespace Tianzhong.Modules.Registry.Data;

/// <summary>
/// Loads the gazette's reference data shipped in <c>Data/ReferenceData</c> into the database. Idempotent: rows are
/// matched by code (organisations by key), added when missing and brought back in line when they differ; running
/// it twice changes nothing.
/// </summary>
public sealed class ReferenceDataLoader(RegistryDb db) : IStartupTask
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var units = Read<UnitsFile>("units.json");
        var directions = Read<DirectionsFile>("industry-directions.json");
        var clusters = Read<ClustersFile>("clusters.json");
        var classification = Read<ClassificationFile>("gbt4754-2017.json");
        var departments = Read<DepartmentsFile>("departments.json");
        var enterprises = Read<EnterprisesFile>("target-enterprises.json");

        await LoadUnitsAsync(units, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(db.Departments, departments.Departments.Select((d, i) => new Department(d.Code, d.Name, d.NameEn, i + 1)), d => d.Code, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(db.IndustryCategories, directions.Categories.Select((c, i) => new IndustryCategory(c.Code, c.Name, i + 1)), c => c.Code, cancellationToken).ConfigureAwait(false);
        await LoadDirectionsAsync(directions, units, cancellationToken).ConfigureAwait(false);
        await LoadClustersAsync(clusters, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(
            db.IndustryClassifications,
            classification.Sections.SelectMany(s => s.MajorGroups.Select(g => new IndustryClassification(g.Code, g.Name, s.Code)).Prepend(new IndustryClassification(s.Code, s.Name, null))),
            c => c.Code,
            cancellationToken).ConfigureAwait(false);
        await LoadOrganisationsAsync(enterprises, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static T Read<T>(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReferenceData/" + name)
            ?? throw new InvalidOperationException($"Reference data file {name} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Reference data file {name} is empty.");
    }

    private async Task LoadUnitsAsync(UnitsFile file, CancellationToken cancellationToken)
    {
        await UpsertAsync(db.LayoutRoles, file.LayoutRoles.Select((r, i) => new LayoutRole(r.Code, r.Name, r.Description, i + 1)), r => r.Code, cancellationToken).ConfigureAwait(false);
        var existing = await db.Units.ToDictionaryAsync(u => u.Code, cancellationToken).ConfigureAwait(false);
        var all = file.Units.Prepend(file.City with { LayoutRoles = [] }).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var row = all[i];
            if (!existing.TryGetValue(row.Code, out var unit))
            {
                unit = new AdministrativeUnit(row.Code, row.Name, row.NameEn, row.Kind, i);
                db.Units.Add(unit);
            }

            unit.Describe(row.GbCode, row.StatisticalCode, row.Name, row.NameEn, row.Kind, i, row.LayoutRoles ?? [], row.Specialty, row.CoreFocus);
        }
    }

    private async Task LoadDirectionsAsync(DirectionsFile file, UnitsFile units, CancellationToken cancellationToken)
    {
        var codeByName = units.Units.ToDictionary(u => u.Name, u => u.Code, StringComparer.Ordinal);
        var existing = await db.IndustryDirections.ToDictionaryAsync(d => d.Code, cancellationToken).ConfigureAwait(false);
        foreach (var row in file.Directions)
        {
            if (!existing.TryGetValue(row.Code, out var direction))
            {
                direction = new IndustryDirection(row.Code);
                db.IndustryDirections.Add(direction);
            }

            var hostCodes = row.HostUnits.Select(n => codeByName.TryGetValue(n, out var c) ? c : throw new InvalidOperationException($"Direction {row.Code} names unknown host unit {n}.")).ToList();
            direction.CategoryCode = row.Category;
            direction.Order = row.Order;
            direction.Name = row.Name;
            direction.NameEn = row.NameEn;
            direction.Box = row.Box;
            SetIfDifferent(direction.Regions, row.Regions, v => direction.Regions = v);
            SetIfDifferent(direction.HostUnitCodes, hostCodes, v => direction.HostUnitCodes = v);
            direction.HostText = row.HostText;
            SetIfDifferent(direction.SubSectors, row.SubSectors, v => direction.SubSectors = v);
            SetIfDifferent(direction.MajorGroups, row.Gbt4754MajorGroups, v => direction.MajorGroups = v);
        }
    }

    private async Task LoadClustersAsync(ClustersFile file, CancellationToken cancellationToken)
    {
        var existing = await db.IndustryClusters.ToDictionaryAsync(c => c.Code, cancellationToken).ConfigureAwait(false);
        foreach (var row in file.Clusters)
        {
            if (!existing.TryGetValue(row.Code, out var cluster))
            {
                cluster = new IndustryCluster(row.Code);
                db.IndustryClusters.Add(cluster);
            }

            cluster.Name = row.Name;
            cluster.ScaleClass = row.ScaleClass;
            cluster.TargetScaleYi = row.TargetScaleYi;
            cluster.DirectionCode = row.Direction;
            cluster.Order = row.Order;
        }
    }

    private async Task LoadOrganisationsAsync(EnterprisesFile file, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.Include(o => o.Listings).ToDictionaryAsync(o => o.Key, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < file.Organisations.Count; i++)
        {
            var row = file.Organisations[i];
            if (!existing.TryGetValue(row.Key, out var organisation))
            {
                organisation = new Organisation(row.Key, row.Name, row.Kind, i + 1);
                db.Organisations.Add(organisation);
            }

            if (organisation.Name != row.Name || organisation.NormalisedName != NameNormaliser.Normalise(row.Name) || organisation.Kind != row.Kind || organisation.Region != row.Region || organisation.IsForeign != row.Foreign || organisation.Order != i + 1)
            {
                organisation.Describe(row.Name, row.Kind, row.Region, row.Foreign, i + 1);
            }

            organisation.SetListings(row.Listings.Select(l => new OrganisationListing(l.Box, l.Direction, l.SubSector, l.NameAsListed)));
        }
    }

    private static async Task UpsertAsync<T>(DbSet<T> set, IEnumerable<T> rows, Func<T, string> key, CancellationToken cancellationToken)
        where T : class
    {
        var existing = await set.ToDictionaryAsync(key, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(key(row), out var current))
            {
                set.Entry(current).CurrentValues.SetValues(row);
            }
            else
            {
                set.Add(row);
            }
        }
    }

    // Reassigning an equal list would still mark the column modified (and audited); keep the old instance instead.
    private static void SetIfDifferent(List<string> current, List<string> wanted, Action<List<string>> assign)
    {
        if (!current.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            assign([.. wanted]);
        }
    }

    internal sealed record UnitsFile(UnitRow City, List<LayoutRoleRow> LayoutRoles, List<UnitRow> Units);

    internal sealed record UnitRow(string Code, string? GbCode, string? StatisticalCode, string Name, string NameEn, UnitKind Kind, List<string>? LayoutRoles, string? Specialty, string? CoreFocus);

    internal sealed record LayoutRoleRow(string Code, string Name, string Description);

    internal sealed record DepartmentsFile(List<DepartmentRow> Departments);

    internal sealed record DepartmentRow(string Code, string Name, string NameEn);

    internal sealed record DirectionsFile(List<CategoryRow> Categories, List<DirectionRow> Directions);

    internal sealed record CategoryRow(string Code, string Name);

    internal sealed record DirectionRow(string Code, string Category, int Order, string Name, string NameEn, int? Box, List<string> Regions, List<string> HostUnits, string? HostText, List<string> SubSectors, List<string> Gbt4754MajorGroups);

    internal sealed record ClustersFile(List<ClusterRow> Clusters);

    internal sealed record ClusterRow(string Code, string Name, string ScaleClass, decimal TargetScaleYi, string Direction, int Order);

    internal sealed record ClassificationFile(List<SectionRow> Sections);

    internal sealed record SectionRow(string Code, string Name, List<GroupRow> MajorGroups);

    internal sealed record GroupRow(string Code, string Name);

    internal sealed record EnterprisesFile(List<OrganisationRow> Organisations);

    internal sealed record OrganisationRow(string Key, string Name, OrganisationKind Kind, string? Region, bool Foreign, List<ListingRow> Listings);

    internal sealed record ListingRow(int Box, string Direction, string? SubSector, string NameAsListed);
}
