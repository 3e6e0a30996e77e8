using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Auth;

/// <summary> A sign-in cookie lives for hours, but access follows the directory now: a deactivated account is signed out at its next
/// request, and a changed role or unit takes effect at once instead of at the next sign-in. </summary>
internal static class AccountRevalidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal || SipClaims.UserIdOf(principal) is not { } userId)
        {
            context.RejectPrincipal();
            return;
        }

        var user = await context.HttpContext.RequestServices.GetRequiredService<DirectoryAccounts>()
            .ActiveAsync(userId, context.HttpContext.RequestAborted);
        if (user is not { IsActive: true })
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SipClaims.Scheme);
            return;
        }

        var unchanged = SipClaims.RoleOf(principal) == user.Role
            && SipClaims.UnitsOf(principal).Order().SequenceEqual(user.UnitIds.Order())
            && principal.Identity?.Name == user.DisplayName;
        if (!unchanged)
        {
            context.ReplacePrincipal(SipClaims.For(user));
            context.ShouldRenew = true;
        }
    }
}
