using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Plans;

/// <summary>The whole plan as its participants see it. Reads personal data, so every call is logged.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetPlan(Guid PlanId) : IQuery<PlanDetail>, IPlanRequest, IReadsPersonalData;

public sealed record PlanDetail(
    Guid Id,
    string ReferenceNumber,
    PlanStatus Status,
    string PersonalIdentityNumber,
    string PersonName,
    bool HasProtectedIdentity,
    bool ChildrenInHousehold,
    string Reason,
    OriginKind Origin,
    string ExternalCaseReference,
    Guid InitiatingUnitId,
    string InitiatingUnitName,
    string? PersonGoals,
    Guid? OverallResponsibleUnitId,
    string? OverallResponsibleUnitName,
    DateOnly FirstMeetingDueOn,
    PlanDetail.PlacementItem? Placement,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<PlanDetail.ParticipantItem> Participants,
    IReadOnlyList<PlanDetail.ConsentItem> Consents,
    IReadOnlyList<string> Needs,
    IReadOnlyList<PlanDetail.ActionItem> Actions,
    IReadOnlyList<PlanDetail.MeetingItem> Meetings,
    IReadOnlyList<PlanDetail.FollowUpItem> FollowUps,
    IReadOnlyList<PlanDetail.VersionItem> Versions,
    IReadOnlyList<PlanDetail.CostAllocationItem>? CostAllocations = null,
    IReadOnlyList<PlanDetail.DeviationItem>? Deviations = null,
    IReadOnlyList<PlanDetail.FeedbackItem>? Feedback = null)
{
    public sealed record PlacementItem(DateOnly DecidedOn, DateOnly StartedOn, bool IsAcute, bool PrecededBySip, DateOnly? SipMeetingDueOn, DateOnly? CostAllocationDueOn, DateOnly? CostAllocationSettledOn = null, Guid? PlacingOrganizationId = null, Guid? ResidentialUnitId = null);

    /// <summary>One proposal of the ansvarsförbindelse; the current one has no <see cref="SupersededAt"/>.</summary>
    public sealed record CostAllocationItem(Guid Id, CostShareKind ShareKind, decimal MunicipalityShare, decimal RegionShare, string Basis, Guid ProposedByUnitId, DateTimeOffset ProposedAt, CostAllocationState State,
        string? MunicipalitySignatory, string? MunicipalitySignatoryTitle, DateTimeOffset? MunicipalityAgreedAt, string? RegionSignatory, string? RegionSignatoryTitle, DateTimeOffset? RegionAgreedAt,
        CostDisputeGround? DisputeGround, string? DisputeReason, DateTimeOffset? SupersededAt);

    public sealed record DeviationItem(Guid Id, Guid RaisedByUnitId, Guid CounterpartOrganizationId, string Description, bool IsCostDispute, DateTimeOffset RaisedAt, EscalationLevel Level, string? DeIdentifiedSummary, DateOnly? StepDueOn, DateTimeOffset? ResolvedAt, string? Resolution);

    public sealed record FeedbackItem(Guid Id, FeedbackKind Kind, string Text, DateOnly ReceivedOn, Guid RoutedToUnitId, DateOnly RespondBy, DateTimeOffset? AnsweredAt, string? Answer);

    public sealed record ParticipantItem(Guid Id, ParticipantKind Kind, Guid? UnitId, string DisplayName, string? Relationship, InvitationState State, DateOnly? RespondBy, string? DeclineReason, string? Email = null);

    public sealed record ConsentItem(Guid Id, ConsentGiver GivenBy, string? GuardianNames, ConsentForm Form, DateTimeOffset GivenAt, IReadOnlyList<Guid> ScopeOrganizationIds, bool NextOfKinMayTakePart, DateTimeOffset? WithdrawnAt, DateTimeOffset? SupersededAt);

    public sealed record ActionItem(Guid Id, string ActionTypeCode, string Principal, Guid OwningUnitId, string OwningUnitName, string Description, DateOnly? StartOn, DateOnly? DueOn, ActionStatus Status, DateOnly AcceptBy, string? RejectionReason, ActionNature Nature = ActionNature.NotSet);

    public sealed record MeetingItem(Guid Id, DateTimeOffset StartsAt, TimeSpan Duration, string? Location, Uri? VideoLink, MeetingStatus Status);

    public sealed record FollowUpItem(Guid Id, DateOnly DueOn, DateTimeOffset? DoneAt, int? ResultingVersion);

    public sealed record VersionItem(int Number, DateTimeOffset EstablishedAt, bool PersonParticipated);
}

