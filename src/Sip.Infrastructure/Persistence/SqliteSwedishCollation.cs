using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// Gives each SQLite connection .NET's sv-SE order, case ignored, under <see cref="Name"/> for <c>EF.Functions.Collate</c>.
/// It stays out of the schema, which would otherwise be unreadable to tools that have not registered it.
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
