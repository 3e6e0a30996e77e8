using System.Reflection;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;

namespace Sip.Application.Pipeline;

/// <summary>
/// Access rules live here, not in each endpoint: the role a request allows, and for a request
/// about a plan, that one of the user's units may see it (initiating unit, or a participating
/// unit within the consent's scope). A plan the user may not see is reported as not found, so
/// its existence does not leak.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user, ISipDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly AllowedRolesAttribute? Allowed = typeof(TMessage).GetCustomAttribute<AllowedRolesAttribute>();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IAnonymousRequest)
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }

        if (!user.IsAuthenticated)
        {
            throw new NotAuthenticatedException();
        }

        if (Allowed is not null && !Allowed.Roles.Contains(user.Role))
        {
            throw new ForbiddenException("Din roll får inte göra detta.");
        }

        if (message is IPlanRequest planRequest && !await PlanAccess.CanSeeAsync(db, user, planRequest.PlanId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("Planen finns inte, eller så saknar du behörighet till den.");
        }

        return await next(message, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The plan access rule as one query, shared by the pipeline and list queries.</summary>
public static class PlanAccess
{
    public static async Task<bool> CanSeeAsync(ISipDbContext db, ICurrentUser user, Guid planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var unitIds = user.UnitIds;
        var units = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.OrganizationId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (units.Count == 0)
        {
            return false;
        }

        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Participants)
            .Include(p => p.Consents)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken).ConfigureAwait(false);
        return plan is not null && units.Any(u => plan.IsVisibleTo(u.Id, u.OrganizationId));
    }
}
