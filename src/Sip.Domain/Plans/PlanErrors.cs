namespace Sip.Domain.Plans;

/// <summary>Stable codes of the plan's rules; docs/rules.md maps them to the domain brief and tests.</summary>
public static class PlanErrors
{
    public const string InitiatorMustBePrincipal = "plan.initiator-not-principal";
    public const string ReasonRequired = "plan.reason-required";
    public const string CaseReferenceRequired = "plan.case-reference-required";
    public const string PlanIsFinished = "plan.finished";
    public const string NotClosed = "plan.not-closed";
    public const string NotEstablished = "plan.not-established";
    public const string AlreadyEstablished = "plan.already-established";

    public const string ConsentRequired = "consent.required";
    public const string ConsentScopeMissingInitiator = "consent.scope-missing-initiator";
    public const string ConsentGiverByAge = "consent.giver-by-age";
    public const string GuardianNamesRequired = "consent.guardian-names-required";
    public const string NoActiveConsent = "consent.none-active";
    public const string ConsentRepresentativeRequired = "consent.representative-required";
    public const string ConsentRepresentativeNotParticipating = "consent.representative-not-participating";
    public const string ConsentOutsideMandate = "consent.outside-mandate";
    public const string ConsentMandateExpired = "consent.mandate-expired";
    public const string ConsentScopeUnitOutsideOrganization = "consent.scope-unit-outside-organization";
    public const string MandateRequired = "participant.mandate-required";
    public const string MandateValidityRequired = "participant.mandate-validity-required";
    public const string MandateOnlyForRepresentative = "participant.mandate-only-for-representative";
    public const string InterpreterLanguageRequired = "plan.interpreter-language-required";

    public const string OrganizationOutsideConsent = "participant.outside-consent-scope";
    public const string NextOfKinNotAllowed = "participant.next-of-kin-not-allowed";
    public const string AlreadyParticipating = "participant.already-participating";
    public const string ParticipantNotFound = "participant.not-found";
    public const string EmailOnlyForPeople = "participant.email-only-for-people";
    public const string CostAllocationNotDue = "placement.no-cost-allocation";
    public const string PlacementRequired = "placement.required";
    public const string PlacementLvuAge = "placement.lvu-age";
    public const string PlacementLvuYoungAdultAge = "placement.lvu-young-adult-age";
    public const string PlacementCareContentRequired = "placement.care-content-required";
    public const string PlacementMotiveTextRequired = "placement.motive-text-required";
    public const string PlacementMedicalCareByRegion = "placement.medical-care-by-region";
    public const string PlacementLvmChecklistNotLvm = "placement.lvm-checklist-not-lvm";
    public const string PlacementLvmNotificationIncomplete = "placement.lvm-notification-incomplete";
    public const string CostSharesInvalid = "cost.shares-invalid";
    public const string CostBasisRequired = "cost.basis-required";
    public const string CostAllocationAgreed = "cost.agreed";
    public const string CostAllocationNotOpen = "cost.not-open";
    public const string CostSignatoryNotManager = "cost.signatory-not-manager";
    public const string FastCareContactNotRegion = "plan.fast-care-contact-not-region";
    public const string FastCareContactUnitNotParticipating = "plan.fast-care-contact-unit-not-participating";
    public const string FastCareContactNameRequired = "plan.fast-care-contact-name-required";
    public const string CostAlreadyAgreedBySide = "cost.already-agreed";
    public const string CostSideMustBePrincipal = "cost.side-not-principal";
    public const string CostRefusedBecausePlaced = "cost.refused-because-placed";
    public const string CostDisputeReasonRequired = "cost.dispute-reason-required";
    public const string ActionNatureByPrincipal = "action.nature-by-principal";
    public const string FeedbackNotFound = "feedback.not-found";
    public const string FeedbackTextRequired = "feedback.text-required";
    public const string FeedbackAnswered = "feedback.answered";
    public const string FeedbackUnitNotParticipating = "feedback.unit-not-participating";
    public const string PrincipalCannotDecline = "participant.principal-cannot-decline";
    public const string DeclineReasonRequired = "participant.decline-reason-required";
    public const string InvitationAlreadyAnswered = "participant.already-answered";
    public const string RedirectReasonRequired = "participant.redirect-reason-required";
    public const string ForwardOnlyObliged = "participant.forward-only-obliged";
    public const string ForwardOtherPrincipal = "participant.forward-other-principal";
    public const string ForwardByOwnUnit = "participant.forward-by-own-unit";
    public const string WithdrawByInitiator = "participant.withdraw-by-initiator";
    public const string GuardianOnlyForChild = "participant.guardian-only-for-child";
    public const string ParticipantNameRequired = "participant.name-required";
    public const string ParticipantKindByName = "participant.kind-not-by-name";

