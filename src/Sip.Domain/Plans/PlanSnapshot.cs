using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sip.Domain.Plans;

/// <summary>What an established version says: the content the person receives in writing.</summary>
public sealed record PlanSnapshot(
    string ReferenceNumber,
    string Reason,
    string? PersonGoals,
    IReadOnlyList<string> Needs,
    IReadOnlyList<PlanSnapshot.ParticipantLine> Participants,
    IReadOnlyList<PlanSnapshot.ActionLine> Actions,
    Guid OverallResponsibleUnitId,
    DateOnly NextFollowUpOn,
    Guid ConsentId,
    PlanSnapshot.FastCareContactLine? FastCareContact = null,
    PlanSnapshot.ChildrenLine? Children = null,
    PlanSnapshot.PlacementLine? Placement = null,
    PlanSnapshot.CommunicationLine? Communication = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty plan snapshot.");

    /// <summary>
    /// The version as it stays after gallring: who took part as units, which insatser and when; nothing written about the person.
    /// </summary>
    public PlanSnapshot Redacted() => this with
    {
        Reason = SipPlan.Redacted,
        PersonGoals = null,
        Needs = [],
        Participants = [.. Participants.Select(p => p.UnitId is null
            ? p with { DisplayName = SipPlan.Redacted, Mandate = p.Mandate is null ? null : p.Mandate with { Scope = SipPlan.Redacted } }
            : p)],
        Actions = [.. Actions.Select(a => a with { Description = SipPlan.Redacted })],
        Children = Children is null
            ? null
            : Children with { Children = [], SocialServices = Children.SocialServices is null ? null : SipPlan.Redacted },

        // The legal basis, the motive's category and the region's choice stay for the yearly follow-up; what was written does not.
        Placement = Placement is null ? null : Placement with { MotiveText = null, CareContent = null },
        Communication = null,
    };

    /// <summary>Rule 29: the fast vårdkontakt the version names, if any.</summary>
    public sealed record FastCareContactLine(Guid UnitId, string Name, string? Telephone);

    /// <summary>
    /// Rules 12c and 24: the children in the household and the outcome of the orosanmälan assessment
    /// for this version (not its reasoning, which stays with the professionals).
    /// </summary>
    public sealed record ChildrenLine(
        IReadOnlyList<ChildLine> Children,
        bool? ReportMade,
        DateOnly? ReportMadeOn,
        string? SocialServices,
        bool? ParentAndChildInformed);

    public sealed record ChildLine(int? AgeYears, int? BirthYear, ChildLivesWith? LivesWith, ChildCustody Custody);

    /// <param name="Mandate">Rule 25: a god man's, förvaltare's or ombud's mandate (an ombud's with the fullmakt's last day).</param>
    public sealed record ParticipantLine(
        Guid Id, ParticipantKind Kind, Guid? UnitId, string DisplayName, InvitationState State, RepresentativeMandate? Mandate = null);

    /// <summary>Rules 26b and 27: the placement as decided, the region's choice for its medical part, and the LVM checklist.</summary>
    public sealed record PlacementLine(
        DateOnly DecidedOn,
        DateOnly StartedOn,
        PlacementLegalBasis? LegalBasis,
        PlacementMotive? Motive,
        string? MotiveText,
        string? CareContent,
        MedicalCareChoice? MedicalCare,
        string? LvmNotifiedBy,
        DateOnly? LvmNotifiedOn,
        string? LvmCertificateWrittenAt)
    {
        [JsonIgnore]
        public bool LvmChecklistOpen => LegalBasis == PlacementLegalBasis.Lvm && (LvmNotifiedOn is null || LvmCertificateWrittenAt is null);
    }

    /// <summary>Rule 25: the person's need of a tolk (in which language) or of other support to take part.</summary>
    public sealed record CommunicationLine(bool InterpreterNeeded, string? Language, string? OtherSupport);

    public sealed record ActionLine(
        Guid Id, string ActionTypeCode, string Principal, Guid OwningUnitId, string Description, DateOnly? StartOn, DateOnly? DueOn,
        ActionStatus Status);
}