public sealed class GetPlanHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetPlan, PlanDetail>
{
    public async ValueTask<PlanDetail> Handle(GetPlan query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var units = db.Units;
        var detail = await db.Plans.AsNoTracking()
            .Where(p => p.Id == query.PlanId)
            .Select(p => new PlanDetail(
                p.Id,
                p.ReferenceNumber,
                p.Status,
                p.Person.IdentityNumber.Value,
                p.Person.FullName,
                p.Person.HasProtectedIdentity,
                p.Person.ChildrenInHousehold,
                p.Reason,
                p.Origin.Kind,
                p.Origin.ExternalCaseReference,
                p.Origin.InitiatingUnitId,
                units.Where(u => u.Id == p.Origin.InitiatingUnitId).Select(u => u.Name).First(),
                p.PersonGoals,
                p.OverallResponsibleUnitId,
                units.Where(u => u.Id == p.OverallResponsibleUnitId).Select(u => u.Name).FirstOrDefault(),
                p.FirstMeetingDueOn,
                p.Placement == null ? null : new PlanDetail.PlacementItem(p.Placement.DecidedOn, p.Placement.StartedOn, p.Placement.IsAcute, p.Placement.PrecededBySip, p.Placement.SipMeetingDueOn, p.Placement.CostAllocationDueOn, p.Placement.CostAllocationSettledOn, p.Placement.PlacingOrganizationId, p.Placement.ResidentialUnitId),
                p.CreatedAt,
                p.UpdatedAt,
                p.Version,
                p.Participants.Select(x => new PlanDetail.ParticipantItem(x.Id, x.Kind, x.UnitId, x.DisplayName, x.Relationship, x.State, x.RespondBy, x.DeclineReason, x.Email)).ToList(),
                p.Consents.Select(c => new PlanDetail.ConsentItem(c.Id, c.GivenBy, c.GuardianNames, c.Form, c.GivenAt, c.ScopeOrganizationIds, c.NextOfKinMayTakePart, c.WithdrawnAt, c.SupersededAt)).ToList(),
                p.Needs.OrderBy(n => n.Order).Select(n => n.Description).ToList(),
                p.Actions.Select(a => new PlanDetail.ActionItem(a.Id, a.ActionTypeCode, a.Principal.ToString(), a.OwningUnitId, string.Empty, a.Description, a.StartOn, a.DueOn, a.Status, a.AcceptBy, a.RejectionReason, a.Nature)).ToList(),
                p.Meetings.OrderBy(m => m.StartsAt).Select(m => new PlanDetail.MeetingItem(m.Id, m.StartsAt, m.Duration, m.Location, m.VideoLink, m.Status)).ToList(),
                p.FollowUps.OrderBy(f => f.DueOn).Select(f => new PlanDetail.FollowUpItem(f.Id, f.DueOn, f.DoneAt, f.ResultingVersion)).ToList(),
                p.Versions.OrderBy(v => v.Number).Select(v => new PlanDetail.VersionItem(v.Number, v.EstablishedAt, v.PersonParticipated)).ToList(),
                p.CostAllocations.OrderBy(c => c.ProposedAt).Select(c => new PlanDetail.CostAllocationItem(c.Id, c.ShareKind, c.MunicipalityShare, c.RegionShare, c.Basis, c.ProposedByUnitId, c.ProposedAt, c.State,
                    c.MunicipalitySignatory, c.MunicipalitySignatoryTitle, c.MunicipalityAgreedAt, c.RegionSignatory, c.RegionSignatoryTitle, c.RegionAgreedAt, c.DisputeGround, c.DisputeReason, c.SupersededAt)).ToList(),
                p.Deviations.OrderBy(d => d.RaisedAt).Select(d => new PlanDetail.DeviationItem(d.Id, d.RaisedByUnitId, d.CounterpartOrganizationId, d.Description, d.IsCostDispute, d.RaisedAt, d.Level, d.DeIdentifiedSummary, d.StepDueOn, d.ResolvedAt, d.Resolution)).ToList(),
                p.Feedback.OrderBy(f => f.ReceivedOn).Select(f => new PlanDetail.FeedbackItem(f.Id, f.Kind, f.Text, f.ReceivedOn, f.RoutedToUnitId, f.RespondBy, f.AnsweredAt, f.Answer)).ToList()))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (detail is null)
        {
            throw new NotFoundException("Planen finns inte.");
        }

        // Unit names inside a collection would need SQL APPLY, which SQLite lacks: one lookup instead.
        var owningUnits = detail.Actions.Select(a => a.OwningUnitId).Distinct().ToList();
        var names = await units.AsNoTracking().Where(u => owningUnits.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken).ConfigureAwait(false);
        detail = detail with { Actions = [.. detail.Actions.Select(a => a with { OwningUnitName = names.GetValueOrDefault(a.OwningUnitId, string.Empty) })] };
        return detail.HasProtectedIdentity && !user.UnitIds.Contains(detail.InitiatingUnitId) ? ProtectedIdentity.Hide(detail) : detail;
    }
}
