using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Sip.Application.Notifications;
using Sip.Infrastructure.Persistence;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// Stores reminders on PostgreSQL by binary COPY into a temporary table and one <c>INSERT … ON CONFLICT ("Key") DO NOTHING</c>:
/// the unique key decides which of two racing scans stores a reminder, so nothing is read first and no batch is refused.
/// </summary>
internal static class PostgresReminderCopy
{
    /// <summary>Stores those not stored yet; answers the keys this call stored.</summary>
    public static async Task<HashSet<string>> StoreNewAsync(
        PostgresSipDbContext writer, IReadOnlyList<OutboxMessage> reminders, CancellationToken cancellationToken)
    {
        var columns = Columns(writer.Model);
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var connection = (NpgsqlConnection)writer.Database.GetDbConnection();
        await writer.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var create = new NpgsqlCommand(
                """CREATE TEMP TABLE reminder_batch (LIKE "Outbox") ON COMMIT DROP""", connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var copy = await connection.BeginBinaryImportAsync(
                $"COPY reminder_batch ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var reminder in reminders)
                {
                    await copy.StartRowAsync(cancellationToken);
                    foreach (var column in columns)
                    {
                        if (column.Read(reminder) is { } value)
                        {
                            await copy.WriteAsync(value, column.StoreType, cancellationToken);
                        }
                        else
                        {
                            await copy.WriteNullAsync(cancellationToken);
                        }
                    }
                }

                await copy.CompleteAsync(cancellationToken);
            }

            // In the order of the keys, so that two scans inserting the same reminders take the key
            // locks in the same order: the second waits for the first and skips, never deadlocks.
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await using (var insert = new NpgsqlCommand(
                $"""
                INSERT INTO "Outbox" ({names}) SELECT {names} FROM reminder_batch ORDER BY "Key"
                ON CONFLICT ("Key") DO NOTHING RETURNING "Key"
                """,
                connection,
                transaction))
            await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    stored.Add(reader.GetString(0));
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return stored;
        }
        finally
        {
            await writer.Database.CloseConnectionAsync();
        }
    }

    // COPY names a type without its facets: "character varying", not "character varying(200)".
    private static string StoreTypeName(string storeType) => storeType.Split('(')[0].Trim();

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The outbox's columns as the model maps them, with each property's conversion (enums to text),
    /// so that a column added by a migration is copied without this file knowing it.</summary>
    private static List<Column> Columns(IModel model)
    {
        var entity = model.FindEntityType(typeof(OutboxMessage)) ?? throw new InvalidOperationException("The outbox is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? "Outbox", entity.GetSchema());
        return [.. entity.GetProperties().Select(p => new Column(
            p.GetColumnName(table) ?? p.Name,
            StoreTypeName(p.GetRelationalTypeMapping().StoreType),
            p.PropertyInfo ?? throw new InvalidOperationException($"{p.Name} is not a CLR property."),
            p.GetTypeMapping().Converter))];
    }

    private sealed record Column(
        string Name, string StoreType, System.Reflection.PropertyInfo Property,
        Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? Read(OutboxMessage reminder)
        {
            var value = Property.GetValue(reminder);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
