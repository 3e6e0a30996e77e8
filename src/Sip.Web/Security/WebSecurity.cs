using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sip.Web.Security;

/// <summary> The browser-facing protections: response headers (a Content-Security-Policy that Blazor Server and MudBlazor work under, no
/// framing, no sniffing, no referrer), HSTS outside development, secure cookies, and a per-user rate limit on the API. </summary>
internal static class WebSecurity
{
    public const string ApiRateLimit = "api";

    /// <summary> Scripts only from the app itself: no inline script, no eval. MudBlazor sets style attributes, so inline styles are
    /// allowed; the circuit's WebSocket is same-origin ('self'). </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference (Scalar) and the job dashboard (Hangfire) are third-party pages that configure themselves with inline
    /// script.</summary>
    private const string ToolPagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' " +
            "data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Cookies travel over HTTPS only, except on a developer's own http://localhost.</summary>
    public static CookieSecurePolicy CookiePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "sip.antiforgery";
            // Secure whenever the request is: with Always, a plain-http request (a probe, a proxy
            // without forwarded headers) would fail to render any page with a form.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // Each signed-in user (or, before signing in, each address) gets a bucket of requests that
        // refills every minute: enough for any person or case system, not for a script harvesting plans.
        var perMinute = configuration.GetValue("RateLimiting:ApiRequestsPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(ApiRateLimit, context => RateLimitPartition.GetTokenBucketLimiter(
                Auth.SipClaims.UserIdOf(context.User)?.ToString() ?? context.User.FindFirstValue("sub")
                    ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "För många anrop.",
                    detail: $"Högst {perMinute} anrop per minut; försök igen om en stund.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    /// <summary> A plain form (sign-in, sign-out, language) is accepted only with the token of the page that showed it; without, the answer
    /// is 400 and nothing happens. </summary>
    public static RouteHandlerBuilder RequireFormToken(this RouteHandlerBuilder endpoint) =>
        endpoint
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>() is { IsValid: false }
                    ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Formuläret kunde inte skickas.",
                        detail: "Sidan var för gammal. Ladda om den och försök igen.")
                    : await next(context));

    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var path = context.Request.Path;
                headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar") || path.StartsWithSegments("/hangfire") ? ToolPagePolicy
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
