using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActionNotExecuted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NotExecutedBy",
                table: "PlanActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportedToIvoOn",
                table: "PlanActions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_NotExecutedBy_PlanId",
                table: "PlanActions",
                columns: new[] { "Status", "NotExecutedBy", "PlanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanActions_Status_NotExecutedBy_PlanId",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "NotExecutedBy",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "ReportedToIvoOn",
                table: "PlanActions");
        }
    }
}
