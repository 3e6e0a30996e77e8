using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sip.Application.ReadModels;

/// <summary>
/// Inserts read-model rows with plain INSERT statements in the caller's transaction, without
/// SaveChanges: the read models are written while the context is still saving the domain change.
/// </summary>
internal static class RowInsert
{
    /// <summary>Rows per statement: few enough parameters for every provider (SQL Server takes 2,100).</summary>
    private const int RowsPerStatement = 200;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var mapping = entity.GetTableMappings().Single();
        var table = mapping.Table;
        var columns = mapping.ColumnMappings.Select(c => (c.Property, Column: c.Column.Name)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";

        // Parameters made by each column's own type mapping, as EF Core's own save makes them.
        await using var maker = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var text = new StringBuilder(into);
            var parameters = new List<DbParameter>();
            foreach (var row in chunk)
            {
                text.Append(parameters.Count == 0 ? "(" : ", (");
                for (var i = 0; i < columns.Count; i++)
                {
                    var property = columns[i].Property;
                    var type = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                    var value = property.GetGetter().GetClrValue(row);
                    text.Append(i == 0 ? "{" : ", {").Append(parameters.Count).Append('}');
                    parameters.Add(type.CreateParameter(maker, "p" + parameters.Count, value, property.IsNullable));
                }

                text.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, cancellationToken);
        }
    }
}
