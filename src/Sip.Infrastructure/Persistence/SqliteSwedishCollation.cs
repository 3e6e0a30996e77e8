using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// SQLite knows only binary order (Ä before Å) and ASCII case. Each connection EF Core opens gets
/// .NET's sv-SE comparison with case ignored under <see cref="Name"/>, which the queries name with
/// <c>EF.Functions.Collate</c>. It is kept out of the schema: a column declared with it would make
/// the file unreadable to any tool that has not registered it (sqlite3, backups, the benchmarks).
/// </summary>
public sealed class SqliteSwedishCollation : DbConnectionInterceptor
{
    public const string Name = "SV_SE_CI";

    public static readonly SqliteSwedishCollation Instance = new();

    private static readonly CompareInfo Swedish = CultureInfo.GetCultureInfo("sv-SE").CompareInfo;

    private SqliteSwedishCollation()
    {
    }

    public static int Compare(string? x, string? y) => Swedish.Compare(x, y, CompareOptions.IgnoreCase);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateCollation(Name, Compare);
        }
    }
}
