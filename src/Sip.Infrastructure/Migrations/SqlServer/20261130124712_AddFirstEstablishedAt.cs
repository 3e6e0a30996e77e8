using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddFirstEstablishedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstEstablishedAt",
                table: "Plans",
                type: "datetimeoffset",
                nullable: true);

            // Plans established before the column existed take the instant of their version 1. In
            // EXEC, because the idempotent script runs it in the batch that adds the column, and SQL
            // Server compiles a batch before it runs it.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Plans] SET [FirstEstablishedAt] =
                    (SELECT v.[EstablishedAt] FROM [PlanVersions] AS v WHERE v.[PlanId] = [Plans].[Id] AND v.[Number] = 1)');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstEstablishedAt",
                table: "Plans");
        }
    }
}
