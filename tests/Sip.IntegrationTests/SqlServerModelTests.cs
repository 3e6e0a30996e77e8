using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Sip.Infrastructure.Persistence;

namespace Sip.IntegrationTests;

/// <summary>
/// SQL Server cannot run on these machines, so its provider is at least built and its DDL checked
/// on every run: the model compiles for SQL Server and the idempotent migration script is sound.
/// </summary>
public sealed class SqlServerModelTests
{
    private static SqlServerSipDbContext Context() =>
        new((DbContextOptions<SqlServerSipDbContext>)DatabaseRegistration.UseSqlServer(new DbContextOptionsBuilder<SqlServerSipDbContext>(),
            "Server=127.0.0.1;Database=sip;TrustServerCertificate=True").Options);

    [Fact]
    public void SqlServer_idempotent_migration_script_creates_every_table_and_the_known_indexes()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Plans", "PlanParticipants", "PlanConsents", "PlanActions", "PlanNeeds", "PlanMeetings",
            "PlanFollowUps", "PlanVersions", "PlanDeviations", "Organizations", "Units", "Users", "CountyPolicies", "AuditEntries" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Plans_InitiatingOrganizationId_ExternalCaseReference]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Plans_ReferenceNumber]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [IX_PlanActions_Status_AcceptBy_PlanId]", script, StringComparison.Ordinal);

        // SQL Server allows one NULL in a unique index unless it is filtered.
        Assert.Contains("CREATE UNIQUE INDEX [IX_Units_HsaId] ON [Units] ([HsaId]) WHERE [HsaId] IS NOT NULL", script,
            StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_keeps_the_persons_names_in_the_Swedish_case_insensitive_collation()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        const string Swedish = "nvarchar(200) COLLATE Finnish_Swedish_100_CI_AS NOT NULL";
        Assert.Contains($"[PersonSortName] {Swedish}", script, StringComparison.Ordinal);
        Assert.Contains($"[PersonName] {Swedish}", script, StringComparison.Ordinal);
        var person = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>()
            .Model.FindEntityType(typeof(Domain.Plans.SubjectPerson))!;
        var sortName = person.FindProperty(nameof(Domain.Plans.SubjectPerson.SortName))!;
        Assert.Equal("Finnish_Swedish_100_CI_AS", sortName.GetCollation());
        Assert.Equal("Finnish_Swedish_100_CI_AS", db.SwedishCollation);
    }

    [Fact]
    public void SqlServer_migrations_carry_every_change_of_the_model()
    {
        using var db = Context();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
