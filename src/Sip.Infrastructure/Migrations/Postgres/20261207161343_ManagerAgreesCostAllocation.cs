using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ManagerAgreesCostAllocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MunicipalitySignatoryUserId",
                table: "PlanCostAllocations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegionSignatoryUserId",
                table: "PlanCostAllocations",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MunicipalitySignatoryUserId",
                table: "PlanCostAllocations");

            migrationBuilder.DropColumn(
                name: "RegionSignatoryUserId",
                table: "PlanCostAllocations");
        }
    }
}
