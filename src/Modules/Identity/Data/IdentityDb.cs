using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Identity.Domain;

namespace Tianzhong.Modules.Identity.Data;

/// <summary>Accounts, roles and the Data Protection key ring. Tables are prefixed <c>identity_</c>.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options, PersonalDataProtection personalData)
    : IdentityDbContext<AppUser, AppRole, string>(options), IDataProtectionKeyContext
{
    public const string HistoryTable = "__identity_migrations";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(b =>
        {
            b.ToTable("identity_users");
            b.Property(u => u.DisplayName).HasMaxLength(64);
            b.Property(u => u.UnitCode).HasMaxLength(16);
            b.Property(u => u.DepartmentCode).HasMaxLength(32);
            b.Property(u => u.PreferredCulture).HasMaxLength(8);
            b.Property(u => u.PhoneNumber).HasConversion(personalData.Converter);
        });
        builder.Entity<AppRole>().ToTable("identity_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("identity_user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("identity_user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("identity_user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("identity_user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("identity_role_claims");
        builder.Entity<DataProtectionKey>().ToTable("identity_data_protection_keys");
    }
}

/// <summary>The append-only audit log, in its own context so that writing it never re-enters another save.</summary>
public sealed class AuditDb(DbContextOptions<AuditDb> options) : DbContext(options)
{
    public const string HistoryTable = "__audit_migrations";
    public const string TableName = "identity_audit_entries";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable(TableName);
            b.HasKey(e => e.Id);
            b.HasIndex(e => e.Sequence).IsUnique();
            b.HasIndex(e => e.OccurredUtc);
            b.HasIndex(e => new { e.UserName, e.OccurredUtc });
            b.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.ObjectType).HasMaxLength(64);
            b.Property(e => e.ObjectId).HasMaxLength(128);
            b.Property(e => e.UserName).HasMaxLength(64);
            b.Property(e => e.UnitCode).HasMaxLength(16);
            b.Property(e => e.ClientAddress).HasMaxLength(64);
            b.Property(e => e.PreviousHash).HasMaxLength(64);
            b.Property(e => e.Hash).HasMaxLength(64);
        });
    }
}
