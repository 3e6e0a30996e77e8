using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlacementDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
