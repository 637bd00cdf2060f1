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

    // Read by the query filters below; EF parameterises members of the context per instance.
    private bool SeesAllUnits => _currentUser.SeesAllUnits();

    private string? ScopeUnitCode => _currentUser.UnitCode;

    private bool SeesAllDepartments => _currentUser.IsSystem || !_currentUser.IsInRole(Roles.DepartmentOfficer);

    private string? ScopeDepartmentCode => _currentUser.DepartmentCode;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            var clr = entityType.ClrType;
            LambdaExpression? filter = null;
            if (typeof(IUnitScoped).IsAssignableFrom(clr))
            {
                filter = (LambdaExpression)typeof(ModuleDbContext).GetMethod(nameof(UnitFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clr).Invoke(this, null)!;
            }
            else if (typeof(IDepartmentScoped).IsAssignableFrom(clr))
            {
                filter = (LambdaExpression)typeof(ModuleDbContext).GetMethod(nameof(DepartmentFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clr).Invoke(this, null)!;
            }

            if (filter is not null)
            {
                modelBuilder.Entity(clr).HasQueryFilter(filter);
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
        where T : IDepartmentScoped => e => SeesAllDepartments || e.DepartmentCode == ScopeDepartmentCode;
}
