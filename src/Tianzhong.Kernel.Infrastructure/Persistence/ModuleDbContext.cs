using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Domain;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>
/// Base for every business module's DbContext. Data scope is enforced here, once: a query filter hides other
/// units' (departments') records from scoped users, and <see cref="DataScopeGuardInterceptor"/> refuses writes
/// outside the scope. Pages and endpoints never filter by unit themselves.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ICurrentUser currentUser) : DbContext(options)
{
    private readonly ICurrentUser _currentUser = currentUser;

    // Read by the query filters below (and by derived contexts' own filters); EF parameterises members of the context per instance.
    protected bool SeesAllUnits => _currentUser.SeesAllUnits();

    protected string? ScopeUnitCode => _currentUser.UnitCode;

    // Department records: the system, city officers and leaders see all; a department officer its own; nobody else any.
    private bool SeesAllDepartments => _currentUser.SeesAllUnits();

    private string? ScopeDepartmentCode => _currentUser.DepartmentCode;

    private bool IsDepartmentOfficer => _currentUser.IsInRole(Roles.DepartmentOfficer);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            var clr = entityType.ClrType;
            var unitScoped = typeof(IUnitScoped).IsAssignableFrom(clr);
            var departmentScoped = typeof(IDepartmentScoped).IsAssignableFrom(clr);
            if (!unitScoped && !departmentScoped)
            {
                continue;
            }

            var method = unitScoped && departmentScoped ? nameof(UnitAndDepartmentFilter) : unitScoped ? nameof(UnitFilter) : nameof(DepartmentFilter);
            var filter = (LambdaExpression)typeof(ModuleDbContext).GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(clr).Invoke(this, null)!;
            modelBuilder.Entity(clr).HasQueryFilter(filter);

            // The scope columns join every UPDATE/DELETE's WHERE clause, so an attached entity claiming another
            // unit's key with our unit code matches no row instead of overwriting theirs.
            if (unitScoped)
            {
                modelBuilder.Entity(clr).Property(nameof(IUnitScoped.UnitCode)).IsConcurrencyToken();
            }

            if (departmentScoped)
            {
                modelBuilder.Entity(clr).Property(nameof(IDepartmentScoped.DepartmentCode)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private Expression<Func<T, bool>> UnitFilter<T>()
        where T : IUnitScoped => e => SeesAllUnits || e.UnitCode == ScopeUnitCode;

    private Expression<Func<T, bool>> DepartmentFilter<T>()
        where T : IDepartmentScoped => e => SeesAllDepartments || (IsDepartmentOfficer && e.DepartmentCode == ScopeDepartmentCode);

    private Expression<Func<T, bool>> UnitAndDepartmentFilter<T>()
        where T : IUnitScoped, IDepartmentScoped =>
        e => (SeesAllUnits || e.UnitCode == ScopeUnitCode) && (SeesAllDepartments || (IsDepartmentOfficer && e.DepartmentCode == ScopeDepartmentCode));
}
