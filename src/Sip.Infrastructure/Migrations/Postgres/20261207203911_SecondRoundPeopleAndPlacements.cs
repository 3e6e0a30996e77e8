using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SecondRoundPeopleAndPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActsForPrincipal",
                table: "Units",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PrincipalOrganizationId",
                table: "Units",
                type: "uuid",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PersonIdentityNumber",
                table: "Plans",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12);

            migrationBuilder.AddColumn<bool>(
                name: "CommunicationInterpreterNeeded",
                table: "Plans",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommunicationLanguage",
                table: "Plans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommunicationOtherSupport",
                table: "Plans",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CommunicationRecordedAt",
                table: "Plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PersonBirthDate",
                table: "Plans",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "PersonReserveNumber",
                table: "Plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementCareContent",
                table: "Plans",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementLegalBasis",
                table: "Plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementLvmCertificateWrittenAt",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementLvmNotifiedBy",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlacementLvmNotifiedOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementMedicalCare",
                table: "Plans",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PlacementMedicalCareChosenByUnitId",
                table: "Plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementMotive",
                table: "Plans",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacementMotiveText",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportOfConcernForVersion",
                table: "Plans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportOfConcernMade",
                table: "Plans",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportOfConcernMadeOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportOfConcernParentAndChildInformed",
                table: "Plans",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportOfConcernSocialServices",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ForwardedToParticipantId",
                table: "PlanParticipants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsContractedProviderUnit",
                table: "PlanParticipants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MandateCoversConsent",
                table: "PlanParticipants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MandateScope",
                table: "PlanParticipants",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MandateValidUntil",
                table: "PlanParticipants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RedirectReason",
                table: "PlanParticipants",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "PlanNeeds",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "NarrowedOrganizationIds",
                table: "PlanConsents",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeCapacity",
                table: "PlanConsents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeName",
                table: "PlanConsents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RepresentativeParticipantId",
                table: "PlanConsents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "ScopeUnitIds",
                table: "PlanConsents",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByCapacity",
                table: "PlanConsents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByName",
                table: "PlanConsents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ContractedProvidersMayHoldOverallResponsibility",
                table: "CountyPolicies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReserveNumberDescription",
                table: "CountyPolicies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav");

            migrationBuilder.AddColumn<string>(
                name: "ReserveNumberPattern",
                table: "CountyPolicies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "(19|20)\\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}");

            migrationBuilder.AddColumn<string>(
                name: "ReserveNumberSystem",
                table: "CountyPolicies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "urn:sip:fhir:reservnummer");

            migrationBuilder.CreateTable(
                name: "PlanChildren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgeYears = table.Column<int>(type: "integer", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    LivesWith = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Custody = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanChildren_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonBirthDate",
                table: "Plans",
                column: "PersonBirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonReserveNumber",
                table: "Plans",
                column: "PersonReserveNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PlanChildren_PlanId",
                table: "PlanChildren",
                column: "PlanId");

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
                "UPDATE \"PlanParticipants\" SET \"IsContractedProviderUnit\" = TRUE "
                + "WHERE \"UnitId\" IN (SELECT \"Id\" FROM \"Units\" WHERE \"OrganizationKind\" = 'ContractedProvider');");

            // Rule 12c: an assessment recorded before this migration answers for the version that was
            // established after it, or for the one being drawn up; without this every such plan would be asked again.
            migrationBuilder.Sql(
                "UPDATE \"Plans\" SET \"ReportOfConcernForVersion\" = 1 + (SELECT COUNT(*) FROM \"PlanVersions\" v "
                + "WHERE v.\"PlanId\" = \"Plans\".\"Id\" AND v.\"EstablishedAt\" < \"Plans\".\"ReportOfConcernAssessedAt\") "
                + "WHERE \"ReportOfConcernAssessedAt\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanChildren");

            migrationBuilder.DropIndex(
                name: "IX_Plans_PersonBirthDate",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Plans_PersonReserveNumber",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ActsForPrincipal",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "PrincipalOrganizationId",
                table: "Units");

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
                name: "PersonBirthDate",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PersonReserveNumber",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementCareContent",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementLegalBasis",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementLvmCertificateWrittenAt",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementLvmNotifiedBy",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementLvmNotifiedOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementMedicalCare",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementMedicalCareChosenByUnitId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementMotive",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PlacementMotiveText",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernForVersion",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernMade",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernMadeOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernParentAndChildInformed",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOfConcernSocialServices",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ForwardedToParticipantId",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "IsContractedProviderUnit",
                table: "PlanParticipants");

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
                name: "RedirectReason",
                table: "PlanParticipants");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "PlanNeeds");

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

            migrationBuilder.DropColumn(
                name: "ContractedProvidersMayHoldOverallResponsibility",
                table: "CountyPolicies");

            migrationBuilder.DropColumn(
                name: "ReserveNumberDescription",
                table: "CountyPolicies");

            migrationBuilder.DropColumn(
                name: "ReserveNumberPattern",
                table: "CountyPolicies");

            migrationBuilder.DropColumn(
                name: "ReserveNumberSystem",
                table: "CountyPolicies");

            migrationBuilder.AlterColumn<string>(
                name: "PersonIdentityNumber",
                table: "Plans",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);
        }
    }
}
