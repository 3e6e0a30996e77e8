using Microsoft.AspNetCore.Authentication;
using Sip.Infrastructure.Persistence;
using Sip.Web.Security;

namespace Sip.Web.Auth;

/// <summary> Demo mode only: pick one of the seeded users. The layout shows a banner that says so, and the endpoints do not exist in any
/// other mode. </summary>
internal static class DemoSignInEndpoints
{
    public static void MapDemoSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/konto/demo-inloggning", async (HttpContext context, DirectoryAccounts accounts) =>
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                if (!Guid.TryParse(form["userId"], out var userId))
                {
                    return Results.Redirect("/logga-in?fel=1");
                }

                var user = await accounts.ActiveAsync(userId, context.RequestAborted);
                if (user is null)
                {
                    return Results.Redirect("/logga-in?fel=1");
                }

                await context.SignInAsync(SipClaims.Scheme, SipClaims.For(user));
                Localization.LanguageChoice.Remember(context.Response, user.Language);
                var returnUrl = form["returnUrl"].ToString();
                return Results.LocalRedirect(Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') ? returnUrl
                    : "/");
            })
            .RequireFormToken()
            .ExcludeFromDescription();
    }
}
