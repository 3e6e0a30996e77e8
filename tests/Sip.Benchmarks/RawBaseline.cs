using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Sip.Application.Features.Plans;
using Sip.Application.ReadModels.Documents;
using Sip.Infrastructure.Persistence;

namespace Sip.Benchmarks;

/// <summary>
/// The raw baseline of the API benchmark: the same four questions answered by a minimal endpoint
/// with hand-written SQL over Npgsql, one round trip where one will do, and no Mediator, EF Core,
/// validation, authentication or rate limiting. It keeps what the law makes part of each answer:
/// the access rule of the plan and the access-log entry. The user is named in the query string,
/// as no real endpoint may do; this one listens on 127.0.0.1 for the length of the benchmark.
/// </summary>
internal static class RawBaseline
{
    // The rule of VisiblePlans: the initiating unit, or a unit taking part whose organisation the
    // active consent covers; as a UNION of two index-backed sets.
    private const string Visible = """
        SELECT i."Id" FROM "Plans" i WHERE i."InitiatingUnitId" = ANY(@units)
        UNION
        SELECT x."PlanId" FROM "PlanParticipants" x
        WHERE x."UnitId" = ANY(@units) AND x."State" <> 'Declined'
          AND EXISTS (SELECT 1 FROM "PlanConsents" c WHERE c."PlanId" = x."PlanId" AND c."WithdrawnAt" IS NULL AND c."SupersededAt" IS NULL
                      AND c."ScopeOrganizationIds" && (SELECT array_agg(DISTINCT u."OrganizationId") FROM "Units" u
                          WHERE u."Id" = ANY(@units)))
        """;

    // The same rule as a test of one plan p, for a question that starts from an index of its own.
    // The first meetings due need no test: the unit started those plans.
    private const string SeenBy = """
        (p."InitiatingUnitId" = ANY(@units)
         OR (EXISTS (SELECT 1 FROM "PlanParticipants" x WHERE x."PlanId" = p."Id" AND x."UnitId" = ANY(@units) AND x."State" <> 'Declined')
             AND EXISTS (SELECT 1 FROM "PlanConsents" c WHERE c."PlanId" = p."Id" AND c."WithdrawnAt" IS NULL AND c."SupersededAt" IS NULL
                         AND c."ScopeOrganizationIds" && (SELECT array_agg(DISTINCT u."OrganizationId") FROM "Units" u
                             WHERE u."Id" = ANY(@units)))))
        """;

    // Keyed by time, as the app's entries are (UUIDv7): a random key lands each entry on a random
    // page of the access log's primary key, which outgrows memory as the log grows.
    private const string Log = """
        INSERT INTO "AuditEntries" ("Id", "OccurredAt", "UserId", "UnitId", "PlanId", "Kind", "Action", "Origin")
        VALUES (@entry, now(), @user, @units[1], @plan, @kind, @request, 'baseline')
        """;

