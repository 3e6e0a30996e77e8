using System.Linq.Expressions;
using System.Reflection;

namespace Sip.Application.Querying;

/// <summary>
/// Makes a compiled query of one composed with ordinary LINQ from helpers: built once from a template
/// of its arguments, each read of a template's member becoming the parameter of that member's name.
/// </summary>
public static class QueryTemplate
{
    // The helpers read the template's members inside their lambdas (a value copied out first would be
    // compiled in as it is); a list is matched by identity wherever it was captured; and a count for
    // Take or Skip is passed as an expression (TakeOf, SkipOf), since those read theirs at once.

    private static readonly MethodInfo TakeMethod =
        new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo SkipMethod =
        new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Skip).Method.GetGenericMethodDefinition();

    /// <summary>
    /// <see cref="Queryable.Take{TSource}(IQueryable{TSource}, int)"/> with the count left as the expression that reads it.
    /// </summary>
    public static IQueryable<T> TakeOf<T>(this IQueryable<T> source, Expression<Func<int>> count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(count);
        return source.Provider.CreateQuery<T>(
            Expression.Call(null, TakeMethod.MakeGenericMethod(typeof(T)), source.Expression, count.Body));
    }

    /// <summary>
    /// <see cref="Queryable.Skip{TSource}(IQueryable{TSource}, int)"/> with the count left as the expression that reads it.
    /// </summary>
    public static IQueryable<T> SkipOf<T>(this IQueryable<T> source, Expression<Func<int>> count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(count);
        return source.Provider.CreateQuery<T>(
            Expression.Call(null, SkipMethod.MakeGenericMethod(typeof(T)), source.Expression, count.Body));
    }

    /// <summary>
    /// The lambda to compile: <paramref name="query"/>, built from <paramref name="template"/>, over
    /// a context parameter and one parameter for each of the template's members named in
    /// <typeparamref name="TDelegate"/>'s order by <paramref name="members"/>.
    /// </summary>
    public static Expression<TDelegate> Parameterize<TDelegate>(IQueryable query, object template, params string[] members)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(members);
        var type = template.GetType();
        var context = Expression.Parameter(typeof(DbContext), "context");
        var byName = members.ToDictionary(m => m, m => Expression.Parameter(Member(type, m).Type, m), StringComparer.Ordinal);
        var byIdentity = new Dictionary<object, ParameterExpression>(ReferenceEqualityComparer.Instance);
        foreach (var (name, parameter) in byName)
        {
            if (Member(type, name).Value(template) is { } value && !value.GetType().IsValueType && value is not string)
            {
                byIdentity[value] = parameter;
            }
        }

        var body = new Replacer(type, byName, byIdentity).Visit(query.Expression);
        return Expression.Lambda<TDelegate>(body, [context, .. members.Select(m => byName[m])]);
    }

    private static (Type Type, Func<object, object?> Value) Member(Type type, string name) =>
        type.GetProperty(name) is { } property ? (property.PropertyType, property.GetValue)
        : throw new ArgumentException($"{type.Name} has no property {name}.", nameof(name));

    private sealed class Replacer(
        Type template, Dictionary<string, ParameterExpression> byName, Dictionary<object, ParameterExpression> byIdentity)
        : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member.DeclaringType == template)
            {
                return byName.TryGetValue(node.Member.Name, out var parameter)
                    ? parameter
                    : throw new InvalidOperationException(
                        $"The query reads {template.Name}.{node.Member.Name}, which is not among the compiled query's parameters.");
            }

            if (node.Expression is ConstantExpression { Value: { } closure }
                && node.Member is FieldInfo field && field.GetValue(closure) is { } value)
            {
                if (byIdentity.TryGetValue(value, out var captured))
                {
                    return captured;
                }

                // A captured subquery is inlined here rather than by EF Core, so that what it reads
                // of the template becomes a parameter too.
                if (value is IQueryable subquery)
                {
                    return Visit(subquery.Expression);
                }
            }

            return base.VisitMember(node);
        }
    }
}
