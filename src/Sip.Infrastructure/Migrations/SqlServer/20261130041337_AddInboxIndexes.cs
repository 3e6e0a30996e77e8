using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddInboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanParticipants_UnitId",
                table: "PlanParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_UnitId_State",
                table: "PlanParticipants",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_ProposedByUserId_Status",
                table: "PlanActions",
                columns: new[] { "ProposedByUserId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanParticipants_UnitId_State",
                table: "PlanParticipants");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_ProposedByUserId_Status",
                table: "PlanActions");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_UnitId",
                table: "PlanParticipants",
                column: "UnitId");
        }
    }
}
