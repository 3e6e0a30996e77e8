using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Sip.Application.Abstractions;
using Sip.Domain.Users;

namespace Sip.Web.Auth;

/// <summary> The signed-in user for the use cases. In an HTTP request the user comes from the request; in a Blazor circuit, where there is
/// no request, from the circuit's authentication state. </summary>
internal sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services) : ICurrentUser
{
    private ClaimsPrincipal? _principal;

    public bool IsAuthenticated => SipClaims.UserIdOf(Principal) is not null && SipClaims.RoleOf(Principal) is not null;

    public Guid UserId => SipClaims.UserIdOf(Principal) ?? throw new NotAuthenticatedException();

    public UserRole Role => SipClaims.RoleOf(Principal) ?? throw new NotAuthenticatedException();

    public IReadOnlyList<Guid> UnitIds => SipClaims.UnitsOf(Principal);

    public string? Origin => http.HttpContext is { } context ? context.Connection.RemoteIpAddress?.ToString() : "blazor-circuit";

    /// <summary>Who the caller is: the request's user, or the circuit's.</summary>
    internal ClaimsPrincipal Principal => _principal ??= Resolve();

    /// <summary>A use case's own scope acts as the caller of the scope that started it.</summary>
    internal void Adopt(ClaimsPrincipal principal) => _principal = principal;

    private ClaimsPrincipal Resolve()
    {
        if (http.HttpContext is { } context)
        {
            return context.User;
        }

        // The circuit's state is set when the circuit starts, so this task has already completed.
        var state = services.GetService<AuthenticationStateProvider>()?.GetAuthenticationStateAsync();
        return state is { IsCompletedSuccessfully: true } ? state.Result.User : new ClaimsPrincipal();
    }
}
