using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianzhong.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class ProjectLifecycleAndInvestors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "registry_organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalisedName",
                table: "registry_organisations",
                type: "TEXT",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Traits",
                table: "registry_organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisations_MergedIntoId",
                table: "registry_organisations",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_organisations_NormalisedName",
                table: "registry_organisations",
                column: "NormalisedName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_organisations_MergedIntoId",
                table: "registry_organisations");

            migrationBuilder.DropIndex(
                name: "IX_registry_organisations_NormalisedName",
                table: "registry_organisations");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "registry_organisations");

            migrationBuilder.DropColumn(
                name: "NormalisedName",
                table: "registry_organisations");

            migrationBuilder.DropColumn(
                name: "Traits",
                table: "registry_organisations");
        }
    }
}
