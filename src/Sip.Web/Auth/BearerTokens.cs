using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Sip.Application.Pipeline;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Auth;

/// <summary>
/// JWT bearer tokens for API clients, e.g. a municipality's case system acting for one of its
/// staff. The token names the user (<c>sip:user</c>, or <c>hsa_id</c>); role and units come from
/// our directory, never from the token, so a token cannot widen anyone's access.
/// </summary>
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
            IssuerSigningKey = section["SigningKey"] is { Length: > 0 } key ? new SymmetricSecurityKey(Convert.FromBase64String(key)) : null,
        };
        options.Events = new JwtBearerEvents { OnTokenValidated = ToDirectoryUserAsync };
    }

    // Read on every request with a token that finds its user not kept (access follows the directory
    // at once; see DirectoryUsers), so compiled once (per model) rather than built and looked up as
    // a LINQ expression each time. A token naming its user by HSA id, rarer, is always read.
    private static readonly CompiledPerModel<Func<SipDbContext, Guid, Task<UserAccount?>>> ActiveById = new(() => EF.CompileAsyncQuery((SipDbContext db, Guid id) =>
        db.Users.AsNoTracking().AsSingleQuery().FirstOrDefault(u => u.IsActive && u.Id == id)));

    private static readonly CompiledPerModel<Func<SipDbContext, string, Task<UserAccount?>>> ActiveByHsaId = new(() => EF.CompileAsyncQuery((SipDbContext db, string hsaId) =>
        db.Users.AsNoTracking().AsSingleQuery().FirstOrDefault(u => u.IsActive && u.HsaId == hsaId)));

    private static async Task ToDirectoryUserAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var db = context.HttpContext.RequestServices.GetRequiredService<SipDbContext>();
        var aborted = context.HttpContext.RequestAborted;
        var user = Guid.TryParse(principal.FindFirstValue(SipClaims.UserId), out var id)
            ? await context.HttpContext.RequestServices.GetRequiredService<DirectoryUsers>().ActiveByIdAsync(id, () =>
                DatabaseAway.WaitOutAsync(async () => await ActiveById.For(db)(db, id).ConfigureAwait(false), aborted)).ConfigureAwait(false)
            : principal.FindFirstValue(HsaIdClaim) is { Length: > 0 } hsaId
                ? await DatabaseAway.WaitOutAsync(async () => await ActiveByHsaId.For(db)(db, hsaId).ConfigureAwait(false), aborted).ConfigureAwait(false)
                : null;
        if (user is null)
        {
            context.Fail("The token names no active SIP user.");
            return;
        }

        context.Principal = SipClaims.For(user, Scheme);
    }
}
