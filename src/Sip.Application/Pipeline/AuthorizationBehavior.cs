using System.Reflection;
using Mediator;
using Sip.Application.Abstractions;

namespace Sip.Application.Pipeline;

/// <summary>
/// Access rules live here, not in each endpoint: the role a request allows, and for a request
/// about a plan, that one of the user's units may see it (initiating unit, or a participating
/// unit within the consent's scope). A plan the user may not see is reported as not found, so
/// its existence does not leak. The one exception is a request that reads the plan in the same
/// statement as it tests the rule (<see cref="IPlanRequestSeenByItsOwnQuery"/>, the plan page).
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user, ISipDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly AllowedRolesAttribute? Allowed = typeof(TMessage).GetCustomAttribute<AllowedRolesAttribute>();

    // Only a request about a plan needs the database; the others pass on with no state machine.
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IAnonymousRequest)
        {
            return next(message, cancellationToken);
        }

        if (!user.IsAuthenticated)
        {
            return ValueTask.FromException<TResponse>(new NotAuthenticatedException());
        }

        if (Allowed is not null && !Allowed.Roles.Contains(user.Role))
        {
            return ValueTask.FromException<TResponse>(new ForbiddenException("Din roll får inte göra detta."));
        }

        return message is IPlanRequest planRequest and not IPlanRequestSeenByItsOwnQuery
            ? SeenThenAsync(planRequest.PlanId, message, next, cancellationToken)
            : next(message, cancellationToken);
    }

    private async ValueTask<TResponse> SeenThenAsync(
        Guid planId, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!await VisiblePlans.CanSeeAsync(db, user, planId, cancellationToken))
        {
            throw new NotFoundException(VisiblePlans.NotSeen);
        }

        return await next(message, cancellationToken);
    }
}
