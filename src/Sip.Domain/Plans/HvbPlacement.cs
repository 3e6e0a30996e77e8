using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

/// <summary>
/// A placement at an HVB or other residential care. The county agreement wants a SIP before the
/// placement; when that was not possible, one within a week after it (rule 8), and for an acute
/// placement the cost allocation within 10 working days of the decision (rule 9).
/// </summary>
public sealed record HvbPlacement
{
    // For EF Core: the deadlines are stored as computed when the placement was registered.
    private HvbPlacement()
    {
    }

    public HvbPlacement(
        DateOnly decidedOn, DateOnly startedOn, bool isAcute, bool precededBySip, CountyPolicy policy, Guid? placingOrganizationId = null,
        Guid? residentialUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (startedOn < decidedOn.AddDays(-1))
        {
            throw new DomainException("placement.start-before-decision", "Placeringen kan inte börja före beslutet.");
        }

        PlacingOrganizationId = placingOrganizationId;
        ResidentialUnitId = residentialUnitId;
        DecidedOn = decidedOn;
        StartedOn = startedOn;
        IsAcute = isAcute;
        PrecededBySip = precededBySip;
        SipMeetingDueOn = precededBySip ? null : startedOn.AddDays(policy.SipMeetingDaysAfterPlacement);
        CostAllocationDueOn = isAcute
            ? SwedishCalendar.AddWorkingDays(decidedOn, policy.CostAllocationWorkingDaysAfterAcutePlacement)
            : null;
    }

    /// <summary>The principal whose decision placed the person.</summary>
    public Guid? PlacingOrganizationId { get; init; }

    /// <summary>The HVB or other residential unit, when it is in the directory.</summary>
    public Guid? ResidentialUnitId { get; init; }

    public DateOnly DecidedOn { get; init; }

    public DateOnly StartedOn { get; init; }

    public bool IsAcute { get; init; }

    public bool PrecededBySip { get; init; }

    /// <summary>Rule 8: set only when no SIP preceded the placement.</summary>
    public DateOnly? SipMeetingDueOn { get; init; }

    /// <summary>Rule 9: set only for an acute placement, in Swedish working days.</summary>
    public DateOnly? CostAllocationDueOn { get; init; }

    /// <summary>The day both principals agreed how the cost is shared; until then the deadline is chased.</summary>
    public DateOnly? CostAllocationSettledOn { get; init; }

    // Rule 26b: null only on placements stored before the details were asked for; new ones carry them.
    public PlacementLegalBasis? LegalBasis { get; init; }

    public PlacementMotive? Motive { get; init; }

    public string? MotiveText { get; init; }

    public string? CareContent { get; init; }

    /// <summary>The region's choice for the medical part; only the region's side records it.</summary>
    public MedicalCareChoice? MedicalCare { get; init; }

    public Guid? MedicalCareChosenByUnitId { get; init; }

    /// <summary>Rule 27: who made the notification under 6 § LVM, and when.</summary>
    public string? LvmNotifiedBy { get; init; }

    public DateOnly? LvmNotifiedOn { get; init; }

    /// <summary>Rule 27 (001 2.7): where the läkarintyg for the LVM investigation is written.</summary>
    public string? LvmCertificateWrittenAt { get; init; }

    /// <summary>Rule 27: under LVM the checklist stays open until both steps are recorded.</summary>
    public bool LvmChecklistOpen => LegalBasis == PlacementLegalBasis.Lvm && (LvmNotifiedOn is null || LvmCertificateWrittenAt is null);

    /// <summary>
    /// Rule 27b: the day the LVM checklist is due, the placement's first day. Neither agreement gives a time:
    /// 000 says the health service notifies "genast", and the placement is the latest day it can still be
    /// at once; the läkarintyg belongs to the investigation that came before it.
    /// </summary>
    public DateOnly? LvmChecklistDueOn => LegalBasis == PlacementLegalBasis.Lvm ? StartedOn : null;

    /// <summary>Rule 26b: the legal basis, the motive and the care content that the yearly follow-up asks for.</summary>
    public HvbPlacement Describe(PlacementLegalBasis legalBasis, PlacementMotive motive, string? motiveText, string? careContent)
    {
        if (string.IsNullOrWhiteSpace(careContent))
        {
            throw new DomainException(PlanErrors.PlacementCareContentRequired, "Beskriv placeringens vård- och behandlingsinnehåll.");
        }

        if (motive == PlacementMotive.Other && string.IsNullOrWhiteSpace(motiveText))
        {
            throw new DomainException(PlanErrors.PlacementMotiveTextRequired, "Beskriv motivet när det är ett annat än de uppräknade.");
        }

        return this with
        {
            LegalBasis = legalBasis,
            Motive = motive,
            MotiveText = string.IsNullOrWhiteSpace(motiveText) ? null : motiveText.Trim(),
            CareContent = careContent.Trim(),
        };
    }
}
