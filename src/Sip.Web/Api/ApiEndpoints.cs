using Mediator;

namespace Sip.Web.Api;

/// <summary>What the API's endpoints share: a query answered as it is, and the problems each documents.</summary>
internal static class ApiEndpoints
{
    /// <summary>GET answering with 200 a query bound from the route and the query string, named as its type.</summary>
    public static RouteHandlerBuilder MapQuery<TQuery, TResult>(this IEndpointRouteBuilder routes, string pattern)
        where TQuery : IQuery<TResult> =>
        routes.MapGet(pattern, async ([AsParameters] TQuery query, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(query, ct)))
            .WithName(typeof(TQuery).Name)
            .Produces<TResult>();

    /// <summary>401 and 403: the caller is not signed in, or may not ask this.</summary>
    public static RouteHandlerBuilder ProducesAccessProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>401, 403 and 404: as <see cref="ProducesAccessProblems"/>, or what was asked about is not there.</summary>
    public static RouteHandlerBuilder ProducesPlanProblems(this RouteHandlerBuilder builder) => builder
        .ProducesAccessProblems()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
