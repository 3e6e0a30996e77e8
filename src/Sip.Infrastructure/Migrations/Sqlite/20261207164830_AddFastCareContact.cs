using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFastCareContact : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
