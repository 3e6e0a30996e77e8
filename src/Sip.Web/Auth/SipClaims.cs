using System.Globalization;
using System.Security.Claims;
using Sip.Domain.Users;

namespace Sip.Web.Auth;

/// <summary>The claims a signed-in SIP user carries: who they are, their role and their units.</summary>
internal static class SipClaims
{
    public const string UserId = "sip:user";
    public const string Unit = "sip:unit";

    /// <summary>Present for a user marked chef: what the pages offer them, never what the server trusts.</summary>
    public const string Manager = "sip:manager";
    public const string Scheme = "SipCookie";

    public static ClaimsPrincipal For(UserAccount user, string authenticationType = Scheme)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
        };
        claims.AddRange(user.UnitIds.Select(u => new Claim(Unit, u.ToString())));
        if (user.Title is not null)
        {
            claims.Add(new Claim("sip:title", user.Title));
        }

        if (user.IsManager)
        {
            claims.Add(new Claim(Manager, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(UserId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static UserRole? RoleOf(ClaimsPrincipal principal) =>
        Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool IsManager(ClaimsPrincipal principal) => principal.HasClaim(Manager, "true");

    public static IReadOnlyList<Guid> UnitsOf(ClaimsPrincipal principal) =>
        [.. principal.FindAll(Unit).Select(c => Guid.TryParse(c.Value, CultureInfo.InvariantCulture, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty)];
}
