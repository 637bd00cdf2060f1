using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Data;

/// <summary>The project library. Tables are prefixed <c>investment_</c>.</summary>
public sealed class InvestmentDb(DbContextOptions<InvestmentDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__investment_migrations";

    public DbSet<Project> Projects => Set<Project>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Project>(b =>
        {
            b.ToTable("investment_projects");
            b.HasKey(p => p.Id);
            b.Property(p => p.UnitCode).HasMaxLength(16);
            b.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Version).IsConcurrencyToken();
            b.HasIndex(p => new { p.UnitCode, p.Stage });
            b.Ignore(p => p.IsOverHundredMillion);
            b.Ignore(p => p.IsOverBillion);
            b.ComplexProperty(p => p.Figures, f =>
            {
                f.Property(x => x.Name).HasColumnName("Name").HasMaxLength(200);
                f.Property(x => x.DirectionCode).HasColumnName("DirectionCode").HasMaxLength(32);
                f.Property(x => x.MajorGroupCode).HasColumnName("MajorGroupCode").HasMaxLength(4);
                f.Property(x => x.Source).HasColumnName("Source").HasConversion<string>().HasMaxLength(24);
                f.Property(x => x.ContractInvestmentWan).HasColumnName("ContractInvestmentWan").HasPrecision(18, 2);
                f.Property(x => x.FirstPhaseWan).HasColumnName("FirstPhaseWan").HasPrecision(18, 2);
                f.Property(x => x.RegisteredCapitalWan).HasColumnName("RegisteredCapitalWan").HasPrecision(18, 2);
                f.Property(x => x.ForeignContractedUsdWan).HasColumnName("ForeignContractedUsdWan").HasPrecision(18, 2);
                f.Property(x => x.ForeignUsedUsdWan).HasColumnName("ForeignUsedUsdWan").HasPrecision(18, 2);
                f.Property(x => x.PlannedFixedAssetWan).HasColumnName("PlannedFixedAssetWan").HasPrecision(18, 2);
                f.Property(x => x.LandMu).HasColumnName("LandMu").HasPrecision(18, 2);
                f.Property(x => x.ExpectedAnnualOutputWan).HasColumnName("ExpectedAnnualOutputWan").HasPrecision(18, 2);
                f.Property(x => x.ExpectedAnnualTaxWan).HasColumnName("ExpectedAnnualTaxWan").HasPrecision(18, 2);
                f.Property(x => x.ExpectedJobs).HasColumnName("ExpectedJobs");
                f.Property(x => x.PlannedStart).HasColumnName("PlannedStart");
                f.Property(x => x.PlannedProduction).HasColumnName("PlannedProduction");
                f.Property(x => x.IsConfidential).HasColumnName("IsConfidential");
            });
        });
        base.OnModelCreating(modelBuilder);
    }
}
