using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanParticipants_UnitId_State",
                table: "PlanParticipants");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_OwningUnitId_Status",
                table: "PlanActions");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_UnitId_State_RespondBy_Id",
                table: "PlanParticipants",
                columns: new[] { "UnitId", "State", "RespondBy", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_OwningUnitId_Status_AcceptBy_Id",
                table: "PlanActions",
                columns: new[] { "OwningUnitId", "Status", "AcceptBy", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanParticipants_UnitId_State_RespondBy_Id",
                table: "PlanParticipants");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_OwningUnitId_Status_AcceptBy_Id",
                table: "PlanActions");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_UnitId_State",
                table: "PlanParticipants",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_OwningUnitId_Status",
                table: "PlanActions",
                columns: new[] { "OwningUnitId", "Status" });
        }
    }
}
