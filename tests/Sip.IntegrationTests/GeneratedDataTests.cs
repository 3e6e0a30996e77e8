extern alias Benchmarks;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Benchmarks::Sip.Benchmarks;
using Sip.Application.Features;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The performance benchmarks run on data the generator writes into PostgreSQL and copies into the
/// other providers. Here a small generation is written into a PostgreSQL database of its own. Its
/// copy into SQLite is made and read back by the app's own model. Its copy into SQL Server, which
/// cannot run on these machines, is checked row by row against the model EF Core maps to SQL Server.
/// </summary>
public sealed class GeneratedDataTests : IAsyncLifetime
{
    private const int Plans = 600;

    private readonly PostgresTestDatabase _postgres = new();
    private readonly SqliteTestDatabase _sqlite = new();

    public async Task InitializeAsync()
    {
        await _sqlite.InitializeAsync();
        await _postgres.InitializeAsync();
        if (PostgresServer.SkipReason is null)
        {
            await NationalData.SeedAsync(new Options(Plans, _postgres.ConnectionString, Seed: 20261202, Out: null, OverduePercent: 5));
        }
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [PostgresFact]
    public async Task The_generated_plans_copied_into_SQLite_are_the_plans_in_PostgreSQL_to_the_app()
    {
        await SqliteCopy.CopyAsync(_postgres.ConnectionString, new SqliteConnectionStringBuilder(_sqlite.ConnectionString).DataSource);

        await using var postgres = _postgres.CreateContext();
        await using var sqlite = _sqlite.CreateContext();
        foreach (var (table, where) in GeneratedTables.All)
        {
            var sql = $"""SELECT count(*) AS "Value" FROM "{table}" WHERE {where}""";
            Assert.Equal(await postgres.Database.SqlQueryRaw<int>(sql).SingleAsync(),
                await sqlite.Database.SqlQueryRaw<int>(sql).SingleAsync());
        }

        var references = await postgres.Plans.Where(p => p.ReferenceNumber.StartsWith("SIP-2025-")).Select(p => p.ReferenceNumber)
            .OrderBy(r => r).ToListAsync();
        Assert.Equal(Plans, references.Count);

        // Every plan the app loads whole, with every collection of the aggregate, is the same plan in both.
        foreach (var chunk in references.Chunk(100))
        {
            var expected = await postgres.Plans.AsNoTracking().Whole().AsSplitQuery().Where(p => chunk.Contains(p.ReferenceNumber))
                .OrderBy(p => p.ReferenceNumber).ToListAsync();
            var actual = await sqlite.Plans.AsNoTracking().Whole().AsSplitQuery().Where(p => chunk.Contains(p.ReferenceNumber))
                .OrderBy(p => p.ReferenceNumber).ToListAsync();
            Assert.Equal(expected.Count, actual.Count);
            foreach (var (plan, copy) in expected.Zip(actual))
            {
                Assert.Equal(Json(plan), Json(copy));
            }
        }
    }

    [PostgresFact]
    public async Task The_generated_rows_are_copied_into_SQL_Server_in_the_columns_and_types_of_its_model()
    {
        var model = SqlServerCopy.Model();
        var tables = model.GetRelationalModel().Tables.ToDictionary(t => t.Name);
        await using var source = new NpgsqlConnection(_postgres.ConnectionString);
        await source.OpenAsync();
        foreach (var (name, where) in GeneratedTables.All)
        {
            var table = tables[name];
            var rows = 0;
            await foreach (var batch in SqlServerCopy.BatchesAsync(source, name, where))
            {
                var columns = batch.Columns.Cast<System.Data.DataColumn>().ToList();
                Assert.Equal(table.Columns.Select(c => c.Name).Order(), columns.Select(c => c.ColumnName).Order());

                // The demo county's rows already there are left out by these keys.
                Assert.NotEmpty(SqlServerCopy.KeyColumns(model, name));
                Assert.All(SqlServerCopy.KeyColumns(model, name), key => Assert.Contains(key, columns.Select(c => c.ColumnName)));
                foreach (var column in columns)
                {
                    var mapped = table.FindColumn(column.ColumnName)!;
                    Assert.True(column.DataType == BulkCopyType(mapped.StoreType),
                        $"{name}.{mapped.Name} is {mapped.StoreType}; the copy gives {column.DataType.Name}.");
                    foreach (System.Data.DataRow row in batch.Rows)
                    {
                        AssertFits(mapped, row[column]);
                    }
                }

                rows += batch.Rows.Count;
            }

            Assert.True(rows > 0, $"The generator wrote no rows into {name}.");
        }
    }

    /// <summary>A value SQL Server takes into the column, and EF Core reads back as it would write it: an enum by its name, a list of keys
    /// as its JSON.</summary>
    private static void AssertFits(IColumn column, object value)
    {
        var where = $"{column.Table.Name}.{column.Name}";
        if (value is DBNull)
        {
            Assert.True(column.IsNullable, $"{where} is required; the copy gives no value.");
            return;
        }

        if (value is string text && MaxLength(column.StoreType) is { } max)
        {
            Assert.True(text.Length <= max, $"{where} takes {max} characters; the copy gives {text.Length}.");
        }

        foreach (var property in column.PropertyMappings.Select(m => m.Property))
        {
            if (property.GetTypeMapping().Converter is { } converter)
            {
                Assert.Equal(value, converter.ConvertToProvider(converter.ConvertFromProvider(value)));
            }
        }
    }

    /// <summary>The type SQL Server's bulk copy writes to a column of this store type without a conversion of its own.</summary>
    private static Type BulkCopyType(string storeType) => storeType.Split('(')[0] switch
    {
        "uniqueidentifier" => typeof(Guid),
        "datetimeoffset" => typeof(DateTimeOffset),
        "date" => typeof(DateTime),
        "time" => typeof(TimeSpan),
        "bit" => typeof(bool),
        "int" => typeof(int),
        "bigint" => typeof(long),
        "decimal" => typeof(decimal),
        "nvarchar" => typeof(string),
        _ => throw new NotSupportedException($"The test knows no bulk copy type for {storeType}."),
    };

    private static int? MaxLength(string storeType) =>
        storeType.StartsWith("nvarchar(", StringComparison.Ordinal)
            && int.TryParse(storeType["nvarchar(".Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : null;

    private static readonly JsonSerializerOptions Serialization = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter(), new Milliseconds() },
    };

    /// <summary>A plan as JSON, every list in the order of its keys, as the providers need not load a collection in the same
    /// order.</summary>
    private static string Json(object plan)
    {
        var node = JsonSerializer.SerializeToNode(plan, plan.GetType(), Serialization)!;
        Sort(node);
        return node.ToJsonString();
    }

    private static void Sort(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Sort(child);
                }

                break;
            case JsonArray a:
                var items = a.ToList();
                items.ForEach(Sort);
                a.Clear();
                foreach (var item in items.OrderBy(i => i is JsonObject o && o["Id"] is { } id ? id.ToJsonString() : string.Empty,
                    StringComparer.Ordinal))
                {
                    a.Add(item?.DeepClone());
                }

                break;
        }
    }

    /// <summary>
    /// Instants to the millisecond: SQLite keeps them to a tenth of one in the form EF Core gives
    /// them there, PostgreSQL to the microsecond.
    /// </summary>
    private sealed class Milliseconds : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
