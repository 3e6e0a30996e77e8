using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Sip.Infrastructure.CompiledModels.Sqlite;
using Sip.Infrastructure.Persistence;

namespace Sip.IntegrationTests;

/// <summary>
/// The embedded default runs on EF Core's compiled model, not on the model its configuration
/// builds. A change to the configuration without <c>deploy/migrations/regenerate.sh</c> would leave
/// the app reading and writing by the old model; these tests catch it.
/// </summary>
public sealed class CompiledModelTests
{
    private static SqliteSipDbContext Context() =>
        new((DbContextOptions<SqliteSipDbContext>)DatabaseRegistration.UseSqlite(new DbContextOptionsBuilder<SqliteSipDbContext>(),
            "Data Source=:memory:").Options);

    [Fact]
    public void The_embedded_default_runs_on_the_compiled_model()
    {
        using var db = Context();

        Assert.IsType<SqliteSipDbContextModel>(db.Model);
    }

    [Fact]
    public void The_compiled_model_has_the_tables_columns_keys_and_indexes_the_configuration_builds()
    {
        using var db = Context();
        var configured = db.GetService<IDesignTimeModel>().Model;

        AssertSame(Tables(configured.GetRelationalModel()), Tables(db.Model.GetRelationalModel()));
    }

    [Fact]
    public void The_compiled_model_maps_every_type_property_navigation_and_filter_as_the_configuration_does()
    {
        using var db = Context();
        var configured = db.GetService<IDesignTimeModel>().Model;

        AssertSame(Shape(configured), Shape(db.Model));
    }

    private static void AssertSame(List<string> configured, List<string> compiled)
    {
        var onlyConfigured = configured.Except(compiled, StringComparer.Ordinal).ToList();
        var onlyCompiled = compiled.Except(configured, StringComparer.Ordinal).ToList();
        Assert.True(
            onlyConfigured.Count == 0 && onlyCompiled.Count == 0,
            $"The compiled model is out of date: run deploy/migrations/regenerate.sh --compiled-model.\nConfigured:\n  " +
                $"{string.Join("\n  ", onlyConfigured)}\nCompiled:\n  {string.Join("\n  ", onlyCompiled)}");
    }

    private static List<string> Tables(IRelationalModel model) =>
        model.Tables
            .SelectMany(table => new[] { $"table {table.Name}" }
                .Concat(table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} nullable {c.IsNullable}"))
                .Concat(table.UniqueConstraints.Select(
                    u => $"{table.Name} key {u.Name} ({Names(u.Columns)}) primary {u.GetIsPrimaryKey()}"))
                .Concat(table.ForeignKeyConstraints.Select(
                    f => $"{table.Name} foreign key {f.Name} ({Names(f.Columns)}) -> {f.PrincipalTable.Name} on delete {f.OnDeleteAction}"))
                .Concat(table.Indexes.Select(
                    i => $"{table.Name} index {i.Name} ({Names(i.Columns)}) unique {i.IsUnique} where {i.Filter}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Names(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));

    private static List<string> Shape(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(type => new[] { $"{type.Name} table {type.GetTableName()} owned {type.IsOwned()} filter " +
                $"{type.GetDeclaredQueryFilters().Count}" }
                .Concat(type.GetDeclaredProperties()
                    .Select(p => $"{type.Name}.{p.Name}: {p.ClrType.Name} stored as {p.GetProviderClrType()?.Name ?? p.ClrType.Name}, " +
                    $"column {p.GetColumnName()}, nullable {p.IsNullable}, max {p.GetMaxLength()}, concurrency {p.IsConcurrencyToken}"))
                .Concat(type.GetDeclaredNavigations()
                    .Select(n => $"{type.Name}.{n.Name} -> {n.TargetEntityType.Name} collection {n.IsCollection} backed by " +
                    $"{n.FieldInfo?.Name}"))
                .Concat(type.GetDeclaredComplexProperties().Select(c => $"{type.Name}.{c.Name} complex {c.ComplexType.ClrType.Name}")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
