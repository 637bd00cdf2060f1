using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Domain;

namespace Tianzhong.Modules.Chains.Data;

/// <summary>Industry chains (产业链招商图谱) and precision matching (精准招商). Tables are prefixed <c>chains_</c>.</summary>
public sealed class ChainsDb(DbContextOptions<ChainsDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__chains_migrations";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<IndustryChain> Chains => Set<IndustryChain>();

    public DbSet<ChainMaster> Masters => Set<ChainMaster>();

    public DbSet<ChainLink> Links => Set<ChainLink>();

    public DbSet<LinkAttachment> Attachments => Set<LinkAttachment>();

    public DbSet<ChainSettings> Settings => Set<ChainSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IndustryChain>(b =>
        {
            b.ToTable("chains_chains");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Code).HasMaxLength(32);
            b.HasIndex(c => c.Code).IsUnique();
            b.Property(c => c.Name).HasMaxLength(64);
            b.Property(c => c.ChainLeader).HasMaxLength(64);
            b.Property(c => c.AllianceHead).HasMaxLength(128);
            b.Property(c => c.Version).IsConcurrencyToken();
            b.HasMany(c => c.Masters).WithOne().HasForeignKey(m => m.ChainId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(c => c.Masters).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<ChainMaster>(b =>
        {
            b.ToTable("chains_masters");
            b.HasKey(m => m.Id);
            b.Property(m => m.OrganisationName).HasMaxLength(128);
            b.HasIndex(m => m.OrganisationId);
        });
        modelBuilder.Entity<ChainLink>(b =>
        {
            b.ToTable("chains_links");
            b.HasKey(l => l.Id);
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Name).HasMaxLength(64);
            b.Property(l => l.Segment).HasConversion<string>().HasMaxLength(16);
            b.Property(l => l.Note).HasMaxLength(500);
            b.Property(l => l.Version).IsConcurrencyToken();
            b.HasIndex(l => new { l.ChainId, l.ParentId, l.Order });
            b.HasOne<IndustryChain>().WithMany().HasForeignKey(l => l.ChainId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LinkAttachment>(b =>
        {
            b.ToTable("chains_link_attachments");
            b.HasKey(a => a.Id);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(a => a.Name).HasMaxLength(200);
            b.Property(a => a.UnitCode).HasMaxLength(16);
            b.Property(a => a.AttachedBy).HasMaxLength(64);
            b.HasIndex(a => new { a.LinkId, a.Kind });
            b.HasIndex(a => new { a.ChainId, a.Kind });
            b.HasIndex(a => a.OrganisationId);
            b.HasIndex(a => a.ProjectId);
            b.HasOne<ChainLink>().WithMany().HasForeignKey(a => a.LinkId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ChainSettings>(b =>
        {
            b.ToTable("chains_settings");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Gaps).HasJsonConversion(Json, 4000);
            b.Property(s => s.Weights).HasJsonConversion(Json, 4000);
            b.Property(s => s.UpdatedBy).HasMaxLength(64);
            b.Property(s => s.Version).IsConcurrencyToken();
        });

        base.OnModelCreating(modelBuilder);
    }
}
