using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RepresentativesAndNamedUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CommunicationInterpreterNeeded",
                table: "Plans",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommunicationLanguage",
                table: "Plans",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommunicationOtherSupport",
                table: "Plans",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CommunicationRecordedAt",
                table: "Plans",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MandateCoversConsent",
                table: "PlanParticipants",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MandateScope",
                table: "PlanParticipants",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MandateValidUntil",
                table: "PlanParticipants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NarrowedOrganizationIds",
                table: "PlanConsents",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeCapacity",
                table: "PlanConsents",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeName",
                table: "PlanConsents",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RepresentativeParticipantId",
                table: "PlanConsents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeUnitIds",
                table: "PlanConsents",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByCapacity",
                table: "PlanConsents",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByName",
                table: "PlanConsents",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommunicationInterpreterNeeded",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "CommunicationLanguage",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "CommunicationOtherSupport",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "CommunicationRecordedAt",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "MandateCoversConsent",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "MandateScope",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "MandateValidUntil",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "NarrowedOrganizationIds",
                table: "PlanConsents");

            migrationBuilder.DropColumn(
                name: "RepresentativeCapacity",
                table: "PlanConsents");

            migrationBuilder.DropColumn(
                name: "RepresentativeName",
                table: "PlanConsents");

            migrationBuilder.DropColumn(
                name: "RepresentativeParticipantId",
                table: "PlanConsents");

            migrationBuilder.DropColumn(
                name: "ScopeUnitIds",
                table: "PlanConsents");

            migrationBuilder.DropColumn(
                name: "WithdrawnByCapacity",
                table: "PlanConsents");

            migrationBuilder.DropColumn(
                name: "WithdrawnByName",
                table: "PlanConsents");
        }
    }
}
