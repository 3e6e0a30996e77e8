using System.Linq.Expressions;
using Sip.Domain.Organizations;

namespace Sip.Application.Querying;

/// <summary>
/// The plan access rule of <see cref="SipPlan.IsVisibleTo"/> as a query: as a set for lists
/// (<see cref="For"/>), as a test of one plan for queries that start elsewhere (<see cref="RuleFor"/>).
/// </summary>
public static class VisiblePlans
{
    /// <summary>
    /// The answer to a request about a plan the user may not see, or that does not exist: the same, so
    /// that its existence does not leak.
    /// </summary>
    public const string NotSeen = "Planen finns inte, eller så saknar du behörighet till den.";

    /// <summary>
    /// One plan, found by its key and tested by the rule of <see cref="Rule"/> in one round trip. Every request about
    /// a plan asks it, so the query is compiled once (<see cref="CompiledPerModel{TQuery}"/>).
    /// </summary>
    private static readonly CompiledPerModel<Func<DbContext, Guid, List<Guid>, Task<bool>>> Sees = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid planId, List<Guid> unitIds) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == planId).Any(p =>
            unitIds.Contains(p.Origin.InitiatingUnitId)
            || p.Participants.Any(x => x.UnitId != null && unitIds.Contains(x.UnitId.Value)
                && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                && p.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null
                    && c.ScopeOrganizationIds.Any(o => db.Set<OrganizationUnit>().Where(u => unitIds.Contains(u.Id))
                        .Select(u => u.OrganizationId).Contains(o))
                    && (!c.NarrowedOrganizationIds.Contains(x.OrganizationId!.Value) || c.ScopeUnitIds.Contains(x.UnitId.Value)))))));

    /// <summary>Whether one of the user's units may see the plan; false also when there is no such plan.</summary>
    public static Task<bool> CanSeeAsync(ISipDbContext db, ICurrentUser user, Guid planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        cancellationToken.ThrowIfCancellationRequested();
        // The unit of work is the EF Core context itself (ISipDbContext); a compiled query is given the context.
        var context = (DbContext)db;
        return Sees.For(context)(context, planId, [.. user.UnitIds]);
    }

    /// <summary>The plans the user may see, as a set for lists.</summary>
    public static IQueryable<SipPlan> For(ISipDbContext db, ICurrentUser user)
    {
        var (unitIds, organizationIds) = Scope(db, user);

        // Two index-friendly sets joined by UNION rather than one OR: with OR the database must read
        // every plan to test it (about 2 s at a million plans); each set alone starts from an index
        // on the unit (milliseconds).
        var initiated = db.Plans.Where(p => unitIds.Contains(p.Origin.InitiatingUnitId)).Select(p => p.Id);
        var takingPart = db.Plans
            .SelectMany(
                p => p.Participants.Where(x => x.UnitId != null && unitIds.Contains(x.UnitId.Value)
                    && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)),
                (p, x) => new { Plan = p, Participant = x })
            .Where(t => t.Plan.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null
                && c.ScopeOrganizationIds.Any(o => organizationIds.Contains(o))
                && (!c.NarrowedOrganizationIds.Contains(t.Participant.OrganizationId!.Value)
                    || c.ScopeUnitIds.Contains(t.Participant.UnitId!.Value))))
            .Select(t => t.Plan.Id);
        var visible = initiated.Union(takingPart);
        return db.Plans.AsNoTracking().Where(p => visible.Contains(p.Id));
    }

    /// <summary>
    /// The rule as a condition on one plan, for a query that already starts from few rows by an index of its own
    /// (the unit's invitations, its insatser): each candidate's plan is tested by key. Alone, it reads every plan.
    /// </summary>
    /// <param name="unitIds">The user's units; the list itself is kept in the condition, so that a
    /// compiled query made from it (GetUnitInbox) may take it as a parameter.</param>
    public static Expression<Func<SipPlan, bool>> RuleFor(ISipDbContext db, List<Guid> unitIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Rule(unitIds, OrganizationsOf(db, unitIds));
    }

    /// <summary>
    /// The rule as an expression. <see cref="Sees"/> and <see cref="For"/> spell out the same rule for a compiled query
    /// and as two sets; AccessRuleAgreementTests compare all of them with <see cref="SipPlan.IsVisibleTo"/>.
    /// </summary>
    /// <param name="organizationIds">The organisations of <paramref name="unitIds"/>.</param>
    private static Expression<Func<SipPlan, bool>> Rule(List<Guid> unitIds, IQueryable<Guid> organizationIds)
    {
        // Rule 30: where the consent names units of the participant's organisation, only they see it.
        return p => unitIds.Contains(p.Origin.InitiatingUnitId)
            || p.Participants.Any(x => x.UnitId != null && unitIds.Contains(x.UnitId.Value)
                && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                && p.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null
                    && c.ScopeOrganizationIds.Any(o => organizationIds.Contains(o))
                    && (!c.NarrowedOrganizationIds.Contains(x.OrganizationId!.Value) || c.ScopeUnitIds.Contains(x.UnitId.Value))));
    }

    /// <summary>
    /// The user's units, and their organisations as a subquery of the statement that uses them
    /// rather than fetched first: one round trip fewer for every list and inbox.
    /// </summary>
    private static (List<Guid> UnitIds, IQueryable<Guid> OrganizationIds) Scope(ISipDbContext db, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var unitIds = user.UnitIds.ToList();
        return (unitIds, OrganizationsOf(db, unitIds));
    }

    /// <summary>The units' organisations, as a subquery of the statement that uses them.</summary>
    private static IQueryable<Guid> OrganizationsOf(ISipDbContext db, List<Guid> unitIds) =>
        db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.OrganizationId);
}
