using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Auth;

/// <summary> Sign-in through the county's identity provider (OpenID Connect, e.g. SITHS via Inera IdP or the region's Entra ID). The
/// provider says who the person is; the SIP directory says what they may do. Someone the provider knows but the directory does not is
/// refused, never let in with no role. </summary>
internal static class OidcSignIn
{
    public const string Scheme = "oidc";
    public const string Path = "/konto/oidc-inloggning";

    public static bool IsEnabled(IConfiguration configuration) =>
        string.Equals(configuration["Auth:Mode"], "Oidc", StringComparison.OrdinalIgnoreCase);

    public static void Configure(OpenIdConnectOptions options, IConfiguration configuration)
    {
        options.Authority = configuration["Auth:Oidc:Authority"]
            ?? throw new InvalidOperationException("Auth:Oidc:Authority is required when Auth:Mode is Oidc.");
        options.ClientId = configuration["Auth:Oidc:ClientId"]
            ?? throw new InvalidOperationException("Auth:Oidc:ClientId is required when Auth:Mode is Oidc.");
        options.ClientSecret = configuration["Auth:Oidc:ClientSecret"];
        options.ResponseType = "code";
        options.UsePkce = true;
        options.SignInScheme = SipClaims.Scheme;
        options.CallbackPath = "/signin-oidc";
        options.SaveTokens = false;
        options.Scope.Clear();
        foreach (var scope in (configuration["Auth:Oidc:Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            options.Scope.Add(scope);
        }

        var userClaim = configuration["Auth:Oidc:UserClaim"] ?? "preferred_username";
        var matchOnHsaId = string.Equals(configuration["Auth:Oidc:MatchOn"], "HsaId", StringComparison.OrdinalIgnoreCase);
        options.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = async context =>
            {
                var accounts = context.HttpContext.RequestServices.GetRequiredService<DirectoryAccounts>();
                var user = await DirectoryUserAsync(accounts, context.Principal, userClaim, matchOnHsaId,
                    context.HttpContext.RequestAborted);
                if (user is null)
                {
                    context.Fail("Inloggningen lyckades, men du finns inte som aktiv användare i SIP. Kontakta din administratör.");
                    return;
                }

                context.Principal = SipClaims.For(user);
                Localization.LanguageChoice.Remember(context.Response, user.Language);
            },
            OnRemoteFailure = context =>
            {
                context.Response.Redirect("/logga-in?fel=oidc");
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>The directory's user for the identity the provider vouched for, or null if there is none active.</summary>
    public static async Task<UserAccount?> DirectoryUserAsync(
        DirectoryAccounts accounts, ClaimsPrincipal? external, string userClaim, bool matchOnHsaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var value = external?.FindFirst(userClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return matchOnHsaId
            ? await accounts.ActiveByHsaIdAsync(value, cancellationToken)
            : await accounts.ActiveByUserNameAsync(value, cancellationToken);
    }

    public static void MapOidcSignIn(this WebApplication app) =>
        app.MapGet(Path, async (HttpContext context, string? returnUrl, ILogger<OidcSignInEndpoint> log) =>
            {
                var back = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/')
                    && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
                try
                {
                    await context.ChallengeAsync(Scheme, new AuthenticationProperties { RedirectUri = back });
                }
                catch (InvalidOperationException unreachable)
                {
                    // The provider's discovery document could not be read: tell the person, not a 500.
                    OidcSignInEndpoint.ProviderUnreachable(log, unreachable);
                    context.Response.Redirect("/logga-in?fel=oidc");
                }
            })
            .ExcludeFromDescription();
}

/// <summary>The sign-in endpoint's log category and messages.</summary>
internal sealed partial class OidcSignInEndpoint
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The identity provider could not be reached.")]
    public static partial void ProviderUnreachable(ILogger logger, Exception exception);
}
