using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Application.ReadModels.Documents;
using Sip.Application.ReadModels.Inbox;
using Sip.Infrastructure.Seeding;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current model and writes what an empty one needs: the county
/// policy, and the demo county when <c>Seed:DemoData</c> is true. The embedded default does this at
/// start-up; a server deployment runs it once per release as <c>dotnet Sip.Web.dll migrate</c> (or
/// applies the idempotent script from deploy/migrations), so that web nodes never race each other
/// over a migration.
/// </summary>
public sealed class DatabaseInitializer(
    SipDbContext db, DemoDataSeeder demoData, InboxEntryRepair inboxEntries, PlanDocumentRepair planDocuments, IConfiguration configuration)
{
    /// <summary>Answers the migrations it applied, oldest first; none when the database was current.</summary>
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken cancellationToken)
    {
        var applied = await InitializeAllButDemoPlansAsync(cancellationToken);
        await SeedDemoPlansAsync(cancellationToken);
        return applied;
    }

    /// <summary>
    /// What <see cref="InitializeAsync"/> does but for the demo plans: enough for the sign-in page,
    /// which lists the demo users. The embedded default writes the plans with
    /// <see cref="SeedDemoPlansAsync"/> once it answers, and holds every signed-in request until
    /// they are written (see Sip.Web's DemoPlans).
    /// </summary>
    public async Task<IReadOnlyList<string>> InitializeAllButDemoPlansAsync(CancellationToken cancellationToken)
    {
        var applied = await CreateEmptySqliteDatabaseAsync(cancellationToken)
            ?? await MigrateAsync(cancellationToken);

        if (!await db.CountyPolicies.AnyAsync(cancellationToken))
        {
            db.CountyPolicies.Add(
                new CountyPolicy(CountyPolicy.DefaultId, configuration["County:Name"] ?? "Länsöverenskommelse Jämtland Härjedalen"));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (SeedsDemoData)
        {
            await demoData.SeedDirectoryAsync(cancellationToken);
        }

        return applied;
    }

    /// <summary>The demo county's plans, when <c>Seed:DemoData</c> is true and they are not yet written.</summary>
    public Task SeedDemoPlansAsync(CancellationToken cancellationToken) =>
        SeedsDemoData ? demoData.SeedPlansAsync(cancellationToken) : Task.CompletedTask;

    private bool SeedsDemoData => configuration.GetValue("Seed:DemoData", false);

    private async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        // Migrating a current database still compares the model with the last migration's, which
        // builds the model from its configuration: seconds of a start for nothing.
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // The inbox's entries begin with this migration; the plans already stored get theirs now.
        if (pending.Any(m => m.EndsWith("_AddInboxEntries", StringComparison.Ordinal)))
        {
            await inboxEntries.RepairAsync(cancellationToken);
        }

        // Likewise the plans' documents. No node of this release runs yet, and an earlier release's
        // nodes write no documents, so the plans need not be locked (PlanDocuments.RepairAsync).
        if (pending.Any(m => m.EndsWith("_AddPlanDocuments", StringComparison.Ordinal)))
        {
            await planDocuments.RepairAsync(cancellationToken, lockPlans: false);
        }

        if (pending.Any(m => m.EndsWith("_DomainSecondRound", StringComparison.Ordinal)))
        {
            await FillPersonNameKeysAsync(db, cancellationToken);
            if (await FillExecutionDeadlinesAsync(db, cancellationToken) > 0)
            {
                await inboxEntries.RepairAsync(cancellationToken);
            }
        }

        if (pending.Any(m => m.EndsWith("_SecondRoundPeopleAndPlacements", StringComparison.Ordinal)))
        {
            await FillPersonBirthDatesAsync(db, cancellationToken);
            await FillReportOfConcernVersionsAsync(db, cancellationToken);
        }

        return pending;
    }

    /// <summary>
    /// What the migration step writes even when no migration is pending: a DBA who applied the SQL scripts
    /// left none, yet SQL cannot compute what the domain computes for plans stored before (the Swedish sort
    /// and search names, the birth date read from a personnummer). Both fills touch only rows still empty,
    /// so on a database already filled they write nothing.
    /// </summary>
    public async Task<int> FillWhatScriptsCannotAsync(CancellationToken cancellationToken)
    {
        var filled = await FillPersonNameKeysAsync(db, cancellationToken)
            + await FillPersonBirthDatesAsync(db, cancellationToken);
        var deadlines = await FillExecutionDeadlinesAsync(db, cancellationToken);
        if (deadlines > 0)
        {
            // A deadline given now may already have passed: the units' inboxes show it at once.
            await inboxEntries.RepairAsync(cancellationToken);
        }

        return filled + deadlines;
    }

    /// <summary>
    /// Rule 22 for the municipal insatser accepted before it and not yet started: their three months count
    /// from the Swedish day they were accepted, as for one accepted today (<see cref="PlanAction.ExecutionDeadline"/>).
    /// </summary>
    public static async Task<int> FillExecutionDeadlinesAsync(SipDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accepted = await db.Set<PlanAction>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Accepted && a.Principal == ResponsiblePrincipal.Municipality)
            .Where(a => a.NotExecutedBy == null && a.DecidedAt != null)
            .Select(a => new { a.Id, a.DecidedAt }).ToListAsync(cancellationToken);
        foreach (var action in accepted)
        {
            var by = PlanAction.ExecutionDeadline(SwedishTime.Today(action.DecidedAt!.Value));
            await db.Set<PlanAction>().Where(a => a.Id == action.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.NotExecutedBy, by), cancellationToken);
        }

        return accepted.Count;
    }

    /// <summary>
    /// Rule 12c: an assessment recorded before it was tied to a version answers for the version
    /// established after it, or for the one being drawn up. The server providers' migration does the
    /// same in SQL; the embedded default cannot, as its migration rebuilds the plans' table after it.
    /// </summary>
    public static Task<int> FillReportOfConcernVersionsAsync(SipDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Plans
            .Where(p => p.ReportOfConcernAssessedAt != null && p.ReportOfConcernForVersion == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(
                    p => p.ReportOfConcernForVersion,
                    p => 1 + p.Versions.Count(v => v.EstablishedAt < p.ReportOfConcernAssessedAt)),
                cancellationToken);
    }

    /// <summary>
    /// The plans stored before the birth date had a column of its own get it from the personnummer, which
    /// the domain reads (a samordningsnummer's day less 60); a gallrad plan keeps none.
    /// </summary>
    public static async Task<int> FillPersonBirthDatesAsync(SipDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var numbers = await db.Plans.AsNoTracking()
            .Where(p => p.Person.BirthDate == DateOnly.MinValue && p.Person.IdentityNumber != null)
            .Select(p => new { p.Id, p.Person.IdentityNumber }).ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var plan in numbers.Where(p => p.IdentityNumber != Domain.People.PersonalIdentityNumber.Removed))
        {
            var born = plan.IdentityNumber!.DateOfBirth;
            filled += await db.Plans.Where(p => p.Id == plan.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Person.BirthDate, born), cancellationToken);
        }

        return filled;
    }

    /// <summary>
    /// The plans stored before the person's sort and search names existed get them from their names,
    /// computed as the domain computes them: no database's SQL folds å, ä and ö the same way.
    /// </summary>
    public static async Task<int> FillPersonNameKeysAsync(SipDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = await db.Plans.AsNoTracking().Where(p => p.Person.SearchName == "")
            .Select(p => new { p.Id, p.Person.FullName }).ToListAsync(cancellationToken);
        foreach (var plan in names)
        {
            var sortName = SubjectPerson.SortNameOf(plan.FullName);
            var searchName = SubjectPerson.SearchNameOf(plan.FullName);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "Plans" SET "PersonSortName" = {sortName}, "PersonSearchName" = {searchName} WHERE "Id" = {plan.Id}""",
                cancellationToken);
        }

        return names.Count;
    }

    /// <summary>
    /// Creates an empty embedded database by running the script its migrations generate
    /// (<c>Sqlite/create.sql</c>, rewritten by deploy/migrations/regenerate.sh with every
    /// migration): the same tables and the same migrations history as migrating, without EF Core
    /// building the migrations' models and their SQL, which took about 1.3 s of a first start on
    /// two cores. Each migration in the script is its own transaction, so a start cut short leaves
    /// a database the next start migrates the rest of. Answers null when the database is not
    /// SQLite or not empty; SqliteCreationScriptTests hold the script to the migrations.
    /// </summary>
    private async Task<IReadOnlyList<string>?> CreateEmptySqliteDatabaseAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        EnsureSqliteFolder();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using (var objects = connection.CreateCommand())
            {
                objects.CommandText = "SELECT COUNT(*) FROM sqlite_master";
                if (Convert.ToInt64(await objects.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
                {
                    return null;
                }
            }

            await using (var create = connection.CreateCommand())
            {
                create.CommandText = await CreationScriptAsync(cancellationToken);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var applied = new List<string>();
            await using var history = connection.CreateCommand();
            history.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """;
            await using var reader = await history.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The script that creates an empty embedded database at the last migration.</summary>
    public static async Task<string> CreationScriptAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DatabaseInitializer).Assembly.GetManifestResourceStream(SqliteCreationScript)
            ?? throw new InvalidOperationException($"The embedded resource {SqliteCreationScript} is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private const string SqliteCreationScript = "Sip.Infrastructure.Persistence.Sqlite.create.sql";

    private void EnsureSqliteFolder()
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
