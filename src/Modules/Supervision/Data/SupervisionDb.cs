using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Data;

/// <summary>Supervision and assessment. Tables are prefixed <c>supervision_</c>.</summary>
public sealed class SupervisionDb(DbContextOptions<SupervisionDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__supervision_migrations";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<Trip> Trips => Set<Trip>();

    public DbSet<TripVisit> TripVisits => Set<TripVisit>();

    public DbSet<MonthlyReport> Reports => Set<MonthlyReport>();

    public DbSet<ReportLine> ReportLines => Set<ReportLine>();

    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();

    public DbSet<ClosedMonth> ClosedMonths => Set<ClosedMonth>();

    public DbSet<AnnualTarget> Targets => Set<AnnualTarget>();

    public DbSet<RankingScheme> Schemes => Set<RankingScheme>();

    public DbSet<SigningEvent> SigningEvents => Set<SigningEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Trip>(b =>
        {
            b.ToTable("supervision_trips");
            b.HasKey(t => t.Id);
            b.Property(t => t.UnitCode).HasMaxLength(16);
            b.Property(t => t.LeaderName).HasMaxLength(64);
            b.Property(t => t.LeaderPost).HasMaxLength(64);
            b.Property(t => t.Destination).HasMaxLength(200);
            b.Property(t => t.ContactsMet).HasMaxLength(1000);
            b.Property(t => t.Outcome).HasMaxLength(2000);
            b.Property(t => t.RecordedBy).HasMaxLength(64);
            b.Property(t => t.Version).IsConcurrencyToken();
            b.HasIndex(t => new { t.UnitCode, t.DepartedOn });
            b.HasIndex(t => t.DepartedOn);
            b.HasMany(t => t.Visits).WithOne().HasForeignKey(v => v.TripId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(t => t.Visits).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<TripVisit>(b =>
        {
            b.ToTable("supervision_trip_visits");
            b.HasKey(v => v.Id);
            b.Property(v => v.OrganisationName).HasMaxLength(128);
            b.Property(v => v.FollowUp).HasMaxLength(1000);
            b.HasIndex(v => v.OrganisationId);
        });
        modelBuilder.Entity<MonthlyReport>(b =>
        {
            b.ToTable("supervision_reports");
            b.HasKey(r => r.Id);
            b.Property(r => r.UnitCode).HasMaxLength(16);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Narrative).HasMaxLength(4000);
            b.Property(r => r.SubmittedBy).HasMaxLength(64);
            b.Property(r => r.DecidedBy).HasMaxLength(64);
            b.Property(r => r.Opinion).HasMaxLength(1000);
            b.Property(r => r.Version).IsConcurrencyToken();
            b.Ignore(r => r.Period);
            b.HasIndex(r => new { r.UnitCode, r.Year, r.Month }).IsUnique();
            b.HasIndex(r => new { r.Year, r.Month, r.Status });
            b.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReportId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<ReportLine>(b =>
        {
            b.ToTable("supervision_report_lines");
            b.HasKey(l => l.Id);
            b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(l => l.Label).HasMaxLength(200);
            b.Property(l => l.AmountWan).HasPrecision(18, 2);
            b.Property(l => l.Share).HasPrecision(9, 4);
            b.Property(l => l.DirectionCode).HasMaxLength(32);
            b.Property(l => l.MajorGroupCode).HasMaxLength(4);
            b.Ignore(l => l.CountsByAmount);
            b.HasIndex(l => new { l.ReportId, l.Kind });
        });
        modelBuilder.Entity<ReportEvent>(b =>
        {
            b.ToTable("supervision_report_events");
            b.HasKey(e => e.Id);
            b.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.By).HasMaxLength(64);
            b.Property(e => e.Opinion).HasMaxLength(1000);
        });
        modelBuilder.Entity<ClosedMonth>(b =>
        {
            b.ToTable("supervision_closed_months");
            b.HasKey(c => new { c.Year, c.Month });
            b.Property(c => c.ClosedBy).HasMaxLength(64);
            b.Ignore(c => c.Period);
        });
        modelBuilder.Entity<AnnualTarget>(b =>
        {
            b.ToTable("supervision_targets");
            b.HasKey(t => t.Id);
            b.Property(t => t.UnitCode).HasMaxLength(16);
            b.Property(t => t.Indicator).HasConversion<string>().HasMaxLength(32);
            b.Property(t => t.Value).HasPrecision(18, 2);
            b.Property(t => t.SetBy).HasMaxLength(64);
            b.Property(t => t.Version).IsConcurrencyToken();
            b.HasIndex(t => new { t.UnitCode, t.Year, t.Indicator }).IsUnique();
            b.HasIndex(t => t.Year);
        });
        modelBuilder.Entity<RankingScheme>(b =>
        {
            b.ToTable("supervision_schemes");
            b.HasKey(s => s.Year);
            b.Property(s => s.Year).ValueGeneratedNever();
            b.Property(s => s.Rules).HasJsonConversion(Json, 20000);
            b.Property(s => s.Assessment).HasJsonConversion(Json, 20000);
            b.Property(s => s.Cadence).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.UpdatedBy).HasMaxLength(64);
            b.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<SigningEvent>(b =>
        {
            b.ToTable("supervision_signing_events");
            b.HasKey(e => e.Id);
            b.Property(e => e.Title).HasMaxLength(200);
            b.Property(e => e.Place).HasMaxLength(200);
            b.Property(e => e.RecordedBy).HasMaxLength(64);
            b.Property(e => e.Version).IsConcurrencyToken();
            b.Ignore(e => e.TotalWan);
            b.HasIndex(e => e.HeldOn);
            b.HasMany(e => e.Projects).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(e => e.Projects).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<SigningEventProject>(b =>
        {
            b.ToTable("supervision_signing_event_projects");
            b.HasKey(p => p.Id);
            b.Property(p => p.ProjectName).HasMaxLength(200);
            b.Property(p => p.UnitCode).HasMaxLength(16);
            b.Property(p => p.ContractInvestmentWan).HasPrecision(18, 2);
            b.HasIndex(p => p.ProjectId);
        });
        // Ids are made by the domain (Guid.NewGuid), so a child added to a tracked parent's collection is new, not an existing row to update.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).Where(k => k is { Properties: [{ ClrType: var type }] } && type == typeof(Guid)))
        {
            key!.Properties[0].ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }

        base.OnModelCreating(modelBuilder);
    }
}
