using Microsoft.EntityFrameworkCore;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Domain;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// The data scope is enforced once, in <see cref="ModuleDbContext"/> and <see cref="DataScopeGuardInterceptor"/>;
/// this probes that mechanism on the configured provider with a unit-scoped record type.
/// </summary>
public sealed class DataScopeTests : IAsyncLifetime
{
    private readonly RecordingAudit _audit = new();
    private TestDatabase _database = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = Context(new User(system: true));
        await db.Database.EnsureCreatedAsync();
        db.Records.AddRange(new ProbeRecord("411722", "上蔡县的保密项目"), new ProbeRecord("411726", "泌阳县的保密项目"), new ProbeRecord("411722", "上蔡县的另一个项目"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_county_officer_reads_only_its_own_units_records()
    {
        await using var db = Context(new User(Roles.CountyOfficer, "411722"));
        var titles = await db.Records.Select(r => r.Title).ToListAsync();
        Assert.Equal(2, titles.Count);
        Assert.All(titles, t => Assert.StartsWith("上蔡县", t, StringComparison.Ordinal));
        var other = await db.Records.Where(r => r.UnitCode == "411726").ToListAsync();
        Assert.Empty(other);
    }

    [Theory]
    [InlineData(Roles.CityOfficer)]
    [InlineData(Roles.Leader)]
    public async Task City_officers_and_leaders_read_every_unit(string role)
    {
        await using var db = Context(new User(role, null));
        Assert.Equal(3, await db.Records.CountAsync());
    }

    [Fact]
    public async Task Administrators_see_no_scoped_business_records()
    {
        await using var db = Context(new User(Roles.SystemAdministrator, null));
        Assert.Equal(0, await db.Records.CountAsync());
    }

    [Fact]
    public async Task A_county_officer_cannot_write_another_units_record_and_nothing_is_saved()
    {
        await using (var db = Context(new User(Roles.CountyOfficer, "411722")))
        {
            db.Records.Add(new ProbeRecord("411726", "伪造的泌阳项目"));
            var refused = await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
            Assert.True(refused.IsAudited);
            Assert.Contains(_audit.Records, r => r.Action == AuditAction.AccessDenied && r.ObjectType == nameof(ProbeRecord) && r.Outcome == AuditOutcome.Denied);
        }

        await using (var db = Context(new User(Roles.CountyOfficer, "411722")))
        {
            var own = await db.Records.FirstAsync();
            own.MoveTo("411726");
            await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
        }

        await using var check = Context(new User(system: true));
        Assert.Equal(3, await check.Records.CountAsync());
        Assert.Equal(1, await check.Records.CountAsync(r => r.UnitCode == "411726"));
    }

    [Fact]
    public async Task An_attached_record_that_claims_another_units_key_overwrites_nothing()
    {
        int otherId;
        await using (var system = Context(new User(system: true)))
        {
            otherId = await system.Records.Where(r => r.UnitCode == "411726").Select(r => r.Id).SingleAsync();
        }

        await using (var db = Context(new User(Roles.CountyOfficer, "411722")))
        {
            var forged = new ProbeRecord("411722", "覆盖泌阳县记录");
            db.Entry(forged).Property(r => r.Id).CurrentValue = otherId;
            db.Update(forged);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using var check = Context(new User(system: true));
        Assert.Equal("泌阳县的保密项目", await check.Records.Where(r => r.Id == otherId).Select(r => r.Title).SingleAsync());
    }

    [Fact]
    public async Task A_county_officer_writes_its_own_units_records()
    {
        await using (var db = Context(new User(Roles.CountyOfficer, "411722")))
        {
            db.Records.Add(new ProbeRecord("411722", "上蔡县新项目"));
            await db.SaveChangesAsync();
        }

        await using var check = Context(new User(system: true));
        Assert.Equal(1, await check.Records.CountAsync(r => r.Title == "上蔡县新项目"));
    }

    private ProbeDb Context(ICurrentUser user)
    {
        var builder = new DbContextOptionsBuilder<ProbeDb>();
        new DatabaseSettings(Enum.Parse<DatabaseProvider>(_database.Provider), _database.ConnectionString).Configure(builder, "__probe_migrations");
        builder.AddInterceptors(new DataScopeGuardInterceptor(user, new Messages(), _audit));
        return new ProbeDb(builder.Options, user);
    }

    private sealed class ProbeDb(DbContextOptions<ProbeDb> options, ICurrentUser user) : ModuleDbContext(options, user)
    {
        public DbSet<ProbeRecord> Records => Set<ProbeRecord>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<ProbeRecord>().ToTable("probe_records").HasKey(r => r.Id);
            base.OnModelCreating(modelBuilder);
        }
    }

    private sealed class ProbeRecord(string unitCode, string title) : IUnitScoped
    {
        public int Id { get; private set; }

        public string UnitCode { get; private set; } = unitCode;

        public string Title { get; private set; } = title;

        public void MoveTo(string unitCode) => UnitCode = unitCode;
    }

    private sealed class User(string? role = null, string? unit = null, bool system = false) : ICurrentUser
    {
        public bool IsAuthenticated => !system;

        public bool IsSystem => system;

        public string? UserId => "probe";

        public string? UserName => "probe";

        public string? UnitCode => unit;

        public string? DepartmentCode => null;

        public bool IsInRole(string r) => r == role;
    }

    private sealed class Messages : IScopeMessages
    {
        public string OutsideUnit => "outside unit";

        public string OutsideDepartment => "outside department";
    }

    private sealed class RecordingAudit : IAuditTrail
    {
        public List<AuditRecord> Records { get; } = [];

        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
        {
            Records.Add(record);
            return Task.CompletedTask;
        }

        public Task RecordManyAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken cancellationToken = default)
        {
            Records.AddRange(records);
            return Task.CompletedTask;
        }
    }
}
