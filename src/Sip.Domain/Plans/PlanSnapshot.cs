using System.Text.Json;

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
    PlanSnapshot.ChildrenLine? Children = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty plan snapshot.");

    /// <summary>The version as it stays after gallring: who took part as units, which insatser and when; nothing written about the person.</summary>
    public PlanSnapshot Redacted() => this with
    {
        Reason = SipPlan.Redacted,
        PersonGoals = null,
        Needs = [],
        Participants = [.. Participants.Select(p => p.UnitId is null ? p with { DisplayName = SipPlan.Redacted } : p)],
        Actions = [.. Actions.Select(a => a with { Description = SipPlan.Redacted })],
        Children = Children is null
            ? null
            : Children with { Children = [], SocialServices = Children.SocialServices is null ? null : SipPlan.Redacted },
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

    public sealed record ParticipantLine(Guid Id, ParticipantKind Kind, Guid? UnitId, string DisplayName, InvitationState State);

    public sealed record ActionLine(Guid Id, string ActionTypeCode, string Principal, Guid OwningUnitId, string Description, DateOnly? StartOn, DateOnly? DueOn, ActionStatus Status);
}
