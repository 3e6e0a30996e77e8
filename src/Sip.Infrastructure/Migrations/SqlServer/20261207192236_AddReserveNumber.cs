using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddReserveNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "PersonIdentityNumber",
                table: "Plans",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(12)",
                oldMaxLength: 12);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PersonBirthDate",
                table: "Plans",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "PersonReserveNumber",
                table: "Plans",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReserveNumberDescription",
                table: "CountyPolicies",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav");

            migrationBuilder.AddColumn<string>(
                name: "ReserveNumberPattern",
                table: "CountyPolicies",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "(19|20)\\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}");

            migrationBuilder.AddColumn<string>(
                name: "ReserveNumberSystem",
                table: "CountyPolicies",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "urn:sip:fhir:reservnummer");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonBirthDate",
                table: "Plans",
                column: "PersonBirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonReserveNumber",
                table: "Plans",
                column: "PersonReserveNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_PersonBirthDate",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Plans_PersonReserveNumber",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PersonBirthDate",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PersonReserveNumber",
                table: "Plans");

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
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(12)",
                oldMaxLength: 12,
                oldNullable: true);
        }
    }
}
