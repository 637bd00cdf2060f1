using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianzhong.Migrations.Sqlite.Investment
{
    /// <inheritdoc />
    public partial class ProjectLifecycleAndInvestors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "CountShare",
                table: "investment_projects",
                type: "TEXT",
                precision: 5,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "ExternalReference",
                table: "investment_projects",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HaltReason",
                table: "investment_projects",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HaltedOn",
                table: "investment_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InProductionOn",
                table: "investment_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponsibleLeader",
                table: "investment_projects",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOn",
                table: "investment_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageBeforeHalt",
                table: "investment_projects",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "investment_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "investment_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investment_double_claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DetectedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_double_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investment_funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    OriginalAmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RateToYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    AmountWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VerifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExternalReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_funds_investment_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "investment_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "investment_historical_projects",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_historical_projects", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "investment_interactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Officials = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactNames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_interactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "investment_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_milestones_investment_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "investment_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "investment_project_investors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_project_investors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_project_investors_investment_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "investment_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "investment_project_team",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_project_team", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_project_team_investment_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "investment_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "investment_stage_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ByUser = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_stage_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_stage_history_investment_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "investment_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "investment_stage_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetStage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_stage_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_stage_submissions_investment_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "investment_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "investment_evidence_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_investment_evidence_files_investment_stage_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "investment_stage_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_investment_projects_CreatedUtc",
                table: "investment_projects",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_investment_projects_ExternalReference",
                table: "investment_projects",
                column: "ExternalReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_investment_contacts_OrganisationId",
                table: "investment_contacts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_investment_double_claims_FirstProjectId_SecondProjectId",
                table: "investment_double_claims",
                columns: new[] { "FirstProjectId", "SecondProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_investment_double_claims_Status",
                table: "investment_double_claims",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_investment_evidence_files_SubmissionId",
                table: "investment_evidence_files",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_investment_funds_ExternalReference",
                table: "investment_funds",
                column: "ExternalReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_investment_funds_ProjectId_ReceivedOn",
                table: "investment_funds",
                columns: new[] { "ProjectId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_funds_UnitCode_ReceivedOn",
                table: "investment_funds",
                columns: new[] { "UnitCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_interactions_OrganisationId_OccurredOn",
                table: "investment_interactions",
                columns: new[] { "OrganisationId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_interactions_ProjectId_OccurredOn",
                table: "investment_interactions",
                columns: new[] { "ProjectId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_interactions_UnitCode_OccurredOn",
                table: "investment_interactions",
                columns: new[] { "UnitCode", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_milestones_CompletedOn_DueOn",
                table: "investment_milestones",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_milestones_ProjectId_DueOn",
                table: "investment_milestones",
                columns: new[] { "ProjectId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_project_investors_OrganisationId",
                table: "investment_project_investors",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_investment_project_investors_ProjectId_OrganisationId",
                table: "investment_project_investors",
                columns: new[] { "ProjectId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_investment_project_team_ProjectId_UserName",
                table: "investment_project_team",
                columns: new[] { "ProjectId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_investment_project_team_UserName",
                table: "investment_project_team",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_investment_stage_history_ProjectId_Id",
                table: "investment_stage_history",
                columns: new[] { "ProjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_stage_submissions_ProjectId_Status",
                table: "investment_stage_submissions",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_stage_submissions_Status_SubmittedUtc",
                table: "investment_stage_submissions",
                columns: new[] { "Status", "SubmittedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "investment_contacts");

            migrationBuilder.DropTable(
                name: "investment_double_claims");

            migrationBuilder.DropTable(
                name: "investment_evidence_files");

            migrationBuilder.DropTable(
                name: "investment_funds");

            migrationBuilder.DropTable(
                name: "investment_historical_projects");

            migrationBuilder.DropTable(
                name: "investment_interactions");

            migrationBuilder.DropTable(
                name: "investment_milestones");

            migrationBuilder.DropTable(
                name: "investment_project_investors");

            migrationBuilder.DropTable(
                name: "investment_project_team");

            migrationBuilder.DropTable(
                name: "investment_stage_history");

            migrationBuilder.DropTable(
                name: "investment_stage_submissions");

            migrationBuilder.DropIndex(
                name: "IX_investment_projects_CreatedUtc",
                table: "investment_projects");

            migrationBuilder.DropIndex(
                name: "IX_investment_projects_ExternalReference",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "CountShare",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "ExternalReference",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "HaltReason",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "HaltedOn",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "InProductionOn",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "ResponsibleLeader",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "SignedOn",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "StageBeforeHalt",
                table: "investment_projects");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "investment_projects");
        }
    }
}
