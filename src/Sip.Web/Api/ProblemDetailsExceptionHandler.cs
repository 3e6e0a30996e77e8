using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Querying;
using Sip.Domain.Common;

namespace Sip.Web.Api;

/// <summary> Turns every failure of a use case into an RFC 9457 problem: 400 with every field error, 401, 403, 404, 409 on a concurrent
/// edit, 422 with the domain rule's code. Never a 500 for bad input. </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException v => Validation(v),
            DomainException d => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Regeln tillåter inte ändringen.",
                Detail = d.Message,
                Type = "https://sip.example.se/problems/rule",
                Extensions = { ["code"] = d.Code },
            },
            NotAuthenticatedException n => Simple(StatusCodes.Status401Unauthorized, "Inte inloggad.", n.Message),
            ForbiddenException f => Simple(StatusCodes.Status403Forbidden, "Behörighet saknas.", f.Message),
            NotFoundException nf => Simple(StatusCodes.Status404NotFound, "Hittades inte.", nf.Message),
            ConcurrencyConflictException c => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Planen har ändrats av någon annan.",
                Detail = c.Message,
                Extensions = { ["currentVersion"] = c.CurrentVersion },
            },
            DbUpdateConcurrencyException => Simple(
                StatusCodes.Status409Conflict, "Planen har ändrats av någon annan.", "Läs in planen igen och gör om ändringen."),
            BadHttpRequestException b => Simple(StatusCodes.Status400BadRequest, "Felaktig begäran.", b.Message),
            CommitOutcomeUnknownException unknown => Unavailable(httpContext, unknown.Message),
            _ when DatabaseAway.Cause(exception) is { SqlState: ['2', '3', ..] } => Simple(
                StatusCodes.Status409Conflict, "Ändringen krockade med en annan.", "Läs in planen igen och gör om ändringen."),
            _ when DatabaseAway.Is(exception) => Unavailable(httpContext, "Inget sparades. Försök igen om en stund."),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => string.IsNullOrEmpty(e.PropertyName) ? "request" : JsonName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Uppgifterna behöver rättas.",
        };
    }

    /// <summary>Field names as the JSON body spells them: "Placement.StartedOn" → "placement.startedOn".</summary>
    private static string JsonName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ProblemDetails Simple(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    /// <summary> The database stayed away (a restart, a failover, a network cut) for longer than the app waits for it, and the caller may
    /// send the request again shortly. Not a 500: nothing is wrong with the request. The detail says whether the change is known to be
    /// unsaved. </summary>
    private static ProblemDetails Unavailable(HttpContext context, string detail)
    {
        context.Response.Headers.RetryAfter = "5";
        return Simple(StatusCodes.Status503ServiceUnavailable, "Databasen svarar inte just nu.", detail);
    }
}
