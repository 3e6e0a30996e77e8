using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOverviewIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanParticipants_State_RespondBy",
                table: "PlanParticipants");

            migrationBuilder.DropIndex(
                name: "IX_PlanFollowUps_DoneAt_DueOn",
                table: "PlanFollowUps");

            migrationBuilder.DropIndex(
                name: "IX_PlanConsents_PlanId",
                table: "PlanConsents");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_PlanId",
                table: "PlanActions");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_Status_AcceptBy",
                table: "PlanActions");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_RespondBy_PlanId",
                table: "PlanParticipants",
                columns: new[] { "RespondBy", "PlanId" },
                filter: "\"State\" = 'Invited' AND \"UnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFollowUps_DoneAt_DueOn_PlanId",
                table: "PlanFollowUps",
                columns: new[] { "DoneAt", "DueOn", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt",
                table: "PlanConsents",
                columns: new[] { "PlanId", "WithdrawnAt", "SupersededAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_PlanId_Status",
                table: "PlanActions",
                columns: new[] { "PlanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_AcceptBy_PlanId",
                table: "PlanActions",
                columns: new[] { "Status", "AcceptBy", "PlanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanParticipants_RespondBy_PlanId",
                table: "PlanParticipants");

            migrationBuilder.DropIndex(
                name: "IX_PlanFollowUps_DoneAt_DueOn_PlanId",
                table: "PlanFollowUps");

            migrationBuilder.DropIndex(
                name: "IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt",
                table: "PlanConsents");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_PlanId_Status",
                table: "PlanActions");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_Status_AcceptBy_PlanId",
                table: "PlanActions");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_State_RespondBy",
                table: "PlanParticipants",
                columns: new[] { "State", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanFollowUps_DoneAt_DueOn",
                table: "PlanFollowUps",
                columns: new[] { "DoneAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanConsents_PlanId",
                table: "PlanConsents",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_PlanId",
                table: "PlanActions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_AcceptBy",
                table: "PlanActions",
                columns: new[] { "Status", "AcceptBy" });
        }
    }
}
