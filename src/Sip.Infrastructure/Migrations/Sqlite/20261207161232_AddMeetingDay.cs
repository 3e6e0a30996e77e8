using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

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
            migrationBuilder.DropColumn(
                name: "Day",
                table: "PlanMeetings");
        }
    }
}
