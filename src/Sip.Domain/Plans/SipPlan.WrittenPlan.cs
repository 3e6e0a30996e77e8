namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>
    /// Who the written plan names as taking part. A unit whose kallelse was forwarded or withdrawn (rule 7b)
    /// never took part; the unit it was forwarded to is a participant of its own and is named.
    /// </summary>
    private List<PlanSnapshot.ParticipantLine> ParticipantLines() =>
    [
        .. _participants
            .Where(p => p.State is not (InvitationState.Forwarded or InvitationState.Withdrawn))
            .Select(p => new PlanSnapshot.ParticipantLine(p.Id, p.Kind, p.UnitId, p.DisplayName, p.State, p.Mandate)),
    ];

    /// <summary>Rules 26b and 27: the placement's details as the version states them.</summary>
    private PlanSnapshot.PlacementLine? PlacementSnapshot() => Placement is not { } placement
        ? null
        : new PlanSnapshot.PlacementLine(
            placement.DecidedOn,
            placement.StartedOn,
            placement.LegalBasis,
            placement.Motive,
            placement.MotiveText,
            placement.CareContent,
            placement.MedicalCare,
            placement.LvmNotifiedBy,
            placement.LvmNotifiedOn,
            placement.LvmCertificateWrittenAt);

    /// <summary>Rule 25: the need of a tolk or other communication support, when recorded.</summary>
    private PlanSnapshot.CommunicationLine? CommunicationSnapshot() => CommunicationNeed is not { } need
        ? null
        : new PlanSnapshot.CommunicationLine(need.InterpreterNeeded, need.Language, need.OtherSupport);
}
