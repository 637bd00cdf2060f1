using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tianzhong.Migrations.Postgres.Chains
{
    /// <inheritdoc />
    public partial class ChainsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chains_chains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ChainLeader = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AllianceHead = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chains_chains", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chains_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Gaps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Weights = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chains_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chains_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Segment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chains_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chains_links_chains_chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "chains_chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "chains_masters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chains_masters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chains_masters_chains_chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "chains_chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "chains_link_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AttachedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AttachedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chains_link_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chains_link_attachments_chains_links_LinkId",
                        column: x => x.LinkId,
                        principalTable: "chains_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chains_chains_Code",
                table: "chains_chains",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_chains_link_attachments_ChainId_Kind",
                table: "chains_link_attachments",
                columns: new[] { "ChainId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_chains_link_attachments_LinkId_Kind",
                table: "chains_link_attachments",
                columns: new[] { "LinkId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_chains_link_attachments_OrganisationId",
                table: "chains_link_attachments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_chains_link_attachments_ProjectId",
                table: "chains_link_attachments",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_chains_links_ChainId_ParentId_Order",
                table: "chains_links",
                columns: new[] { "ChainId", "ParentId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_chains_masters_ChainId",
                table: "chains_masters",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_chains_masters_OrganisationId",
                table: "chains_masters",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chains_link_attachments");

            migrationBuilder.DropTable(
                name: "chains_masters");

            migrationBuilder.DropTable(
                name: "chains_settings");

            migrationBuilder.DropTable(
                name: "chains_links");

            migrationBuilder.DropTable(
                name: "chains_chains");
        }
    }
}
