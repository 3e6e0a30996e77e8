using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sip.Application.Querying;

/// <summary>
/// A query compiled once
/// (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>)
/// for each EF Core model it runs against. EF Core binds a compiled query to the first model it
/// meets and refuses any other; a process has one model per provider and configuration, and more
/// than one where several hosts share it (the integration tests run SQLite and PostgreSQL hosts
/// side by side), so the compilation is kept per model.
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
