using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sip.Application.Pipeline;

/// <summary>
/// A query compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>)
/// for each EF Core model it runs against. EF Core binds a compiled query to the first model it
/// meets and refuses any other; a process has one model per provider and configuration, and more
/// than one where several hosts share it (the integration tests run SQLite and PostgreSQL hosts
/// side by side), so the compilation is kept per model.
/// </summary>
/// <param name="compile">Compiles the query; called once for each model.</param>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = new();

    // One callback for the life of the query: a lambda written at the call would be a new delegate
    // on every request.
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile = _ => compile();

    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _compiled.GetValue(context.Model, _compile);
    }
}
