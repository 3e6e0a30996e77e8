using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddFirstEstablishedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstEstablishedAt",
                table: "Plans",
                type: "timestamp with time zone",
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
