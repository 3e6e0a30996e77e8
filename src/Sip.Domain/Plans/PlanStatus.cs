namespace Sip.Domain.Plans;

/// <summary>Draft → Invited → Established → Closed, or Cancelled before it was established.
/// Follow-ups revise an established plan without leaving Established.</summary>
public enum PlanStatus
{
    Draft,
    Invited,
    Established,
    Closed,
    Cancelled,
}
