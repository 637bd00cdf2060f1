using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianzhong.Migrations.Sqlite.Map
{
    /// <inheritdoc />
    public partial class MapInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "map_carriers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferenceKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AreaKm2 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    IndustriesText = table.Column<string>(type: "TEXT", maxLength: 492, nullable: false),
                    AvailableLandMu = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    AvailableBuildingsM2 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_carriers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "map_official_map_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_official_map_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "map_official_maps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionNamesJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DeactivatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_official_maps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "map_opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DirectionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InvestmentWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "map_parcels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    AreaMu = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PriceWanPerMu = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_parcels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "map_routes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ForWhom = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    VisitOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_routes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "map_route_stops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RouteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReferenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Time = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_map_route_stops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_map_route_stops_map_routes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "map_routes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_map_carriers_ReferenceKey",
                table: "map_carriers",
                column: "ReferenceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_map_carriers_UnitCode",
                table: "map_carriers",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_map_official_maps_IsActive",
                table: "map_official_maps",
                column: "IsActive");

            migrationBuilder.CreateIndex(
                name: "IX_map_opportunities_UnitCode_Status",
                table: "map_opportunities",
                columns: new[] { "UnitCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_map_parcels_UnitCode_Status",
                table: "map_parcels",
                columns: new[] { "UnitCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_map_route_stops_RouteId",
                table: "map_route_stops",
                column: "RouteId");

            migrationBuilder.CreateIndex(
                name: "IX_map_routes_VisitOn",
                table: "map_routes",
                column: "VisitOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "map_carriers");

            migrationBuilder.DropTable(
                name: "map_official_map_files");

            migrationBuilder.DropTable(
                name: "map_official_maps");

            migrationBuilder.DropTable(
                name: "map_opportunities");

            migrationBuilder.DropTable(
                name: "map_parcels");

            migrationBuilder.DropTable(
                name: "map_route_stops");

            migrationBuilder.DropTable(
                name: "map_routes");
        }
    }
}
