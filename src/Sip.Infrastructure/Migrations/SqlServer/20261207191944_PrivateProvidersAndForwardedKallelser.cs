using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PrivateProvidersAndForwardedKallelser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActsForPrincipal",
                table: "Units",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PrincipalOrganizationId",
                table: "Units",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ForwardedToParticipantId",
                table: "PlanParticipants",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsContractedProviderUnit",
                table: "PlanParticipants",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RedirectReason",
                table: "PlanParticipants",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ContractedProvidersMayHoldOverallResponsibility",
                table: "CountyPolicies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Rule 23: the units already stored act for their own principal, or a private provider's for
            // the contracting principal; a private provider's kallelser already sent stay such.
            migrationBuilder.Sql(
                "UPDATE \"Units\" SET \"ActsForPrincipal\" = \"OrganizationKind\", \"PrincipalOrganizationId\" = \"OrganizationId\" "
                + "WHERE \"OrganizationKind\" IN ('Municipality', 'Region');");
            migrationBuilder.Sql(
                "UPDATE \"Units\" SET "
                + "\"ActsForPrincipal\" = (SELECT p.\"Kind\" FROM \"Organizations\" o "
                + "JOIN \"Organizations\" p ON p.\"Id\" = o.\"ContractingPrincipalId\" "
                + "WHERE o.\"Id\" = \"Units\".\"OrganizationId\"), "
                + "\"PrincipalOrganizationId\" = (SELECT o.\"ContractingPrincipalId\" FROM \"Organizations\" o "
                + "WHERE o.\"Id\" = \"Units\".\"OrganizationId\") "
                + "WHERE \"OrganizationKind\" = 'ContractedProvider';");
            migrationBuilder.Sql(
                "UPDATE \"PlanParticipants\" SET \"IsContractedProviderUnit\" = 1 "
                + "WHERE \"UnitId\" IN (SELECT \"Id\" FROM \"Units\" WHERE \"OrganizationKind\" = 'ContractedProvider');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActsForPrincipal",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "PrincipalOrganizationId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ForwardedToParticipantId",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "IsContractedProviderUnit",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "RedirectReason",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "ContractedProvidersMayHoldOverallResponsibility",
                table: "CountyPolicies");
        }
    }
}