    public const string BothPrincipalsRequired = "plan.both-principals-required";
    public const string OverallResponsibleRequired = "plan.overall-responsible-required";
    public const string OverallResponsibleMustBePrincipal = "plan.overall-responsible-not-principal";
    public const string OverallResponsibleContractedProvider = "plan.overall-responsible-contracted-provider";
    public const string PersonParticipationRequired = "plan.person-participation-required";
    public const string PersonApprovalRequired = "plan.person-approval-required";
    public const string ReportOfConcernAssessmentRequired = "plan.report-of-concern-assessment-required";
    public const string ReportOfConcernDate = "plan.report-of-concern-date";
    public const string ReportOfConcernRecipientRequired = "plan.report-of-concern-recipient-required";
    public const string ChildrensNeedWithoutChildren = "plan.childrens-need-without-children";
    public const string ChildAgeRequired = "child.age-required";
    public const string ChildAge = "child.age";
    public const string ChildDetails = "child.details";
    public const string ActionsRequired = "plan.actions-required";
    public const string GoalsRequired = "plan.goals-required";
    public const string FollowUpDate = "plan.follow-up-date";
    public const string CloseReasonRequired = "plan.close-reason-required";

    public const string ActionNotFound = "action.not-found";
    public const string ActionTypeUnknown = "action.type-unknown";
    public const string ActionPrincipalMismatch = "action.principal-mismatch";
    public const string ActionUnitNotParticipating = "action.unit-not-participating";
    public const string ActionNotOwningUnit = "action.not-owning-unit";
    public const string ActionAlreadyDecided = "action.already-decided";
    public const string RejectionReasonRequired = "action.rejection-reason-required";
    public const string ActionStatusTransition = "action.status-transition";
    public const string ActionAwaitingAcceptance = "action.awaiting-acceptance";
    public const string ActionWithoutWhen = "action.when-required";
    public const string ActionDescriptionRequired = "action.description-required";
    public const string ActionNotOverdueForIvo = "action.not-overdue-for-ivo";
    public const string IvoReportDate = "action.ivo-report-date";

    public const string MeetingPlaceRequired = "meeting.place-required";
    public const string MeetingDuration = "meeting.duration";
    public const string MeetingNotScheduled = "meeting.not-scheduled";
    public const string MeetingInPast = "meeting.in-past";
    public const string MeetingNotFound = "meeting.not-found";
    public const string MeetingNotStarted = "meeting.not-started";

    public const string FollowUpNotFound = "follow-up.not-found";
    public const string FollowUpAlreadyDone = "follow-up.already-done";

    public const string DeviationNotFound = "deviation.not-found";
    public const string DeviationDescriptionRequired = "deviation.description-required";
    public const string DeviationResolved = "deviation.resolved";
    public const string DeviationAtTopLevel = "deviation.top-level";
    public const string DeviationNeedsDeIdentifiedSummary = "deviation.de-identified-summary-required";
    public const string DeviationCounterpartMustBePrincipal = "deviation.counterpart-not-principal";
}
