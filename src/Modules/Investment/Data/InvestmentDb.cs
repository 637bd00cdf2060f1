using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Data;

/// <summary>The project library. Tables are prefixed <c>investment_</c>.</summary>
public sealed class InvestmentDb(DbContextOptions<InvestmentDb> options, ICurrentUser currentUser, PersonalDataProtection personalData) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__investment_migrations";

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectInvestor> ProjectInvestors => Set<ProjectInvestor>();

    public DbSet<StageSubmission> StageSubmissions => Set<StageSubmission>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<StageHistoryEntry> StageHistory => Set<StageHistoryEntry>();

    public DbSet<FundsRecord> Funds => Set<FundsRecord>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<DoubleClaim> DoubleClaims => Set<DoubleClaim>();

    public DbSet<HistoricalProject> HistoricalProjects => Set<HistoricalProject>();

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
            b.Ignore(p => p.ReachedStage);
            b.Property(p => p.StageBeforeHalt).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.HaltReason).HasMaxLength(500);
            b.Property(p => p.ExternalReference).HasMaxLength(64);
            b.HasIndex(p => p.ExternalReference).IsUnique();
            b.Property(p => p.CountShare).HasPrecision(5, 4);
            b.Property(p => p.ResponsibleLeader).HasMaxLength(64);
            b.HasIndex(p => p.CreatedUtc);
            b.HasMany(p => p.Investors).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.Investors).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(p => p.ServiceTeam).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.ServiceTeam).UsePropertyAccessMode(PropertyAccessMode.Field);
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
        modelBuilder.Entity<ProjectInvestor>(b =>
        {
            b.ToTable("investment_project_investors");
            b.HasKey(i => i.Id);
            b.HasIndex(i => new { i.ProjectId, i.OrganisationId }).IsUnique();
            b.HasIndex(i => i.OrganisationId);
            b.Property(i => i.OrganisationName).HasMaxLength(128);
        });
        modelBuilder.Entity<ProjectTeamMember>(b =>
        {
            b.ToTable("investment_project_team");
            b.HasKey(m => m.Id);
            b.HasIndex(m => new { m.ProjectId, m.UserName }).IsUnique();
            b.HasIndex(m => m.UserName);
            b.Property(m => m.UserName).HasMaxLength(64);
        });
        modelBuilder.Entity<StageSubmission>(b =>
        {
            b.ToTable("investment_stage_submissions");
            b.HasKey(s => s.Id);
            b.Property(s => s.UnitCode).HasMaxLength(16);
            b.Property(s => s.TargetStage).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Note).HasMaxLength(1000);
            b.Property(s => s.Opinion).HasMaxLength(1000);
            b.Property(s => s.SubmittedBy).HasMaxLength(64);
            b.Property(s => s.DecidedBy).HasMaxLength(64);
            b.Property(s => s.Version).IsConcurrencyToken();
            b.HasIndex(s => new { s.ProjectId, s.Status });
            b.HasIndex(s => new { s.Status, s.SubmittedUtc });
            b.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(s => s.Evidence).WithOne().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Restrict);
            b.Navigation(s => s.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<EvidenceFile>(b =>
        {
            b.ToTable("investment_evidence_files");
            b.HasKey(e => e.Id);
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.FileName).HasMaxLength(200);
            b.Property(e => e.ContentType).HasMaxLength(100);
            b.Property(e => e.Sha256).HasMaxLength(64);
        });
        modelBuilder.Entity<StageHistoryEntry>(b =>
        {
            b.ToTable("investment_stage_history");
            b.HasKey(h => h.Id);
            b.Property(h => h.UnitCode).HasMaxLength(16);
            b.Property(h => h.Event).HasConversion<string>().HasMaxLength(16);
            b.Property(h => h.Stage).HasConversion<string>().HasMaxLength(16);
            b.Property(h => h.ByUser).HasMaxLength(64);
            b.Property(h => h.Remark).HasMaxLength(1000);
            b.HasIndex(h => new { h.ProjectId, h.Id });
            b.HasOne<Project>().WithMany().HasForeignKey(h => h.ProjectId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<FundsRecord>(b =>
        {
            b.ToTable("investment_funds");
            b.HasKey(f => f.Id);
            b.Property(f => f.UnitCode).HasMaxLength(16);
            b.Property(f => f.Source).HasConversion<string>().HasMaxLength(24);
            b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(f => f.Currency).HasMaxLength(3);
            b.Property(f => f.OriginalAmountWan).HasPrecision(18, 2);
            b.Property(f => f.RateToYuan).HasPrecision(18, 6);
            b.Property(f => f.AmountWan).HasPrecision(18, 2);
            b.Property(f => f.RecordedBy).HasMaxLength(64);
            b.Property(f => f.VerifiedBy).HasMaxLength(64);
            b.Property(f => f.Remark).HasMaxLength(500);
            b.Property(f => f.ExternalReference).HasMaxLength(64);
            b.Property(f => f.Version).IsConcurrencyToken();
            b.HasIndex(f => f.ExternalReference).IsUnique();
            b.HasIndex(f => new { f.ProjectId, f.ReceivedOn });
            b.HasIndex(f => new { f.UnitCode, f.ReceivedOn });
            b.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Milestone>(b =>
        {
            b.ToTable("investment_milestones");
            b.HasKey(m => m.Id);
            b.Property(m => m.UnitCode).HasMaxLength(16);
            b.Property(m => m.Title).HasMaxLength(200);
            b.Property(m => m.Owner).HasMaxLength(64);
            b.Property(m => m.Version).IsConcurrencyToken();
            b.HasIndex(m => new { m.ProjectId, m.DueOn });
            b.HasIndex(m => new { m.CompletedOn, m.DueOn });
            b.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Contact>(b =>
        {
            b.ToTable("investment_contacts");
            b.HasKey(c => c.Id);
            b.Property(c => c.Name).HasMaxLength(64);
            b.Property(c => c.Title).HasMaxLength(64);
            b.Property(c => c.Phone).HasMaxLength(512).HasConversion(personalData.Converter);
            b.Property(c => c.Email).HasMaxLength(512).HasConversion(personalData.Converter);
            b.Property(c => c.Version).IsConcurrencyToken();
            b.HasIndex(c => c.OrganisationId);
        });
        modelBuilder.Entity<Interaction>(b =>
        {
            b.ToTable("investment_interactions");
            b.HasKey(i => i.Id);
            b.Property(i => i.UnitCode).HasMaxLength(16);
            b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Officials).HasMaxLength(200);
            b.Property(i => i.ContactNames).HasMaxLength(200);
            b.Property(i => i.Notes).HasMaxLength(2000);
            b.Property(i => i.RecordedBy).HasMaxLength(64);
            b.Property(i => i.Version).IsConcurrencyToken();
            b.HasIndex(i => new { i.OrganisationId, i.OccurredOn });
            b.HasIndex(i => new { i.ProjectId, i.OccurredOn });
            b.HasIndex(i => new { i.UnitCode, i.OccurredOn });
        });
        modelBuilder.Entity<DoubleClaim>(b =>
        {
            b.ToTable("investment_double_claims");
            b.HasKey(c => c.Id);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.FirstShare).HasPrecision(5, 4);
            b.Property(c => c.DecidedBy).HasMaxLength(64);
            b.Property(c => c.Remark).HasMaxLength(500);
            b.Property(c => c.Version).IsConcurrencyToken();
            b.HasIndex(c => new { c.FirstProjectId, c.SecondProjectId }).IsUnique();
            b.HasIndex(c => c.Status);
        });
        modelBuilder.Entity<HistoricalProject>(b =>
        {
            b.ToTable("investment_historical_projects");
            b.HasKey(h => h.Key);
            b.Property(h => h.Key).HasMaxLength(64);
            b.Property(h => h.Name).HasMaxLength(200);
        });
        base.OnModelCreating(modelBuilder);

        // A county sees its own projects and other units' projects that are not confidential (talks before signing).
        modelBuilder.Entity<Project>().HasQueryFilter(p => SeesAllUnits || p.UnitCode == ScopeUnitCode || !p.Figures.IsConfidential);
    }
}
