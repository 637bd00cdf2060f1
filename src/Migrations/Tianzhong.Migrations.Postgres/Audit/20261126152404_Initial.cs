using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tianzhong.Migrations.Postgres.Audit
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ObjectType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Detail = table.Column<string>(type: "text", nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            // Append-only at the database level: no role, not even the application's own, may rewrite or remove audit history.
            migrationBuilder.Sql("""
                CREATE FUNCTION identity_audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'identity_audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER identity_audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON identity_audit_entries
                    FOR EACH ROW EXECUTE FUNCTION identity_audit_entries_refuse_change();
                CREATE TRIGGER identity_audit_entries_no_truncate BEFORE TRUNCATE ON identity_audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION identity_audit_entries_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS identity_audit_entries_no_truncate ON identity_audit_entries; DROP TRIGGER IF EXISTS identity_audit_entries_no_update_delete ON identity_audit_entries; DROP FUNCTION IF EXISTS identity_audit_entries_refuse_change();");
            migrationBuilder.DropTable(
                name: "identity_audit_entries");
        }
    }
}
