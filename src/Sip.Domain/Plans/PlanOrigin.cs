namespace Sip.Domain.Plans;

/// <summary>Where the SIP came from (practice 20: also from a discharge from inpatient care).</summary>
public enum OriginKind
{
    /// <summary>A social-services case (ärende).</summary>
    SocialServicesCase,

    /// <summary>A health-care contact (vårdkontakt) at a region unit.</summary>
    HealthCareContact,

    /// <summary>Utskrivning från sluten vård, lag 2017:612 4 kap.</summary>
    DischargeFromInpatientCare,
}

/// <summary>Who started the plan, from which case.</summary>
public sealed record PlanOrigin(
    OriginKind Kind, Guid InitiatingUnitId, Guid InitiatingOrganizationId, string ExternalCaseReference, Guid InitiatedByUserId);
