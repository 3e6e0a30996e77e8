namespace Sip.Application.Abstractions;

/// <summary>A request about one plan: the pipeline lets it through only for users who may see the plan.</summary>
public interface IPlanRequest
{
    Guid PlanId { get; }
}

/// <summary>
/// A request about one plan whose handler tests the access rule (<c>VisiblePlans.RuleFor</c>) in the
/// same statement that reads the plan, and answers not found where the pipeline would: the pipeline
/// then leaves the test to it, which saves the most read answer of all a round trip.
/// </summary>
public interface IPlanRequestSeenByItsOwnQuery : IPlanRequest;

/// <summary>A request anyone may send before signing in, e.g. the demo sign-in list.</summary>
public interface IAnonymousRequest;

/// <summary>A query whose answer holds personal data: every call is written to the access log.</summary>
public interface IReadsPersonalData;

/// <summary>A response that names the plan it concerns, for the access log of commands that create one.</summary>
public interface IConcernsPlan
{
    Guid PlanId { get; }
}

/// <summary>Which roles may send a request. A request without it is open to every signed-in user.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params UserRole[] roles) : Attribute
{
    public IReadOnlyList<UserRole> Roles { get; } = roles;
}
