using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CountyDisagreementRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The county's row gets what it had before these were settings: 10 working days and 001's ladder.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