    public static async Task<WebApplication> StartAsync(string postgres, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // The driver's settings of the app's connections (statements prepared, no session reset on
        // return to the pool, the same bound on the pool): what any system on Npgsql can set, not
        // part of the app's own cost.
        var data = NpgsqlDataSource.Create(DatabaseRegistration.ForEfCore(postgres));
        app.Lifetime.ApplicationStopped.Register(data.Dispose);

        app.MapGet("/plans/{planId:guid}",
            (Guid planId, Guid user, Guid unit, HttpContext http) => PlanAsync(data, planId, user, unit, http));
        app.MapGet("/plans", (Guid user, Guid unit, HttpContext http) => MyPlansAsync(data, user, unit, http));
        app.MapGet("/inbox", (Guid user, Guid unit, HttpContext http) => InboxAsync(data, user, unit, http));
        app.MapPut("/plans/{planId:guid}/actions/{actionId:guid}/acceptance",
            (Guid planId, Guid actionId, int expectedVersion, Guid user, Guid unit, HttpContext http) =>
            AcceptAsync(data, planId, actionId, expectedVersion, user, unit, http));
        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// The plan's document, kept by the app with every change, as ours reads it: after the access
    /// rule, and only at the plan's version and the app's shape; sent as it is stored. Where none is
    /// current, the plan and its eleven collections in one batch. Then the access-log entry.
    /// </summary>
    private static async Task PlanAsync(NpgsqlDataSource data, Guid planId, Guid user, Guid unit, HttpContext http)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using (var document = new NpgsqlCommand($"""
            SELECT d."Content" FROM "PlanDocuments" d JOIN "Plans" p ON p."Id" = d."PlanId" AND p."Version" = d."Version"
            WHERE d."PlanId" = @plan AND d."Shape" = @shape AND p."Id" IN ({Visible})
            """, connection))
        {
            Parameters(document.Parameters, user, unit, planId, "Read", "GetPlan");
            document.Parameters.AddWithValue("shape", PlanDocuments.Shape);
            if (await document.ExecuteScalarAsync() is string content)
            {
                await LogAsync(connection, user, unit, planId, "Read", "GetPlan");
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(content);
                return;
            }
        }

        string[] collections = ["PlanParticipants", "PlanConsents", "PlanNeeds", "PlanMeetings", "PlanFollowUps", "PlanVersions",
            "PlanCostAllocations", "PlanDeviations", "PlanFeedback"];
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT p."Id", p."ReferenceNumber", p."Status", p."PersonIdentityNumber", p."PersonName", p."PersonHasProtectedIdentity",
                p."PersonChildrenInHousehold",
                   p."Reason", p."OriginKind", p."ExternalCaseReference", p."InitiatingUnitId", iu."Name" AS "InitiatingUnitName",
                       p."PersonGoals",
                   p."OverallResponsibleUnitId", ou."Name" AS "OverallResponsibleUnitName", p."FirstMeetingDueOn", p."CreatedAt",
                       p."UpdatedAt", p."Version"
            FROM "Plans" p JOIN "Units" iu ON iu."Id" = p."InitiatingUnitId" LEFT JOIN "Units" ou ON ou."Id" = p."OverallResponsibleUnitId"
            WHERE p."Id" = @plan AND p."Id" IN ({Visible})
            """));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT a."Id", a."ActionTypeCode", a."Principal", a."OwningUnitId", u."Name" AS "OwningUnitName", a."Description", a."StartOn",
                a."DueOn", a."Status", a."AcceptBy", a."RejectionReason", a."Nature"
            FROM "PlanActions" a JOIN "Units" u ON u."Id" = a."OwningUnitId" WHERE a."PlanId" = @plan
            """));
        foreach (var table in collections)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""SELECT * FROM "{table}" WHERE "PlanId" = @plan"""));
        }

        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
        {
            Parameters(command.Parameters, user, unit, planId, "Read", "GetPlan");
        }

        var json = new MemoryStream();
        var found = false;
        await using (var writer = new Utf8JsonWriter(json))
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            writer.WriteStartObject();
            if (await reader.ReadAsync())
            {
                found = true;
                WriteRow(writer, reader);
                await reader.NextResultAsync();
                foreach (var name in (string[])["Actions", .. collections])
                {
                    await WriteRowsAsync(writer, reader, name);
                    await reader.NextResultAsync();
                }
            }

            writer.WriteEndObject();
        }

        if (!found)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await LogAsync(connection, user, unit, planId, "Read", "GetPlan");
        await WriteAsync(http, json);
    }

    /// <summary>The first page of the social worker's open plans, newest first, with the count, and the access-log entry.</summary>
    private static async Task MyPlansAsync(NpgsqlDataSource data, Guid user, Guid unit, HttpContext http)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        var open = $"""FROM "Plans" p WHERE p."Status" NOT IN ('Closed', 'Cancelled') AND p."Id" IN ({Visible})""";
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT count(*) AS \"TotalCount\" " + open));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT p."Id", p."ReferenceNumber", p."PersonName", p."Status",
                (SELECT u."Name" FROM "Units" u WHERE u."Id" = p."InitiatingUnitId") AS "InitiatingUnitName", p."FirstMeetingDueOn",
                   (SELECT min(f."DueOn") FROM "PlanFollowUps" f WHERE f."PlanId" = p."Id" AND f."DoneAt" IS NULL) AS "NextFollowUpOn",
                       p."UpdatedAt"
            {open}
            ORDER BY p."UpdatedAt" DESC, p."Id" LIMIT 25
            """));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Log));
        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
        {
            Parameters(command.Parameters, user, unit, null, "Read", "ListMyPlans");
        }

        var json = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(json))
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            writer.WriteStartObject();
            await reader.ReadAsync();
            writer.WriteNumber("totalCount", reader.GetInt64(0));
            await reader.NextResultAsync();
            await WriteRowsAsync(writer, reader, "items");
            writer.WriteEndObject();
        }

        await WriteAsync(http, json);
    }

    /// <summary>
    /// The unit's inbox as ours answers it: the first page (25, the default) of invitations, insatser
    /// to accept, first meetings and follow-ups due within a week and the user's rejected proposals,
    /// by due date (none last), then kind, then the item's id; and how many of each kind there are.
    /// The unit is asked for by equality, as ours asks for a user of one unit, and both read the page
    /// and the counts from the entries the application keeps for each unit under the access rule.
    /// </summary>
    private static async Task InboxAsync(NpgsqlDataSource data, Guid user, Guid unit, HttpContext http)
    {
        const int PageSize = 25;
        await using var connection = await data.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);

        // The counts: from the entries the application keeps for each unit under the access rule, as
        // ours counts them for a user of one unit (every benchmark user is), with the horizon applied
        // here; the user's rejected proposals, few, tested by the rule.
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT count(*) FILTER (WHERE e."Kind" = 0) AS "invitationsToAnswer", count(*) FILTER (WHERE e."Kind" = 1) AS "actionsToAccept",
                   count(*) FILTER (WHERE e."Kind" = 2) AS "firstMeetingsDue", count(*) FILTER (WHERE e."Kind" = 3) AS "followUpsDue",
                   (SELECT count(*) FROM "PlanActions" a JOIN "Plans" p ON p."Id" = a."PlanId"
                    WHERE a."ProposedByUserId" = @user AND a."Status" = 'Rejected' AND p."Status" NOT IN ('Closed', 'Cancelled')
                        AND {SeenBy}) AS "actionsRejected"
            FROM "InboxEntries" e
            WHERE e."UnitId" = @unit AND (e."Kind" IN (0, 1) OR e."DueOn" <= current_date + 7)
            """));

        // The page: the first 25 of each kind from the unit's entries, a seek in the page's order on
        // the index alone; the four merged and cut to 25, and only those joined to their plan and
        // item by key; then merged with the user's rejected proposals, tested by the rule.
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT "Kind", "PlanId", "ReferenceNumber", "PlanVersion", "ItemId", "What", "DueOn", "MayDecline" FROM (
                (SELECT e."Kind" AS "Order", (ARRAY['InvitationToAnswer', 'ActionToAccept', 'FirstMeetingDue', 'FollowUpDue'])[e."Kind" + 1]
                    AS "Kind",
                        p."Id" AS "PlanId", p."ReferenceNumber", p."Version" AS "PlanVersion", e."ItemId" AS "Key",
                            NULLIF(e."ItemId", p."Id") AS "ItemId",
                        COALESCE(x."DisplayName", a."Description", CASE e."Kind" WHEN 2 THEN 'SIP-möte ska hållas' ELSE 'Uppföljning'
                            END) AS "What",
                        e."DueOn", COALESCE(x."Kind" = 'OtherActor', false) AS "MayDecline"
                 FROM (SELECT * FROM (({First(0, dated: false)}) UNION ALL ({First(1, dated: false)}) UNION ALL ({First(2, dated: true)})
                     UNION ALL ({First(3, dated: true)})) k
                       ORDER BY "DueOn", "Kind", "ItemId" LIMIT @size) e
                 JOIN "Plans" p ON p."Id" = e."PlanId"
                 LEFT JOIN "PlanParticipants" x ON e."Kind" = 0 AND x."Id" = e."ItemId"
                 LEFT JOIN "PlanActions" a ON e."Kind" = 1 AND a."Id" = e."ItemId")
                UNION ALL
                (SELECT 4, 'ActionRejected', p."Id", p."ReferenceNumber", p."Version", a."Id", a."Id",
                    a."Description" || ' Skäl: ' || COALESCE(a."RejectionReason", ''), NULL::date, false
                 FROM "PlanActions" a JOIN "Plans" p ON p."Id" = a."PlanId"
                 WHERE a."ProposedByUserId" = @user AND a."Status" = 'Rejected' AND p."Status" NOT IN ('Closed', 'Cancelled') AND {SeenBy}
                 ORDER BY a."Id" LIMIT @size)) items
            ORDER BY "DueOn" NULLS LAST, "Order", "Key" LIMIT @size
            """));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Log));
        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
        {
            Parameters(command.Parameters, user, unit, null, "Read", "GetUnitInbox");
            command.Parameters.AddWithValue("size", PageSize);
            command.Parameters.AddWithValue("unit", unit);
        }

        var json = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(json))
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            writer.WriteStartObject();
            await reader.ReadAsync();
            writer.WritePropertyName("counts");
            writer.WriteStartObject();
            WriteRow(writer, reader);
            writer.WriteEndObject();
            var total = Enumerable.Range(0, reader.FieldCount).Sum(reader.GetInt64);
            writer.WriteNumber("totalCount", total);
            writer.WriteNumber("page", 1);
            writer.WriteNumber("pageSize", PageSize);
            await reader.NextResultAsync();
            await WriteRowsAsync(writer, reader, "items");
            writer.WriteEndObject();
        }

        await WriteAsync(http, json);
    }

    /// <summary>Accepts an insats of the user's unit: the plan's version checked and raised, the insats decided, the change logged; one
    /// transaction.</summary>
    private static async Task AcceptAsync(NpgsqlDataSource data, Guid planId, Guid actionId, int expectedVersion, Guid user, Guid unit,
        HttpContext http)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            UPDATE "Plans" SET "Version" = "Version" + 1, "UpdatedAt" = now()
            WHERE "Id" = @plan AND "Version" = @expected AND "Status" IN ('Invited', 'Established') AND "Id" IN ({Visible})
            """));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            UPDATE "PlanActions" SET "Status" = 'Accepted', "DecidedAt" = now(), "DecidedByUserId" = @user
            WHERE "Id" = @action AND "PlanId" = @plan AND "OwningUnitId" = ANY(@units) AND "Status" = 'Proposed'
            """));
        // The insats no longer waits in the unit's inbox, as the application keeps it.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""DELETE FROM "InboxEntries" WHERE "PlanId" = @plan AND "ItemId" = @action"""));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Log));
        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
        {
            Parameters(command.Parameters, user, unit, planId, "Change", "DecideAction");
            command.Parameters.AddWithValue("expected", expectedVersion);
            command.Parameters.AddWithValue("action", actionId);
        }

        await batch.ExecuteNonQueryAsync();
        if (batch.BatchCommands[0].RecordsAffected != 1 || batch.BatchCommands[1].RecordsAffected != 1)
        {
            await transaction.RollbackAsync();
            http.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        await transaction.CommitAsync();
        await http.Response.WriteAsJsonAsync(new { version = expectedVersion + 1 });
    }

    /// <summary>The first page of one kind of the unit's entries, by date; first meetings and follow-ups only within the week.</summary>
    private static string First(int kind, bool dated) => $"""
        SELECT "Kind", "PlanId", "ItemId", "DueOn" FROM "InboxEntries"
            WHERE "UnitId" = @unit AND "Kind" = {kind}{(dated ? """ AND "DueOn" <= current_date + 7""" : "")}
        ORDER BY "DueOn", "ItemId" LIMIT @size
        """;

    private static void Parameters(NpgsqlParameterCollection parameters, Guid user, Guid unit, Guid? plan, string kind, string action)
    {
        parameters.AddWithValue("units", new[] { unit });
        parameters.AddWithValue("user", user);
        parameters.Add(new NpgsqlParameter("plan", NpgsqlDbType.Uuid) { Value = plan is { } id ? id : DBNull.Value });
        parameters.AddWithValue("kind", kind);
        parameters.AddWithValue("request", action);
        parameters.AddWithValue("entry", Guid.CreateVersion7());
    }

    private static async Task LogAsync(NpgsqlConnection connection, Guid user, Guid unit, Guid plan, string kind, string action)
    {
        await using var command = new NpgsqlCommand(Log, connection);
        Parameters(command.Parameters, user, unit, plan, kind, action);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WriteRowsAsync(Utf8JsonWriter writer, NpgsqlDataReader reader, string name)
    {
        writer.WriteStartArray(name);
        while (await reader.ReadAsync())
        {
            writer.WriteStartObject();
            WriteRow(writer, reader);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, NpgsqlDataReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            writer.WritePropertyName(reader.GetName(i));
            JsonSerializer.Serialize(writer, reader.IsDBNull(i) ? null : reader.GetValue(i));
        }
    }

    private static async Task WriteAsync(HttpContext http, MemoryStream json)
    {
        http.Response.ContentType = "application/json";
        json.Position = 0;
        await json.CopyToAsync(http.Response.Body);
    }
}
