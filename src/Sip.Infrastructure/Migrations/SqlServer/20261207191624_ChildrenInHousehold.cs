using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ChildrenInHousehold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReportOfConcernForVersion",
                table: "Plans",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportOfConcernMade",
                table: "Plans",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportOfConcernMadeOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportOfConcernParentAndChildInformed",
                table: "Plans",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportOfConcernSocialServices",
                table: "Plans",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "PlanNeeds",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanChildren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgeYears = table.Column<int>(type: "int", nullable: true),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    LivesWith = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Custody = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanChildren_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanChildren_PlanId",
                table: "PlanChildren",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanChildren");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernForVersion",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernMade",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernMadeOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernParentAndChildInformed",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernSocialServices",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "PlanNeeds");
        }
    }
}
