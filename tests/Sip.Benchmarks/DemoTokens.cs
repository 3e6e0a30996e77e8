using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sip.Benchmarks;

/// <summary>
/// Bearer tokens for the demo users, signed with a key of this run only, so there is nothing to keep
/// secret in the repository. <see cref="Environment"/> is what the app needs to accept them.
/// </summary>
internal sealed class DemoTokens
{
    private const string Issuer = "https://benchmark.sip";
    private const string Audience = "sip-api";
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Auth__Jwt__Issuer"] = Issuer,
        ["Auth__Jwt__Audience"] = Audience,
        ["Auth__Jwt__SigningKey"] = _signingKey,
    };

    public string For(Guid userId) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sip:user", userId.ToString())]),
        Expires = DateTime.UtcNow.AddHours(12),
        SigningCredentials =
            new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(_signingKey)), SecurityAlgorithms.HmacSha256),
    });
}
