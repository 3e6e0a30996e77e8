using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFirstEstablishedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FirstEstablishedAt",
                table: "Plans",
                type: "INTEGER",
                nullable: true);

            // Plans established before the column existed take the instant of their version 1.
            migrationBuilder.Sql("""
                UPDATE "Plans" SET "FirstEstablishedAt" =
                    (SELECT v."EstablishedAt" FROM "PlanVersions" AS v WHERE v."PlanId" = "Plans"."Id" AND v."Number" = 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstEstablishedAt",
                table: "Plans");
        }
    }
}
