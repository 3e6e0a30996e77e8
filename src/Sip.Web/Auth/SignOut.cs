using Microsoft.AspNetCore.Authentication;
using Sip.Web.Security;

namespace Sip.Web.Auth;

internal static class SignOut
{
    /// <summary>Ends the SIP session, whichever way it began.</summary>
    public static void MapSignOut(this WebApplication app) =>
        app.MapPost("/konto/logga-ut", async (HttpContext context) =>
            {
                await context.SignOutAsync(SipClaims.Scheme);
                return Results.LocalRedirect("/");
            })
            .RequireFormToken()
            .ExcludeFromDescription();
}
