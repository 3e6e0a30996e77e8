using System.Linq.Expressions;
using Sip.Domain.Common;
using Sip.Domain.Organizations;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    private const int LvuYoungAdultFrom = 18;
    private const int LvuYoungAdultUntil = 20;

    /// <summary>
    /// Rule 26b: the region says where the medical part of the HVB placement is given. It is the health
    /// service's assessment (001: "ska halso- och sjukvarden bedoma om individen ska remitteras"), so only a
    /// unit of the region records it.
    /// </summary>
    public void ChooseMedicalCare(MedicalCareChoice choice, OrganizationUnit byUnit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(byUnit);
        EnsureOpen();
        var placement = RequirePlacement();
        if (byUnit.OrganizationKind != OrganizationKind.Region)
        {
            throw new DomainException(
                PlanErrors.PlacementMedicalCareByRegion, "Regionen väljer hur den medicinska delen av placeringen ges.");
        }

        Placement = placement with { MedicalCare = choice, MedicalCareChosenByUnitId = byUnit.Id };
        Touch(now);
    }

    /// <summary>
    /// Rule 27: the LVM checklist — the health service's notification under 6 § LVM (who, when) and where the
    /// läkarintyg is written. Either step may be recorded on its own; a step recorded again is corrected.
    /// </summary>
    public void RecordLvmChecklist(
        string? notifiedBy, DateOnly? notifiedOn, string? certificateWrittenAt, DateTimeOffset now)
    {
        EnsureOpen();
        var placement = RequirePlacement();
        if (placement.LegalBasis != PlacementLegalBasis.Lvm)
        {
            throw new DomainException(PlanErrors.PlacementLvmChecklistNotLvm, "Checklistan för LVM gäller bara en placering enligt LVM.");
        }

        var hasNotification = !string.IsNullOrWhiteSpace(notifiedBy) || notifiedOn is not null;
        if ((hasNotification && (string.IsNullOrWhiteSpace(notifiedBy) || notifiedOn is null))
            || (!hasNotification && string.IsNullOrWhiteSpace(certificateWrittenAt)))
        {
            throw new DomainException(
                PlanErrors.PlacementLvmNotificationIncomplete,
                "Ange vem som anmälde enligt 6 § LVM och när, eller var läkarintyget skrivs.");
        }

        Placement = placement with
        {
            LvmNotifiedBy = hasNotification ? notifiedBy!.Trim() : placement.LvmNotifiedBy,
            LvmNotifiedOn = hasNotification ? notifiedOn : placement.LvmNotifiedOn,
            LvmCertificateWrittenAt = string.IsNullOrWhiteSpace(certificateWrittenAt)
                ? placement.LvmCertificateWrittenAt
                : certificateWrittenAt.Trim(),
        };
        Touch(now);
    }

    /// <summary>Rule 27b: the LVM checklist is open after its day (<see cref="HvbPlacement.LvmChecklistDueOn"/>) in an open plan.</summary>
    public bool LvmChecklistOverdue(DateOnly today) =>
        !IsFinished && Placement is { LvmChecklistOpen: true, LvmChecklistDueOn: { } due } && due < today;

    /// <summary><see cref="LvmChecklistOverdue"/> as the database asks it (the plan's status apart): the scanner and the audit.</summary>
    public static Expression<Func<SipPlan, bool>> LvmChecklistOverdueAsOf(DateOnly today) =>
        p => p.Placement != null
            && p.Placement.LegalBasis == PlacementLegalBasis.Lvm
            && (p.Placement.LvmNotifiedOn == null || p.Placement.LvmCertificateWrittenAt == null)
            && p.Placement.StartedOn < today;

    /// <summary>LVU 1 § is for the young under 18; LVU 3 § for those who are 18 or 19 on the decision day (000 ~326).</summary>
    private void EnsureLegalBasisFitsAge(HvbPlacement placement)
    {
        var age = Person.AgeOn(placement.DecidedOn);
        if (placement.LegalBasis == PlacementLegalBasis.Lvu && age >= LvuYoungAdultFrom)
        {
            throw new DomainException(
                PlanErrors.PlacementLvuAge, $"LVU enligt 1 § gäller den som är under 18 år; personen var {age} år vid beslutet.");
        }

        if (placement.LegalBasis == PlacementLegalBasis.LvuYoungAdult && age is < LvuYoungAdultFrom or >= LvuYoungAdultUntil)
        {
            throw new DomainException(
                PlanErrors.PlacementLvuYoungAdultAge,
                $"LVU enligt 3 § gäller den som fyllt 18 men inte 20 år; personen var {age} år vid beslutet.");
        }
    }

    /// <summary>A placement registered again keeps the region's choice, and the LVM steps while it is still LVM.</summary>
    private HvbPlacement KeepRecordedSteps(HvbPlacement placement)
    {
        if (Placement is not { } before)
        {
            return placement;
        }

        var kept = placement with
        {
            MedicalCare = placement.MedicalCare ?? before.MedicalCare,
            MedicalCareChosenByUnitId = placement.MedicalCareChosenByUnitId ?? before.MedicalCareChosenByUnitId,
        };
        return placement.LegalBasis != PlacementLegalBasis.Lvm || before.LegalBasis != PlacementLegalBasis.Lvm
            ? kept
            : kept with
            {
                LvmNotifiedBy = before.LvmNotifiedBy,
                LvmNotifiedOn = before.LvmNotifiedOn,
                LvmCertificateWrittenAt = before.LvmCertificateWrittenAt,
            };
    }

    private HvbPlacement RequirePlacement() =>
        Placement ?? throw new DomainException(PlanErrors.PlacementRequired, "Registrera placeringen först.");
}
