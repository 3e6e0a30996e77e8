using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sip.Application.Querying;

/// <summary>
/// A query compiled once (EF.CompileAsyncQuery) for each EF Core model it runs against: EF Core binds a
/// compiled query to the first model it meets, and a process may hold several (SQLite and PostgreSQL hosts).
/// </summary>
public sealed class CompiledPerModel<TQuery>
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = new();
    private readonly Func<DbContext, TQuery> _compile;

    /// <param name="compile">Compiles the query; called once for each model.</param>
    public CompiledPerModel(Func<TQuery> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        _compile = _ => compile();
    }

    /// <param name="compile">Compiles the query from the first context of each model, for a query
    /// composed from the context's sets (<see cref="QueryTemplate"/>); the context is not queried.</param>
    public CompiledPerModel(Func<DbContext, TQuery> compile)
    {
        _compile = compile;
    }

    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;

        // The callback that captures the context is made only on a model's first request.
        return _compiled.TryGetValue(model, out var query) ? query : _compiled.GetValue(model, _ => _compile(context));
    }
}
