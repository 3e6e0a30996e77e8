using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCostAllocationAndFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PlacementPlacingOrganizationId",
                table: "Plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PlacementResidentialUnitId",
                table: "Plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StepDueOn",
                table: "PlanDeviations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nature",
                table: "PlanActions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotSet");

            migrationBuilder.CreateTable(
                name: "PlanCostAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MunicipalityShare = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    RegionShare = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProposedByUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MunicipalitySignatory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MunicipalitySignatoryTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MunicipalityAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RegionSignatory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegionSignatoryTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RegionAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DisputeGround = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DisputeReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DisputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCostAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCostAllocations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RoutedToUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanFeedback_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDeviations_ResolvedAt_StepDueOn",
                table: "PlanDeviations",
                columns: new[] { "ResolvedAt", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanCostAllocations_PlanId",
                table: "PlanCostAllocations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFeedback_AnsweredAt_RespondBy",
                table: "PlanFeedback",
                columns: new[] { "AnsweredAt", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanFeedback_PlanId",
                table: "PlanFeedback",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanCostAllocations");

            migrationBuilder.DropTable(
                name: "PlanFeedback");

            migrationBuilder.DropIndex(
                name: "IX_PlanDeviations_ResolvedAt_StepDueOn",
                table: "PlanDeviations");

            migrationBuilder.DropColumn(
                name: "PlacementPlacingOrganizationId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementResidentialUnitId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "StepDueOn",
                table: "PlanDeviations");

            migrationBuilder.DropColumn(
                name: "Nature",
                table: "PlanActions");
        }
    }
}
