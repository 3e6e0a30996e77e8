using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DomainSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FastCareContactName",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FastCareContactNamedAt",
                table: "Plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FastCareContactTelephone",
                table: "Plans",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FastCareContactUnitId",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonSearchName",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PersonSortName",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "PlanMeetings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "MunicipalitySignatoryUserId",
                table: "PlanCostAllocations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegionSignatoryUserId",
                table: "PlanCostAllocations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotExecutedBy",
                table: "PlanActions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportedToIvoOn",
                table: "PlanActions",
                type: "TEXT",
                nullable: true);

            // The county's row keeps what it had before these were settings: 10 working days and 001's ladder (rule 28).
            migrationBuilder.AddColumn<int>(
                name: "DeviationStepWorkingDays",
                table: "CountyPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "EscalationLadder",
                table: "CountyPolicies",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "JamtlandHarjedalen");

            migrationBuilder.AddColumn<int>(
                name: "FeedbackResponseWorkingDays",
                table: "CountyPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_NotExecutedBy_PlanId",
                table: "PlanActions",
                columns: new[] { "Status", "NotExecutedBy", "PlanId" });

            // Meetings booked before the column existed take the Swedish date they start on (rule 21).
            // The instant is stored as EF Core's binary DateTimeOffset (ticks / 1000, shifted 11 bits, UTC);
            // summer time runs from 01:00 UTC on the last Sunday of March to that of October.
            migrationBuilder.Sql("""
                UPDATE "PlanMeetings" SET "Day" = date(("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch',
                    CASE WHEN datetime(("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch')
                            >= datetime(strftime('%Y', ("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch') || '-03-31',
                                '-6 days', 'weekday 0', '+1 hour')
                        AND datetime(("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch')
                            < datetime(strftime('%Y', ("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch') || '-10-31',
                                '-6 days', 'weekday 0', '+1 hour')
                    THEN '+2 hours' ELSE '+1 hour' END);
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
        }
    }
}
