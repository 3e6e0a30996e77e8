using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.Postgres
{
    /// <summary>
    /// A transaction that changes the users tells every web node when it commits (NOTIFY on
    /// sip_directory), so that a node may keep its users in memory and still follow the directory
    /// at once (DirectoryUsers, DirectoryChangeListener). Once per statement: an import of a
    /// thousand users is one notice.
    /// </summary>
    public partial class AddDirectoryNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION sip_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('sip_directory', '');
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Users_notify_directory" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Users"
                FOR EACH STATEMENT EXECUTE FUNCTION sip_directory_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"Users_notify_directory\" ON \"Users\";");
            migrationBuilder.Sql("DROP FUNCTION sip_directory_changed();");
        }
    }
}
