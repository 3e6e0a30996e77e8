using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sip.Infrastructure.Persistence;

namespace Sip.Benchmarks;

/// <summary>
/// The generated national data in the embedded SQLite default: the database created and migrated
/// by the app's own initializer, then the generated organisations, units and plans with their
/// participants, consents, needs, insatser, meetings, versions and follow-ups copied from the PostgreSQL the generator wrote,
/// row for row, in the formats EF Core keeps in SQLite. The same seed gives the same rows in both.
/// </summary>
internal static class SqliteCopy
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    public static async Task<int> CopyAsync(string postgres, string sqliteFile)
    {
        var sqlite = $"Data Source={sqliteFile}";
        await using (var provider = NationalData.Services(sqlite, provider: "Sqlite"))
        {
            using var scope = provider.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        var clock = Stopwatch.StartNew();
        await using var source = new NpgsqlConnection(postgres);
        await source.OpenAsync();
        await using var target = new SqliteConnection(sqlite);
        await target.OpenAsync();
        await using (var pragma = new SqliteCommand("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;", target))
        {
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await target.BeginTransactionAsync();
        foreach (var (table, where) in GeneratedTables.All)
        {
            var rows = await CopyTableAsync(source, target, transaction, table, where);
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {table}: {rows:N0}");
        }

        await transaction.CommitAsync();
        await using var count = new SqliteCommand("""SELECT count(*) FROM "Plans" """, target);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  done: {await count.ExecuteScalarAsync()} plans in {sqliteFile}");
        return 0;
    }

    private static async Task<long> CopyTableAsync(NpgsqlConnection source, SqliteConnection target, SqliteTransaction transaction,
        string table, string where)
    {
        await using var read = new NpgsqlCommand($"""SELECT * FROM "{table}" WHERE {where}""", source) { CommandTimeout = 0 };
        await using var reader = await read.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => (Name: reader.GetName(i), Type: reader.GetDataTypeName(i)))
            .ToList();

        // The demo county is in both databases already; the generated rows are new to SQLite.
        await using var insert = new SqliteCommand(
            $"""INSERT OR IGNORE INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES (""" +
            $"""{string.Join(", ", columns.Select((_, i) => "$p" + i))})""", target, transaction);
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToList();
        await insert.PrepareAsync();
        long rows = 0;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = reader.IsDBNull(i) ? DBNull.Value : AsSqlite(reader, i, columns[i].Type);
            }

            await insert.ExecuteNonQueryAsync();
            rows++;
        }

        return rows;
    }

    /// <summary>A PostgreSQL value in the form EF Core stores it in SQLite: keys as upper-case text, instants as their binary form, dates
    /// as ISO text.</summary>
    private static object AsSqlite(NpgsqlDataReader reader, int i, string type) => type switch
    {
        "uuid" => reader.GetGuid(i).ToString("D").ToUpperInvariant(),
        "uuid[]" => JsonSerializer.Serialize(reader.GetFieldValue<Guid[]>(i).Select(g => g.ToString("D").ToUpperInvariant())),
        "timestamp with time zone" => Instant.ConvertToProvider(new DateTimeOffset(reader.GetFieldValue<DateTime>(i)))!,
        "date" => reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "interval" => reader.GetFieldValue<TimeSpan>(i).ToString("c", CultureInfo.InvariantCulture),
        _ => reader.GetValue(i),
    };
}
