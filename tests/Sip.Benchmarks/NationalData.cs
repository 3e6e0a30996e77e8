using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sip.Application.ReadModels.Documents;
using Sip.Application.ReadModels.Inbox;
using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;

namespace Sip.Benchmarks;

/// <summary>
/// A national-scale database: 290 municipalities and 21 regions, and N plans (default 1 000 000)
/// spread over their units with realistic shares of status, participants, consent, needs, insatser, meetings,
/// established versions and follow-up.
/// Written by PostgreSQL itself (set-based INSERT … SELECT over generate_series), so a million plans
/// take about a minute; every value derives from a hash of the seed and the row number, so the same
/// seed gives the same data. The demo county is seeded too, so demo users have plans in it.
/// </summary>
internal static class NationalData
{
    public static async Task<int> SeedAsync(Options options)
    {
        await using (var services = Services(options.Postgres))
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        await using var connection = new NpgsqlConnection(options.Postgres);
        await connection.OpenAsync();
        var existing = await ScalarAsync(connection, """SELECT count(*) FROM "Plans" WHERE "ReferenceNumber" LIKE 'SIP-2025-%'""");
        if (existing >= options.Plans)
        {
            Console.WriteLine($"{existing} generated plans already there; nothing to generate.");
            return await CopyAsync(options);
        }

        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var (what, sql) in Steps)
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
                command.Parameters.AddWithValue("seed", options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("plans", options.Plans);
                command.Parameters.AddWithValue("overdue", options.OverduePercent);
                var rows = await command.ExecuteNonQueryAsync();
                Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {what}: {rows}");
            }

