using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddMeetingDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "PlanMeetings",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Meetings booked before the column existed take the Swedish date they start on (rule 21).
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [PlanMeetings] SET [Day] = CONVERT(date, [StartsAt] AT TIME ZONE ''W. Europe Standard Time'')');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Day",
                table: "PlanMeetings");
        }
    }
}
