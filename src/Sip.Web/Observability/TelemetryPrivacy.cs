using System.Data;
using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Sip.Web.Observability;

/// <summary> What the instrumentation would otherwise export about a person. A plan's address holds its id, which leads to a person; a
/// database command's parameters hold what was written about them. </summary>
internal static class TelemetryPrivacy
{
    private const string ParameterTagPrefix = "db.query.parameter.";

    /// <summary> The route template ("/api/v1/plans/{planId:guid}") in place of the path with its ids; a request that matched no route
    /// keeps no path at all, since it may be anything a caller typed. </summary>
    public static void PathAsRoute(Activity activity, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(response);
        var context = response.HttpContext;
        var endpoint = context.Features.Get<IExceptionHandlerPathFeature>()?.Endpoint ?? context.GetEndpoint();
        activity.SetTag("url.path", (endpoint as RouteEndpoint)?.RoutePattern.RawText);
    }

    /// <summary> The instrumentation records parameter values only when an experimental variable asks for them; they are removed here so
    /// that no setting can send them. </summary>
    public static void WithoutParameterValues(Activity activity, IDbCommand command)
    {
        ArgumentNullException.ThrowIfNull(activity);
        List<string>? parameters = null;
        foreach (var tag in activity.TagObjects)
        {
            if (tag.Key.StartsWith(ParameterTagPrefix, StringComparison.Ordinal))
            {
                (parameters ??= []).Add(tag.Key);
            }
        }

        parameters?.ForEach(name => activity.SetTag(name, null));
    }
}
