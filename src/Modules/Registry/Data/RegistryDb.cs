using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Domain;

namespace Tianzhong.Modules.Registry.Data;

/// <summary>Units, industries, clusters, departments and organisations. Tables are prefixed <c>registry_</c>.</summary>
public sealed class RegistryDb(DbContextOptions<RegistryDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__registry_migrations";

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    public DbSet<LayoutRole> LayoutRoles => Set<LayoutRole>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<IndustryCategory> IndustryCategories => Set<IndustryCategory>();

    public DbSet<IndustryDirection> IndustryDirections => Set<IndustryDirection>();

    public DbSet<IndustryCluster> IndustryClusters => Set<IndustryCluster>();

    public DbSet<IndustryClassification> IndustryClassifications => Set<IndustryClassification>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationListing> OrganisationListings => Set<OrganisationListing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AdministrativeUnit>(b =>
        {
            b.ToTable("registry_units");
            b.HasKey(u => u.Code);
            b.Property(u => u.Code).HasMaxLength(16);
            b.Property(u => u.GbCode).HasMaxLength(6);
            b.Property(u => u.StatisticalCode).HasMaxLength(6);
            b.Property(u => u.Name).HasMaxLength(32);
            b.Property(u => u.NameEn).HasMaxLength(64);
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(u => u.Specialty).HasMaxLength(128);
            b.Property(u => u.CoreFocus).HasMaxLength(256);
        });
        modelBuilder.Entity<LayoutRole>(b =>
        {
            b.ToTable("registry_layout_roles");
            b.HasKey(r => r.Code);
            b.Property(r => r.Code).HasMaxLength(16);
            b.Property(r => r.Name).HasMaxLength(32);
            b.Property(r => r.Description).HasMaxLength(256);
        });
        modelBuilder.Entity<Department>(b =>
        {
            b.ToTable("registry_departments");
            b.HasKey(d => d.Code);
            b.Property(d => d.Code).HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(32);
            b.Property(d => d.NameEn).HasMaxLength(64);
        });
        modelBuilder.Entity<IndustryCategory>(b =>
        {
            b.ToTable("registry_industry_categories");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(32);
            b.Property(c => c.Name).HasMaxLength(32);
        });
        modelBuilder.Entity<IndustryDirection>(b =>
        {
            b.ToTable("registry_industry_directions");
            b.HasKey(d => d.Code);
            b.Property(d => d.Code).HasMaxLength(32);
            b.Property(d => d.CategoryCode).HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(32);
            b.Property(d => d.NameEn).HasMaxLength(64);
            b.Property(d => d.HostText).HasMaxLength(256);
        });
        modelBuilder.Entity<IndustryCluster>(b =>
        {
            b.ToTable("registry_industry_clusters");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(32);
            b.Property(c => c.Name).HasMaxLength(32);
            b.Property(c => c.ScaleClass).HasMaxLength(16);
            b.Property(c => c.TargetScaleYi).HasPrecision(18, 2);
            b.Property(c => c.DirectionCode).HasMaxLength(32);
        });
        modelBuilder.Entity<IndustryClassification>(b =>
        {
            b.ToTable("registry_gbt4754");
            b.HasKey(c => c.Code);
            b.Property(c => c.Code).HasMaxLength(4);
            b.Property(c => c.Name).HasMaxLength(64);
            b.Property(c => c.SectionCode).HasMaxLength(1);
        });
        modelBuilder.Entity<Organisation>(b =>
        {
            b.ToTable("registry_organisations");
            b.HasKey(o => o.Id);
            b.HasIndex(o => o.Key).IsUnique();
            b.HasIndex(o => o.CreditCode).IsUnique();
            b.HasIndex(o => o.Name);
            b.Property(o => o.Key).HasMaxLength(64);
            b.Property(o => o.Name).HasMaxLength(128);
            b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(o => o.Region).HasMaxLength(16);
            b.Property(o => o.CreditCode).HasMaxLength(18);
            b.Property(o => o.Version).IsConcurrencyToken();
            b.Property(o => o.Traits).HasConversion<int>();
            b.HasIndex(o => o.MergedIntoId);
            b.HasIndex(o => o.NormalisedName);
            b.Property(o => o.NormalisedName).HasMaxLength(128);
            b.HasMany(o => o.Listings).WithOne().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(o => o.Listings).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<OrganisationListing>(b =>
        {
            b.ToTable("registry_organisation_listings");
            b.HasKey(l => l.Id);
            b.HasIndex(l => new { l.Box, l.DirectionCode });
            b.Property(l => l.DirectionCode).HasMaxLength(32);
            b.Property(l => l.SubSector).HasMaxLength(32);
            b.Property(l => l.NameAsListed).HasMaxLength(128);
        });
        base.OnModelCreating(modelBuilder);
    }
}
