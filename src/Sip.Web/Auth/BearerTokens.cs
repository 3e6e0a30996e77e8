using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Auth;

/// <summary> JWT bearer tokens for API clients, e.g. a municipality's case system acting for one of its staff. The token names the user
/// (<c>sip:user</c>, or <c>hsa_id</c>); role and units come from our directory, never from the token, so a token cannot widen anyone's
/// access. </summary>
internal static class BearerTokens
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;
    public const string HsaIdClaim = "hsa_id";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Auth:Jwt:Issuer"]);

    public static void Configure(JwtBearerOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth:Jwt");
        var authority = section["Authority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            // Keys are fetched from the identity provider's metadata.
            options.Authority = authority;
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = section["Issuer"],
            ValidAudience = section["Audience"] ?? "sip-api",
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            IssuerSigningKey = section["SigningKey"] is { Length: > 0 } key ? new SymmetricSecurityKey(Convert.FromBase64String(key))
                : null,
        };
        options.Events = new JwtBearerEvents { OnTokenValidated = ToDirectoryUserAsync };
    }

    private static async Task ToDirectoryUserAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<DirectoryAccounts>();
        var aborted = context.HttpContext.RequestAborted;
        var user = Guid.TryParse(principal.FindFirstValue(SipClaims.UserId), out var id)
            ? await accounts.ActiveAsync(id, aborted)
            : principal.FindFirstValue(HsaIdClaim) is { Length: > 0 } hsaId
                ? await accounts.ActiveByHsaIdAsync(hsaId, aborted)
                : null;
        if (user is null)
        {
            context.Fail("The token names no active SIP user.");
            return;
        }

        context.Principal = SipClaims.For(user, Scheme);
    }
}
