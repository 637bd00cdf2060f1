using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianzhong.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_OccurredUtc",
                table: "identity_audit_entries",
                column: "OccurredUtc");

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_Sequence",
                table: "identity_audit_entries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_audit_entries_UserName_OccurredUtc",
                table: "identity_audit_entries",
                columns: new[] { "UserName", "OccurredUtc" });

            // Append-only: the embedded database refuses updates and deletes of audit entries too.
            migrationBuilder.Sql("CREATE TRIGGER identity_audit_entries_no_update BEFORE UPDATE ON identity_audit_entries BEGIN SELECT RAISE(ABORT, 'identity_audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER identity_audit_entries_no_delete BEFORE DELETE ON identity_audit_entries BEGIN SELECT RAISE(ABORT, 'identity_audit_entries is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS identity_audit_entries_no_update; DROP TRIGGER IF EXISTS identity_audit_entries_no_delete;");
            migrationBuilder.DropTable(
                name: "identity_audit_entries");
        }
    }
}
