using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Domain;

namespace Tianzhong.Modules.Map.Data;

/// <summary>The investment map (热力图): units on an offline map, carriers, land parcels, inspection routes and cooperation opportunities. Tables are prefixed <c>map_</c>.</summary>
public sealed class MapDb(DbContextOptions<MapDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__map_migrations";

    public DbSet<Carrier> Carriers => Set<Carrier>();

    public DbSet<Parcel> Parcels => Set<Parcel>();

    public DbSet<InspectionRoute> Routes => Set<InspectionRoute>();

    public DbSet<RouteStop> RouteStops => Set<RouteStop>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OfficialMap> OfficialMaps => Set<OfficialMap>();

    public DbSet<OfficialMapFile> OfficialMapFiles => Set<OfficialMapFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Carrier>(b =>
        {
            b.ToTable("map_carriers");
            b.HasKey(c => c.Id);
            b.Property(c => c.ReferenceKey).HasMaxLength(64);
            b.Property(c => c.Name).HasMaxLength(Carrier.MaxName);
            b.Property(c => c.UnitCode).HasMaxLength(16);
            b.Property(c => c.AreaKm2).HasPrecision(12, 2);
            b.Property(c => c.IndustriesText).HasMaxLength(Carrier.MaxIndustries * (Carrier.MaxIndustry + 1));
            b.Property(c => c.AvailableLandMu).HasPrecision(14, 2);
            b.Property(c => c.AvailableBuildingsM2).HasPrecision(14, 2);
            b.Property(c => c.Contact).HasMaxLength(Carrier.MaxContact);
            b.Property(c => c.Note).HasMaxLength(Carrier.MaxNote);
            b.Property(c => c.Version).IsConcurrencyToken();
            b.Ignore(c => c.Industries);
            b.HasIndex(c => c.ReferenceKey).IsUnique();
            b.HasIndex(c => c.UnitCode);
        });
        modelBuilder.Entity<Parcel>(b =>
        {
            b.ToTable("map_parcels");
            b.HasKey(p => p.Id);
            b.Property(p => p.Code).HasMaxLength(Parcel.MaxCode);
            b.Property(p => p.Name).HasMaxLength(Parcel.MaxName);
            b.Property(p => p.UnitCode).HasMaxLength(16);
            b.Property(p => p.Location).HasMaxLength(Parcel.MaxLocation);
            b.Property(p => p.AreaMu).HasPrecision(14, 2);
            b.Property(p => p.PriceWanPerMu).HasPrecision(14, 2);
            b.Property(p => p.Use).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Note).HasMaxLength(Parcel.MaxNote);
            b.Property(p => p.Version).IsConcurrencyToken();
            b.HasIndex(p => new { p.UnitCode, p.Status });
        });
        modelBuilder.Entity<InspectionRoute>(b =>
        {
            b.ToTable("map_routes");
            b.HasKey(r => r.Id);
            b.Property(r => r.Name).HasMaxLength(InspectionRoute.MaxName);
            b.Property(r => r.ForWhom).HasMaxLength(InspectionRoute.MaxForWhom);
            b.Property(r => r.UnitCode).HasMaxLength(16);
            b.Property(r => r.Note).HasMaxLength(InspectionRoute.MaxNote);
            b.Property(r => r.Version).IsConcurrencyToken();
            b.HasIndex(r => r.VisitOn);
            b.HasMany(r => r.Stops).WithOne().HasForeignKey(s => s.RouteId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(r => r.Stops).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<RouteStop>(b =>
        {
            b.ToTable("map_route_stops");
            b.HasKey(s => s.Id);
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Title).HasMaxLength(RouteStop.MaxTitle);
            b.Property(s => s.UnitCode).HasMaxLength(16);
            b.Property(s => s.Time).HasMaxLength(RouteStop.MaxTime);
            b.Property(s => s.Note).HasMaxLength(RouteStop.MaxNote);
        });
        modelBuilder.Entity<Opportunity>(b =>
        {
            b.ToTable("map_opportunities");
            b.HasKey(o => o.Id);
            b.Property(o => o.Title).HasMaxLength(Opportunity.MaxTitle);
            b.Property(o => o.UnitCode).HasMaxLength(16);
            b.Property(o => o.DirectionCode).HasMaxLength(32);
            b.Property(o => o.InvestmentWan).HasPrecision(18, 2);
            b.Property(o => o.Description).HasMaxLength(Opportunity.MaxDescription);
            b.Property(o => o.Contact).HasMaxLength(Opportunity.MaxContact);
            b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(o => o.Version).IsConcurrencyToken();
            b.HasIndex(o => new { o.UnitCode, o.Status });
        });
        modelBuilder.Entity<OfficialMap>(b =>
        {
            b.ToTable("map_official_maps");
            b.HasKey(m => m.Id);
            b.Property(m => m.FileName).HasMaxLength(200);
            b.Property(m => m.Sha256).HasMaxLength(64);
            b.Property(m => m.UploadedBy).HasMaxLength(64);
            b.Property(m => m.RegionNamesJson).HasMaxLength(4000);
            b.HasIndex(m => m.IsActive);
        });
        modelBuilder.Entity<OfficialMapFile>(b =>
        {
            b.ToTable("map_official_map_files");
            b.HasKey(f => f.Id);
        });
        base.OnModelCreating(modelBuilder);
    }
}
