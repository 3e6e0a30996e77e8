using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Sip.Application;
using Sip.Application.Abstractions;
using Sip.Infrastructure.Persistence;
using Sip.Web.Api;
using Sip.Web.Auth;
using Sip.Web.Components;
using Sip.Web.Jobs;
using Sip.Web.Localization;
using Sip.Web.Security;

namespace Sip.Web.Hosting;

/// <summary>The pages, the API and sign-in: everything a process of the roles All and Web serves besides its probes.</summary>
internal static class WebFrontEnd
{
    private const string CookieOrBearer = "CookieOrBearer";

    public static void AddWebFrontEnd(this WebApplicationBuilder builder)
    {
        // Demo lists the seeded users; Oidc signs in through the county's identity provider. Anything
        // else stops start-up rather than silently running as a demo.
        var authMode = builder.Configuration["Auth:Mode"] ?? "Demo";
        if (!IsDemo(builder.Configuration) && !OidcSignIn.IsEnabled(builder.Configuration))
        {
            throw new InvalidOperationException($"Auth:Mode '{authMode}' is not supported; use Demo or Oidc.");
        }

        builder.Services.AddApplication();
        builder.Services.AddSharedDataProtection();
        builder.Services.AddWebSecurity(builder.Configuration, builder.Environment);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        builder.Services.Replace(ServiceDescriptor.Scoped<Mediator.ISender, RequestScopedSender>());

        if (DatabaseRegistration.ProviderFrom(builder.Configuration) == DatabaseProvider.Postgres)
        {
            builder.Services.AddHostedService(sp => new DirectoryChangeListener(
                sp.GetRequiredService<DirectoryUsers>(), builder.Configuration.GetConnectionString("Sip")!,
                    sp.GetRequiredService<ILogger<DirectoryChangeListener>>()));
        }

        // The UI signs in with a cookie; API clients send a bearer token. One policy scheme picks per request.
        var bearerConfigured = BearerTokens.IsConfigured(builder.Configuration);
        var authentication = builder.Services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                bearerConfigured
                && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokens.Scheme
                    : SipClaims.Scheme)
            .AddCookie(SipClaims.Scheme, options =>
            {
                options.LoginPath = "/logga-in";
                options.AccessDeniedPath = "/ingen-atkomst";
                options.Cookie.Name = "sip.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = WebSecurity.CookiePolicy(builder.Environment);
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;

                // An API client gets a status code, not the sign-in page.
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden),
                    OnValidatePrincipal = AccountRevalidation.ValidateAsync,
                };
            });

        if (OidcSignIn.IsEnabled(builder.Configuration))
        {
            authentication.AddOpenIdConnect(OidcSignIn.Scheme, "Inloggning", options =>
                OidcSignIn.Configure(options, builder.Configuration));
        }

        if (BearerTokens.IsConfigured(builder.Configuration))
        {
            authentication.AddJwtBearer(BearerTokens.Scheme, options => BearerTokens.Configure(options, builder.Configuration));
        }

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "SIP – samordnad individuell plan";
                document.Info.Description =
                    "Hela SIP-processen som REST: starta från ärende, samtycke, kallelser, insatser, fastställande, uppföljning. Fel " +
                    "är RFC 9457 problem details.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(ApiExamples.AddTo);
        });
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<Documents.DocumentFonts>();

        // A dropped connection (a laptop between meetings) gets ten minutes to come back to the same
        // session, so nothing typed is lost; Blazor's default is three.
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(10));
    }

    /// <summary> The keys that sign the session cookie and the antiforgery tokens live in the database under one application name, so that
    /// a cookie or a form from one web node is good on every other, wherever each is installed. </summary>
    public static IDataProtectionBuilder AddSharedDataProtection(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName("SIP").PersistKeysToDbContext<SipDbContext>();

    public static void UseWebFrontEnd(this WebApplication app, ProcessSetup setup)
    {
        app.UseRequestLocalization(LanguageChoice.Options());
        app.UseExceptionHandler();
        app.UseWebSecurity();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAuthentication();
        DemoPlans.HoldSignedInRequests(app);
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.UseJobDashboard(setup);
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("SIP API"));
        app.MapGroup("/api/v1").RequireAuthorization().RequireRateLimiting(WebSecurity.ApiRateLimit).MapPlanEndpoints()
            .MapPlanCommandEndpoints().MapAdministrationEndpoints();
        if (IsDemo(app.Configuration))
        {
            app.MapDemoSignIn();
        }
        else
        {
            app.MapOidcSignIn();
        }

        app.MapSignOut();
        app.MapLanguageChoice();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    private static bool IsDemo(IConfiguration configuration) =>
        string.Equals(configuration["Auth:Mode"] ?? "Demo", "Demo", StringComparison.OrdinalIgnoreCase);

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
