using Microsoft.EntityFrameworkCore;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;

namespace Tianzhong.Modules.Registry.Features.Units;

/// <summary>Reads units, layout roles and departments; also serves other modules through <see cref="IUnitDirectory"/>.</summary>
public sealed class UnitQueries(RegistryDb db) : IUnitDirectory
{
    public async Task<UnitsResponse> GetAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Order).ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await db.LayoutRoles.AsNoTracking().OrderBy(r => r.Order).ToListAsync(cancellationToken).ConfigureAwait(false);
        var city = units.Single(u => u.Kind == UnitKind.City);
        var members = units.Where(u => u.Kind != UnitKind.City).ToList();
        return new UnitsResponse(
            ToDto(city),
            [.. members.Select(ToDto)],
            [.. roles.Select(r => new LayoutRoleDto(r.Code, r.Name, r.Description, [.. members.Where(u => u.LayoutRoles.Contains(r.Code)).Select(u => u.Code)]))]);
    }

    public async Task<UnitDto?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken).ConfigureAwait(false);
        return unit is null ? null : ToDto(unit);
    }

    public async Task<IReadOnlyList<UnitSummary>> ListUnitsAsync(CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.City).OrderBy(u => u.Order)
            .Select(u => new UnitSummary(u.Code, u.Name, u.Kind.ToString())).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DepartmentSummary>> ListDepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Order).Select(d => new DepartmentSummary(d.Code, d.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<UnitSummary?> FindUnitAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().Where(u => u.Code == code && u.Kind != UnitKind.City)
            .Select(u => new UnitSummary(u.Code, u.Name, u.Kind.ToString())).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DepartmentSummary?> FindDepartmentAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().Where(d => d.Code == code).Select(d => new DepartmentSummary(d.Code, d.Name)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private static UnitDto ToDto(AdministrativeUnit u) =>
        new(u.Code, u.GbCode, u.StatisticalCode, u.Name, u.NameEn, u.Kind.ToString(), u.LayoutRoles, u.Specialty, u.CoreFocus);
}
