using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>The tests' own identity provider: it mints tokens the app is configured to trust.</summary>
public static class TestTokens
{
    public const string Issuer = "https://idp.test.sip";
    public const string Audience = "sip-api";

    /// <summary>256 bits, base64; used only by the tests.</summary>
    public const string SigningKey = "c2lwLXRlc3Qtc2lnbmluZy1rZXktb2YtMzItYnl0ZXMhIQ==";

    public static string For(IEnumerable<Claim> claims, DateTime? expires = null, string? signingKey = null, string issuer = Issuer)
    {
        var key = new SymmetricSecurityKey(Convert.FromBase64String(signingKey ?? SigningKey));
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static string ForUser(Guid userId, params Claim[] extra) => For([new Claim("sip:user", userId.ToString()), .. extra]);
}
