namespace Sip.Domain.Plans;

/// <summary>
/// What is recorded when a plan is established or revised: whether the person took part (rule 5),
/// that they approved this version (practice 17), and the next follow-up (rule 12).
/// </summary>
public sealed record Establishment(bool PersonParticipated, string? PersonAbsenceReason, bool PersonApproved, DateOnly? NextFollowUpOn);

/// <summary>One unmet precondition for establishing a plan, so the UI can show them all as a checklist.</summary>
public sealed record RuleViolation(string Code, string Message);
