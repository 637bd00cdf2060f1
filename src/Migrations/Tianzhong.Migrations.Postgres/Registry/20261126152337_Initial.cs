using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tianzhong.Migrations.Postgres.Registry
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_departments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_departments", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_gbt4754",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SectionCode = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_gbt4754", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_industry_categories",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_industry_categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_industry_clusters",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ScaleClass = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetScaleYi = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DirectionCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_industry_clusters", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_industry_directions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Box = table.Column<int>(type: "integer", nullable: true),
                    Regions = table.Column<List<string>>(type: "text[]", nullable: false),
                    HostUnitCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    HostText = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubSectors = table.Column<List<string>>(type: "text[]", nullable: false),
                    MajorGroups = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_industry_directions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_layout_roles",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_layout_roles", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Region = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IsForeign = table.Column<bool>(type: "boolean", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCodeIsLegacy = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_units",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GbCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    StatisticalCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    LayoutRoles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Specialty = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CoreFocus = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_units", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_organisation_listings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Box = table.Column<int>(type: "integer", nullable: false),
                    DirectionCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubSector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    NameAsListed = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_organisation_listings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_organisation_listings_registry_organisations_Organ~",
                        column: x => x.OrganisationId,
                        principalTable: "registry_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisation_listings_Box_DirectionCode",
                table: "registry_organisation_listings",
                columns: new[] { "Box", "DirectionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisation_listings_OrganisationId",
                table: "registry_organisation_listings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisations_CreditCode",
                table: "registry_organisations",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisations_Key",
                table: "registry_organisations",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisations_Name",
                table: "registry_organisations",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_departments");

            migrationBuilder.DropTable(
                name: "registry_gbt4754");

            migrationBuilder.DropTable(
                name: "registry_industry_categories");

            migrationBuilder.DropTable(
                name: "registry_industry_clusters");

            migrationBuilder.DropTable(
                name: "registry_industry_directions");

            migrationBuilder.DropTable(
                name: "registry_layout_roles");

            migrationBuilder.DropTable(
                name: "registry_organisation_listings");

            migrationBuilder.DropTable(
                name: "registry_units");

            migrationBuilder.DropTable(
                name: "registry_organisations");
        }
    }
}