            await transaction.CommitAsync();
        }

        // The inbox's entries of the plans just written, as the application keeps them with each change.
        await using (var services = Services(options.Postgres))
        {
            using var scope = services.CreateScope();
            var repaired = await scope.ServiceProvider.GetRequiredService<InboxEntryRepair>().RepairAsync(CancellationToken.None);
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  inbox entries of {repaired} plans");
            var documented = await scope.ServiceProvider.GetRequiredService<PlanDocumentRepair>()
                .RepairAsync(CancellationToken.None, lockPlans: false);
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  documents of {documented} plans");
        }

        // PostgreSQL's default cost of a random read assumes spinning disks and makes it read whole
        // tables rather than look up an area's plans by key; SIP's production setting is 1.1 (docs/performance.md).
        var database = new NpgsqlConnectionStringBuilder(options.Postgres).Database;
        await using (var planner = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET random_page_cost = 1.1", connection))
        {
            await planner.ExecuteNonQueryAsync();
        }

        // Vacuumed as well as analysed, as a database in service is: the bulk-written rows get their
        // hint bits and visibility map now, not from the first benchmark that reads them.
        await using (var analyze = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine(
            $"{clock.Elapsed.TotalSeconds,6:F1} s  done: {await ScalarAsync(connection, """SELECT count(*) FROM "Plans" """)} " +
            "plans in the database");
        return await CopyAsync(options);
    }

    /// <summary>The generated rows into the other providers asked for, from the PostgreSQL just written.</summary>
    private static async Task<int> CopyAsync(Options options)
    {
        if (options.Sqlite is { } file)
        {
            await SqliteCopy.CopyAsync(options.Postgres, file);
        }

        if (options.SqlServer is { } sqlServer)
        {
            await SqlServerCopy.CopyAsync(options.Postgres, sqlServer);
        }

        return 0;
    }

    public static ServiceProvider Services(string connectionString, Action<IServiceCollection>? more = null, string provider = "Postgres")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Sip"] = connectionString,
            ["Seed:DemoData"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInfrastructure(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // h(i, salt): a reproducible non-negative integer for row i.
    private static string H(string row, string salt) => $"(('x' || substr(md5(@seed || '-{salt}-' || {row}), 1, 7))::bit(28)::int)";

    private static readonly (string What, string Sql)[] Steps =
    [
        ("municipalities and regions", """
            INSERT INTO "Organizations" ("Id", "Name", "Kind")
            SELECT md5('org-m-' || i)::uuid, 'Kommun ' || lpad(i::text, 3, '0'), 'Municipality' FROM generate_series(1, 290) i
            UNION ALL
            SELECT md5('org-r-' || i)::uuid, 'Region ' || lpad(i::text, 2, '0'), 'Region' FROM generate_series(1, 21) i
            ON CONFLICT DO NOTHING
            """),
        ("units", """
            INSERT INTO "Units" ("Id", "OrganizationId", "OrganizationKind", "Name", "Kind", "IsActive")
            SELECT md5('unit-m-' || i)::uuid, md5('org-m-' || i)::uuid, 'Municipality',
                'Kommun ' || lpad(i::text, 3, '0') || ' – Vuxenenheten', 'SocialServices', true FROM generate_series(1, 290) i
            UNION ALL
            SELECT md5('unit-r-' || r || '-' || k)::uuid, md5('org-r-' || r)::uuid, 'Region',
                'Region ' || lpad(r::text, 2, '0') || (CASE k WHEN 1 THEN ' – Beroendemottagningen' WHEN 2
                THEN ' – Psykiatriska öppenvården' ELSE ' – Hälsocentralen ' || k END), CASE WHEN k <= 2
                THEN 'PsychiatryAndDependence' ELSE 'PrimaryCare' END, true
            FROM generate_series(1, 21) r, generate_series(1, 6) k
            ON CONFLICT DO NOTHING
            """),
        ("unit lists", """
            -- The check digit of a personnummer (Luhn over YYMMDDNNN), so every generated number is valid.
            CREATE FUNCTION pg_temp.luhn(nine text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
                SELECT (10 - sum(CASE WHEN k % 2 = 1 THEN (2 * substr(nine, k, 1)::int) / 10 + (2 * substr(nine, k, 1)::int) % 10
                    ELSE substr(nine, k, 1)::int END) % 10) % 10
                FROM generate_series(1, 9) k
            $$;
            CREATE TEMP TABLE social ON COMMIT DROP AS
                SELECT "Id", "OrganizationId", (row_number() OVER (ORDER BY "Id")) - 1 AS n FROM "Units"
                    WHERE "OrganizationKind" = 'Municipality' AND "Kind" = 'SocialServices';
            CREATE TEMP TABLE care ON COMMIT DROP AS
                SELECT "Id", "OrganizationId", (row_number() OVER (ORDER BY "Id")) - 1 AS n FROM "Units"
                    WHERE "OrganizationKind" = 'Region';
            CREATE TEMP TABLE g ON COMMIT DROP AS
                WITH k AS (SELECT (SELECT count(*) FROM social) AS ns, (SELECT count(*) FROM care) AS nc),
                raw AS (
                    SELECT i, md5(@seed || '-plan-' || i)::uuid AS id, {a} AS a, {b} AS b,
                           {c} % 100 AS status_roll, {d} % 1000 AS age_days, {e} % 40 AS first_name, {f} % 40 AS last_name, {g} % 6300
                               AS overdue_roll
                    FROM generate_series(1, @plans) i),
                -- status_roll falls in a band per status: below 10 a draft, below 25 invited, below 80
                -- established, below 95 closed, else cancelled. The roll is spread over the bands so
                -- that 3 % are drafts and 5 % invited (an invitation is answered within weeks, so few
                -- plans wait at any one time), 55 % established, 30 % closed and 7 % cancelled; and a
                -- draft or invited plan was started within the last 30 days.
                banded AS (
                    SELECT raw.*, CASE WHEN raw.status_roll < 3 THEN raw.status_roll * 3
                                       WHEN raw.status_roll < 8 THEN 10 + (raw.status_roll - 3) * 3
                                       WHEN raw.status_roll < 63 THEN 25 + (raw.status_roll - 8)
                                       WHEN raw.status_roll < 93 THEN 80 + (raw.status_roll - 63) / 2
                                       ELSE 95 + (raw.status_roll - 93) * 5 / 7 END AS band
                    FROM raw)
                SELECT raw.i, raw.id, s."Id" AS unit, c."Id" AS clinic, raw.band AS status_roll,
                       CASE WHEN raw.band < 25 THEN raw.age_days % 30 ELSE raw.age_days END AS age_days, raw.first_name, raw.last_name,
                       -- @overdue % of all plans: open plans are 63 % of all, and only they have deadlines to pass.
                       raw.band < 80 AND raw.overdue_roll < @overdue * 100 AS overdue
                FROM banded raw CROSS JOIN k
                JOIN social s ON s.n = raw.a % k.ns
                JOIN care c ON c.n = raw.b % k.nc;
            ANALYZE g;
            """.Replace("{a}", H("i", "a"), StringComparison.Ordinal).Replace("{b}", H("i", "b"), StringComparison.Ordinal)
               .Replace("{c}", H("i", "c"), StringComparison.Ordinal)
               .Replace("{d}", H("i", "d"), StringComparison.Ordinal).Replace("{e}", H("i", "e"), StringComparison.Ordinal)
                   .Replace("{f}", H("i", "f"), StringComparison.Ordinal).Replace("{g}", H("i", "g"), StringComparison.Ordinal)),
        ("plans", """
            INSERT INTO "Plans" ("Id", "ReferenceNumber", "PersonIdentityNumber", "PersonName", "PersonHasProtectedIdentity",
                "PersonChildrenInHousehold", "Reason",
                                 "OriginKind", "InitiatingUnitId", "InitiatingOrganizationId", "ExternalCaseReference", "InitiatedByUserId",
                                     "Status", "PersonGoals",
                                 "OverallResponsibleUnitId", "FirstMeetingDueOn", "CreatedAt", "UpdatedAt", "ClosedAt", "CloseReason",
                                 "Version", "FirstEstablishedAt",
                                 "PersonSortName", "PersonSearchName", "PersonBirthDate")
            SELECT g.id,
                   'SIP-2025-' || lpad(g.i::text, 7, '0'),
                   to_char(date '1940-01-01' + g.i % 25567, 'YYYYMMDD') || lpad((g.i % 1000)::text, 3, '0')
                   || pg_temp.luhn(to_char(date '1940-01-01' + g.i % 25567, 'YYMMDD') || lpad((g.i % 1000)::text, 3, '0')),
                   n.first || ' ' || n.last,
                   false, g.i % 7 = 0,
                   'Beroende och behov av samordnat stöd från socialtjänst och hälso- och sjukvård.',
                   'SocialServicesCase', g.unit, s."OrganizationId", 'GEN-' || g.i, md5('user-' || (g.i % 5000))::uuid,
                   CASE WHEN g.status_roll < 10 THEN 'Draft' WHEN g.status_roll < 25 THEN 'Invited' WHEN g.status_roll < 80
                       THEN 'Established' WHEN g.status_roll < 95 THEN 'Closed' ELSE 'Cancelled' END,
                   CASE WHEN g.status_roll >= 25 THEN 'Jag vill ha ett eget boende och må bättre.' END,
                   CASE WHEN g.status_roll >= 25 AND g.status_roll < 95 THEN g.unit END,
                   CASE WHEN g.overdue THEN (now() - make_interval(days => g.age_days))::date + 21 ELSE current_date + 21 END,
                   now() - make_interval(days => g.age_days),
                   CASE WHEN g.overdue OR g.status_roll >= 10 THEN now() - make_interval(days => g.age_days / 2)
                       ELSE now() - make_interval(days => g.age_days % 10) END,
                   CASE WHEN g.status_roll >= 80 THEN now() - make_interval(days => g.age_days / 3) END,
                   CASE WHEN g.status_roll >= 80 AND g.status_roll < 95 THEN 'GoalsReached' END,
                   1 + g.status_roll % 12,
                   -- as the version below: one transaction, so now() is the same instant
                   CASE WHEN g.status_roll >= 25 AND g.status_roll < 95
                        THEN now() - make_interval(days => g.age_days) + interval '10 days' END,
                   -- as SubjectPerson keeps them: surname first; lower case (these names fold alike in .NET and PostgreSQL)
                   n.last || ' ' || n.first, lower(n.first || ' ' || n.last),
                   -- the day the personnummer above gives
                   date '1940-01-01' + g.i % 25567
            FROM g JOIN social s ON s."Id" = g.unit
            CROSS JOIN LATERAL (SELECT
                   (ARRAY['Anna','Erik','Maria','Lars','Karin','Johan','Eva','Anders','Sara','Mikael','Elin','Peter','Lena','Jonas',
                          'Emma','Fredrik','Sofia','Daniel','Ida','Mattias','Linnea','Oskar','Hanna','Viktor','Maja','Niklas','Julia',
                          'Emil','Frida','Kristian','Amanda','Robert','Malin','Henrik','Alva','Tobias','Ebba','Magnus','Moa','Stefan']
                   )[g.first_name + 1] AS first,
                   (ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson','Gustafsson',
                          'Pettersson','Jonsson','Jansson','Hansson','Bengtsson','Jönsson','Lindberg','Jakobsson','Magnusson','Lindström',
                          'Olofsson','Lindqvist','Lindgren','Berg','Axelsson','Bergström','Lundberg','Lind','Lundgren','Mattsson',
                          'Berglund','Fredriksson','Sandberg','Henriksson','Forsberg','Sjöberg','Wallin','Engström','Eklund','Öhrn']
                   )[g.last_name + 1] AS last) n
            """),
        ("participants", """
            INSERT INTO "PlanParticipants" ("Id", "Kind", "UnitId", "OrganizationId", "DisplayName", "State", "InvitedAt", "RespondBy",
                "RespondedAt", "PlanId", "IsContractedProviderUnit", "MandateCoversConsent")
            SELECT md5(g.id::text || '-initiator')::uuid, 'PrincipalUnit', g.unit, s."OrganizationId", 'Initierande enhet', 'Accepted',
                now() - make_interval(days => g.age_days), NULL, now() - make_interval(days => g.age_days), g.id, false, false
            FROM g JOIN social s ON s."Id" = g.unit
            UNION ALL
            SELECT md5(g.id::text || '-clinic')::uuid, 'PrincipalUnit', g.clinic, c."OrganizationId", 'Kallad enhet',
                   CASE WHEN g.status_roll < 25 THEN 'Invited' ELSE 'Accepted' END,
                   now() - make_interval(days => g.age_days), CASE WHEN g.overdue THEN (now() - make_interval(days => g.age_days))::date + 7
                       ELSE current_date + 7 END,
                   CASE WHEN g.status_roll >= 25 THEN now() - make_interval(days => g.age_days) END, g.id, false, false
            FROM g JOIN care c ON c."Id" = g.clinic
            WHERE g.status_roll >= 10
            """),
        ("consents", """
            INSERT INTO "PlanConsents" ("Id", "GivenBy", "Form", "GivenAt", "RecordedByUserId", "ScopeOrganizationIds",
                "NextOfKinMayTakePart", "PlanId", "NarrowedOrganizationIds", "ScopeUnitIds")
            SELECT md5(g.id::text || '-consent')::uuid, 'Person', 'Written', now() - make_interval(days => g.age_days),
                md5('user-' || (g.i % 5000))::uuid,
                   ARRAY[s."OrganizationId", c."OrganizationId"], g.i % 3 = 0, g.id, '{}'::uuid[], '{}'::uuid[]
            FROM g JOIN social s ON s."Id" = g.unit JOIN care c ON c."Id" = g.clinic
            WHERE g.status_roll >= 10
            """),
        // Every plan past its draft has the municipality's insats and the clinic's; a third have a
        // second one from the clinic. The clinic's wait for acceptance while the plan is invited, and
        // on one established plan in ten (proposed at a follow-up); the others were accepted.
        ("insatser", """
            INSERT INTO "PlanActions" ("Id", "PlanId", "ActionTypeCode", "Principal", "OwningUnitId", "Description", "StartOn", "DueOn",
                "Status", "AcceptBy",
                                       "ProposedAt", "ProposedByUserId", "DecidedAt", "DecidedByUserId", "Nature")
            SELECT md5(g.id::text || '-action-' || a.k)::uuid, g.id, a.code, a.principal, CASE a.principal WHEN 'Municipality' THEN g.unit
                ELSE g.clinic END, a.description,
                   (now() - make_interval(days => g.age_days))::date + 14, NULL,
                   CASE WHEN a.principal = 'Region' AND (g.status_roll < 25 OR (g.status_roll < 80 AND g.i % 10 = a.k)) THEN 'Proposed'
                       ELSE 'Accepted' END,
                   CASE WHEN g.overdue THEN (now() - make_interval(days => g.age_days))::date + 7 ELSE current_date + 7 END,
                   now() - make_interval(days => g.age_days), md5('user-' || (g.i % 5000))::uuid,
                   CASE WHEN a.principal = 'Region' AND (g.status_roll < 25 OR (g.status_roll < 80 AND g.i % 10 = a.k)) THEN NULL
                       ELSE now() - make_interval(days => g.age_days) END,
                   CASE WHEN a.principal = 'Region' AND (g.status_roll < 25 OR (g.status_roll < 80 AND g.i % 10 = a.k)) THEN NULL
                       ELSE md5('user-' || (g.i % 5000))::uuid END,
                   'NotSet'
            FROM g
            JOIN (VALUES (0, 'kommun.boendestod', 'Municipality', 'Boendestöd två gånger i veckan.'),
                         (1, 'region.abstinensbehandling-oppen-vard', 'Region', 'Abstinensbehandling i öppen vård med läkarbedömning.'),
                         (2, 'region.laro', 'Region', 'Läkemedelsassisterad behandling med besök varannan vecka.'))
                             AS a(k, code, principal, description)
              ON a.k < 2 OR g.i % 3 = 0
            WHERE g.status_roll >= 10
            """),
        ("follow-ups", """
            INSERT INTO "PlanFollowUps" ("Id", "DueOn", "PlanId")
            SELECT md5(g.id::text || '-follow-up')::uuid, CASE WHEN g.overdue
                THEN (now() - make_interval(days => g.age_days))::date + 90 + (g.i % 120) ELSE current_date + 1 + (g.i % 120) END, g.id
            FROM g WHERE g.status_roll >= 25 AND g.status_roll < 80
            """),
        ("needs", """
            INSERT INTO "PlanNeeds" ("Id", "Description", "Order", "PlanId")
            SELECT md5(g.id::text || '-need-' || n.k)::uuid, n.description, n.k, g.id
            FROM g
            JOIN (VALUES (0, 'Stöd att hålla sig drogfri.'), (1, 'Ett eget boende.')) AS n(k, description) ON true
            WHERE g.status_roll >= 10
            """),
        // The SIP meeting: held where the plan was established, booked where the units are still
        // invited, and missing where the first meeting is overdue.
        ("meetings", """
            INSERT INTO "PlanMeetings"
                ("Id", "StartsAt", "Day", "Duration", "Location", "VideoLink", "AttendeeParticipantIds", "Status", "Sequence", "PlanId")
            SELECT md5(g.id::text || '-meeting')::uuid,
                   CASE WHEN g.status_roll >= 25 THEN now() - make_interval(days => g.age_days) + interval '10 days'
                       ELSE date_trunc('day', now()) + interval '10 days 9 hours' END,
                   (CASE WHEN g.status_roll >= 25 THEN now() - make_interval(days => g.age_days) + interval '10 days'
                    ELSE date_trunc('day', now()) + interval '10 days 9 hours' END AT TIME ZONE 'Europe/Stockholm')::date,
                   interval '1 hour', 'Socialtjänstens mötesrum', NULL,
                   ARRAY[md5(g.id::text || '-initiator')::uuid, md5(g.id::text || '-clinic')::uuid],
                   CASE WHEN g.status_roll >= 25 THEN 'Held' ELSE 'Scheduled' END, 0, g.id
            FROM g WHERE g.status_roll >= 10 AND g.status_roll < 95 AND NOT (g.status_roll < 25 AND g.overdue)
            """),
        // The established version, with the content the person received in writing.
        ("versions", """
            INSERT INTO "PlanVersions" ("Id", "Number", "EstablishedAt", "EstablishedByUserId", "PersonParticipated", "PersonApprovedAt",
                "ContentJson", "PlanId")
            SELECT md5(g.id::text || '-version-1')::uuid, 1, now() - make_interval(days => g.age_days) + interval '10 days',
                md5('user-' || (g.i % 5000))::uuid, true,
                   now() - make_interval(days => g.age_days) + interval '10 days',
                   json_build_object(
                       'referenceNumber', 'SIP-2025-' || lpad(g.i::text, 7, '0'),
                       'reason', 'Beroende och behov av samordnat stöd från socialtjänst och hälso- och sjukvård.',
                       'personGoals', 'Jag vill ha ett eget boende och må bättre.',
                       'needs', json_build_array('Stöd att hålla sig drogfri.', 'Ett eget boende.'),
                       'participants', json_build_array(
                           json_build_object('id', md5(g.id::text || '-initiator')::uuid, 'kind', 3, 'unitId', g.unit, 'displayName',
                               'Initierande enhet', 'state', 1),
                           json_build_object('id', md5(g.id::text || '-clinic')::uuid, 'kind', 3, 'unitId', g.clinic, 'displayName',
                               'Kallad enhet', 'state', 1)),
                       'actions', json_build_array(
                           json_build_object('id', md5(g.id::text || '-action-0')::uuid, 'actionTypeCode', 'kommun.boendestod', 'principal',
                               'Municipality', 'owningUnitId', g.unit,
                                             'description', 'Boendestöd två gånger i veckan.', 'startOn',
                                                 (now() - make_interval(days => g.age_days))::date + 14, 'dueOn', NULL, 'status', 1),
                           json_build_object('id', md5(g.id::text || '-action-1')::uuid, 'actionTypeCode',
                               'region.abstinensbehandling-oppen-vard', 'principal', 'Region', 'owningUnitId', g.clinic,
                                             'description', 'Abstinensbehandling i öppen vård med läkarbedömning.', 'startOn',
                                                 (now() - make_interval(days => g.age_days))::date + 14, 'dueOn', NULL, 'status', 1)),
                       'overallResponsibleUnitId', g.unit,
                       'nextFollowUpOn', (now() - make_interval(days => g.age_days))::date + 100,
                       'consentId', md5(g.id::text || '-consent')::uuid)::text,
                   g.id
            FROM g WHERE g.status_roll >= 25 AND g.status_roll < 95
            """),
    ];
}
