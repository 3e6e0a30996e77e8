using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddEscalationContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "RecipientUnitId",
                table: "Outbox",
                newName: "RecipientId");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Users",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsManager",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlacementCostAllocationSettledOn",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "PlanParticipants",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Recipient",
                table: "Outbox",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Unit");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_RecipientId_Kind",
                table: "Outbox",
                columns: new[] { "RecipientId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_RecipientId_Kind",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "IsManager",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "PlacementCostAllocationSettledOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "Recipient",
                table: "Outbox");

            migrationBuilder.RenameColumn(
                name: "RecipientId",
                table: "Outbox",
                newName: "RecipientUnitId");
        }
    }
}
