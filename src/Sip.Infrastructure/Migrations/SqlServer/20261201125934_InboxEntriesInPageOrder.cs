using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxEntriesInPageOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxEntries_UnitId_Kind_DueOn",
                table: "InboxEntries");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId",
                table: "InboxEntries",
                columns: new[] { "UnitId", "Kind", "DueOn", "ItemId", "PlanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId",
                table: "InboxEntries");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEntries_UnitId_Kind_DueOn",
                table: "InboxEntries",
                columns: new[] { "UnitId", "Kind", "DueOn" });
        }
    }
}
