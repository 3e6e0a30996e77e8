using System.Reflection;

namespace Sip.Application.Pipeline;

/// <summary>
/// Access rules live here, not in each endpoint: the role a request allows and, for a plan, that one of
/// the user's units may see it (<see cref="VisiblePlans"/>); an unseen plan is reported as not found.
/// </summary>
// A request that tests the rule in its own statement (IPlanRequestSeenByItsOwnQuery, the plan page) is passed on.
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
