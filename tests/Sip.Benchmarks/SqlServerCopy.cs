using System.Data;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sip.Infrastructure.Persistence;

namespace Sip.Benchmarks;

/// <summary>
/// The generated national data in SQL Server: the database created and migrated by the app's own
/// initializer, then the generator's rows copied from the PostgreSQL it wrote with SQL Server's bulk
/// copy, a batch at a time, in the types EF Core keeps there. All of it is one transaction, so a copy
/// that fails leaves nothing behind, and the foreign keys are checked as the rows go in, so SQL
/// Server keeps trusting them when it plans a query. The same seed gives the same rows in all three
/// providers.
/// </summary>
internal static class SqlServerCopy
{
    private const int BatchRows = 10_000;

    public static async Task CopyAsync(string postgres, string sqlServer)
    {
        await using (var provider = NationalData.Services(sqlServer, provider: "SqlServer"))
        {
            using var scope = provider.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        var model = Model();
        var clock = Stopwatch.StartNew();
        await using var source = new NpgsqlConnection(postgres);
        await source.OpenAsync();
        await using var target = new SqlConnection(sqlServer);
        await target.OpenAsync();
        await using (var copied = new SqlCommand($"SELECT count(*) FROM [Plans] WHERE {GeneratedTables.Plans}", target))
        {
            if (Convert.ToInt64(await copied.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
            {
                Console.WriteLine("The generated plans are in the SQL Server database already; nothing to copy.");
                return;
            }
        }

        await using var transaction = (SqlTransaction)await target.BeginTransactionAsync();
        foreach (var (table, where) in GeneratedTables.All)
        {
            var key = KeyColumns(model, table);
            var existing = await ExistingKeysAsync(target, transaction, table, where, key);
            using var bulk = new SqlBulkCopy(target,
                SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.KeepNulls | SqlBulkCopyOptions.TableLock, transaction)
            {
                DestinationTableName = $"[{table}]",
                BulkCopyTimeout = 0,
            };
            long rows = 0;
            await foreach (var batch in BatchesAsync(source, table, where))
            {
                if (bulk.ColumnMappings.Count == 0)
                {
                    foreach (DataColumn column in batch.Columns)
                    {
                        bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
                    }
                }

                foreach (var row in batch.Rows.Cast<DataRow>().Where(r => existing.Contains(Key(r.ItemArray, batch.Columns, key))).ToList())
                {
                    batch.Rows.Remove(row);
                }

                await bulk.WriteToServerAsync(batch);
                rows += batch.Rows.Count;
            }

            Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {table}: {rows:N0}");
        }

        await transaction.CommitAsync();
        Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  done: the generated plans copied into SQL Server");
    }

    /// <summary>The model EF Core maps to SQL Server, built without a server.</summary>
    public static IModel Model()
    {
        using var db = new SqlServerSipDbContext((DbContextOptions<SqlServerSipDbContext>)DatabaseRegistration.UseSqlServer(
            new DbContextOptionsBuilder<SqlServerSipDbContext>(), "Server=127.0.0.1;Database=sip;TrustServerCertificate=True").Options);
        return db.Model;
    }

    /// <summary>
    /// One table's generated rows read from PostgreSQL, <see cref="BatchRows"/> at a time, each
    /// value in the type SQL Server's bulk copy writes to the column EF Core maps it to.
    /// </summary>
    public static async IAsyncEnumerable<DataTable> BatchesAsync(NpgsqlConnection source, string table, string where)
    {
        await using var read = new NpgsqlCommand($"""SELECT * FROM "{table}" WHERE {where}""", source) { CommandTimeout = 0 };
        await using var reader = await read.ExecuteReaderAsync();
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
        DataTable Empty()
        {
            var batch = new DataTable(table) { Locale = CultureInfo.InvariantCulture };
            for (var i = 0; i < types.Length; i++)
            {
                batch.Columns.Add(reader.GetName(i), ColumnType(types[i], reader.GetFieldType(i)));
            }

            return batch;
        }

        var batch = Empty();
        var values = new object[types.Length];
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < types.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? DBNull.Value : AsSqlServer(reader, i, types[i]);
            }

            batch.Rows.Add(values);
            if (batch.Rows.Count == BatchRows)
            {
                yield return batch;
                batch = Empty();
            }
        }

        if (batch.Rows.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>
    /// A PostgreSQL value as EF Core keeps it in SQL Server: keys as uniqueidentifier, instants as
    /// datetimeoffset, dates as date, durations as time, and lists of keys as a JSON array.
    /// </summary>
    private static object AsSqlServer(NpgsqlDataReader reader, int i, string type) => type switch
    {
        "uuid" => reader.GetGuid(i),
        "uuid[]" => JsonSerializer.Serialize(reader.GetFieldValue<Guid[]>(i)),
        "timestamp with time zone" => reader.GetFieldValue<DateTimeOffset>(i),
        "date" => reader.GetFieldValue<DateOnly>(i).ToDateTime(TimeOnly.MinValue),
        "interval" => reader.GetFieldValue<TimeSpan>(i),
        _ => reader.GetValue(i),
    };

    private static Type ColumnType(string type, Type read) => type switch
    {
        "uuid[]" => typeof(string),
        "timestamp with time zone" => typeof(DateTimeOffset),
        "date" => typeof(DateTime),
        _ => read,
    };

    /// <summary>The columns of the table's primary key in SQL Server.</summary>
    public static string[] KeyColumns(IModel model, string table) =>
        [.. model.GetRelationalModel().Tables.Single(t => t.Name == table).PrimaryKey!.Columns.Select(c => c.Name)];

    /// <summary>The keys of the rows the condition picks that the target holds already: the organisations and units of the demo
    /// county.</summary>
    [SuppressMessage("Security", "DAP241",
        Justification = "Column and table names from the model and the generator's own conditions; no value comes from outside.")]
    private static async Task<HashSet<string>> ExistingKeysAsync(SqlConnection target, SqlTransaction transaction, string table,
        string where, string[] key)
    {
        await using var read = new SqlCommand($"SELECT {string.Join(", ", key.Select(k => $"[{k}]"))} FROM [{table}] WHERE {where}", target,
            transaction)
        { CommandTimeout = 0 };
        await using var reader = await read.ExecuteReaderAsync();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var values = new object[key.Length];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            keys.Add(string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        }

        return keys;
    }

    private static string Key(object?[] row, DataColumnCollection columns, string[] key) =>
        string.Join('|', key.Select(k => Convert.ToString(row[columns.IndexOf(k)], CultureInfo.InvariantCulture)));
}
