using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DomainSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "PersonName",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "sv-SE-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "FastCareContactName",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FastCareContactNamedAt",
                table: "Plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FastCareContactTelephone",
                table: "Plans",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FastCareContactUnitId",
                table: "Plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonSearchName",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PersonSortName",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                collation: "sv-SE-x-icu");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "PlanMeetings",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

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

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotExecutedBy",
                table: "PlanActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportedToIvoOn",
                table: "PlanActions",
                type: "date",
                nullable: true);

            // The county's row keeps what it had before these were settings: 10 working days and 001's ladder (rule 28).
            migrationBuilder.AddColumn<int>(
                name: "DeviationStepWorkingDays",
                table: "CountyPolicies",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "EscalationLadder",
                table: "CountyPolicies",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "JamtlandHarjedalen");

            migrationBuilder.AddColumn<int>(
                name: "FeedbackResponseWorkingDays",
                table: "CountyPolicies",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_NotExecutedBy_PlanId",
                table: "PlanActions",
                columns: new[] { "Status", "NotExecutedBy", "PlanId" });

            // Meetings booked before the column existed take the Swedish date they start on (rule 21).
            migrationBuilder.Sql("""
                UPDATE "PlanMeetings" SET "Day" = ("StartsAt" AT TIME ZONE 'Europe/Stockholm')::date;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanActions_Status_NotExecutedBy_PlanId",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "FastCareContactName",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "FastCareContactNamedAt",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "FastCareContactTelephone",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "FastCareContactUnitId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PersonSearchName",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PersonSortName",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "PlanMeetings");

            migrationBuilder.DropColumn(
                name: "MunicipalitySignatoryUserId",
                table: "PlanCostAllocations");

            migrationBuilder.DropColumn(
                name: "RegionSignatoryUserId",
                table: "PlanCostAllocations");

            migrationBuilder.DropColumn(
                name: "NotExecutedBy",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "ReportedToIvoOn",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "DeviationStepWorkingDays",
                table: "CountyPolicies");

            migrationBuilder.DropColumn(
                name: "EscalationLadder",
                table: "CountyPolicies");

            migrationBuilder.DropColumn(
                name: "FeedbackResponseWorkingDays",
                table: "CountyPolicies");

            migrationBuilder.AlterColumn<string>(
                name: "PersonName",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldCollation: "sv-SE-x-icu");
        }
    }
}
