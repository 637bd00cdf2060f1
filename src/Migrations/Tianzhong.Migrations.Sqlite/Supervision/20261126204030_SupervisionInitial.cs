using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianzhong.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class SupervisionInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_closed_months",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RankingJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_closed_months", x => new { x.Year, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "supervision_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_schemes",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_schemes", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "supervision_signing_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_signing_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SetUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_trips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeaderPost = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DepartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactsMet = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_trips", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_report_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_report_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_report_events_supervision_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "supervision_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_report_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reference = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    DirectionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MajorGroupCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    IsAdjustment = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceMonth = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_report_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_report_lines_supervision_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "supervision_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_signing_event_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContractInvestmentWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_signing_event_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_signing_event_projects_supervision_signing_events_EventId",
                        column: x => x.EventId,
                        principalTable: "supervision_signing_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_trip_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TripId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InteractionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_trip_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_trip_visits_supervision_trips_TripId",
                        column: x => x.TripId,
                        principalTable: "supervision_trips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_report_events_ReportId",
                table: "supervision_report_events",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_report_lines_ReportId_Kind",
                table: "supervision_report_lines",
                columns: new[] { "ReportId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_reports_UnitCode_Year_Month",
                table: "supervision_reports",
                columns: new[] { "UnitCode", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_reports_Year_Month_Status",
                table: "supervision_reports",
                columns: new[] { "Year", "Month", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_signing_event_projects_EventId",
                table: "supervision_signing_event_projects",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_signing_event_projects_ProjectId",
                table: "supervision_signing_event_projects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_signing_events_HeldOn",
                table: "supervision_signing_events",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_targets_UnitCode_Year_Indicator",
                table: "supervision_targets",
                columns: new[] { "UnitCode", "Year", "Indicator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_targets_Year",
                table: "supervision_targets",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_trip_visits_OrganisationId",
                table: "supervision_trip_visits",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_trip_visits_TripId",
                table: "supervision_trip_visits",
                column: "TripId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_trips_DepartedOn",
                table: "supervision_trips",
                column: "DepartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_trips_UnitCode_DepartedOn",
                table: "supervision_trips",
                columns: new[] { "UnitCode", "DepartedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_closed_months");

            migrationBuilder.DropTable(
                name: "supervision_report_events");

            migrationBuilder.DropTable(
                name: "supervision_report_lines");

            migrationBuilder.DropTable(
                name: "supervision_schemes");

            migrationBuilder.DropTable(
                name: "supervision_signing_event_projects");

            migrationBuilder.DropTable(
                name: "supervision_targets");

            migrationBuilder.DropTable(
                name: "supervision_trip_visits");

            migrationBuilder.DropTable(
                name: "supervision_reports");

            migrationBuilder.DropTable(
                name: "supervision_signing_events");

            migrationBuilder.DropTable(
                name: "supervision_trips");
        }
    }
}
