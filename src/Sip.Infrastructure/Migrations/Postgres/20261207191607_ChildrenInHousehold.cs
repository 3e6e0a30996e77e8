using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportOfConcernMade",
                table: "Plans",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportOfConcernMadeOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportOfConcernParentAndChildInformed",
                table: "Plans",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportOfConcernSocialServices",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "PlanNeeds",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanChildren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgeYears = table.Column<int>(type: "integer", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    LivesWith = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Custody = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false)
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
