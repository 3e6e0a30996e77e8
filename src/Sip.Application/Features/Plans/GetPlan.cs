using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Pipeline;
using Sip.Domain.Organizations;
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

/// <summary>
/// The plan in one query for the plan itself, which also says which of its collections hold
/// anything, and one query for each that does: a draft has no meetings or versions, and few plans
/// have a cost allocation, a deviation or feedback, so no round trip is spent on what is empty.
/// Each query is compiled once (<see cref="CompiledPerModel{TQuery}"/>):
/// the plan is the most read answer of all, and building, funcletizing and looking up a LINQ
/// expression tree for each of its queries cost more of a request than the database did. Each is
/// a single query (none includes a collection), so EF Core streams its rows rather than buffering
/// them as it does for the split queries that are the context's default.
/// </summary>
public sealed class GetPlanHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetPlan, PlanDetail>
{
    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<Head>>> HeadOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) => db.Set<SipPlan>()
        .AsSingleQuery()
        .Where(p => p.Id == id)
        .Select(p => new Head(
            new PlanDetail(
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
                db.Set<OrganizationUnit>().Where(u => u.Id == p.Origin.InitiatingUnitId).Select(u => u.Name).First(),
                p.PersonGoals,
                p.OverallResponsibleUnitId,
                db.Set<OrganizationUnit>().Where(u => u.Id == p.OverallResponsibleUnitId).Select(u => u.Name).FirstOrDefault(),
                p.FirstMeetingDueOn,
                p.Placement == null ? null : new PlanDetail.PlacementItem(p.Placement.DecidedOn, p.Placement.StartedOn, p.Placement.IsAcute, p.Placement.PrecededBySip, p.Placement.SipMeetingDueOn, p.Placement.CostAllocationDueOn, p.Placement.CostAllocationSettledOn, p.Placement.PlacingOrganizationId, p.Placement.ResidentialUnitId),
                p.CreatedAt,
                p.UpdatedAt,
                p.Version,
                Array.Empty<PlanDetail.ParticipantItem>(),
                Array.Empty<PlanDetail.ConsentItem>(),
                Array.Empty<string>(),
                Array.Empty<PlanDetail.ActionItem>(),
                Array.Empty<PlanDetail.MeetingItem>(),
                Array.Empty<PlanDetail.FollowUpItem>(),
                Array.Empty<PlanDetail.VersionItem>()),
            p.Consents.Any(),
            p.Needs.Any(),
            p.Actions.Any(),
            p.Meetings.Any(),
            p.FollowUps.Any(),
            p.Versions.Any(),
            p.CostAllocations.Any(),
            p.Deviations.Any(),
            p.Feedback.Any()))
        .Take(1)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.ParticipantItem>>> ParticipantsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Participants)
            .Select(x => new PlanDetail.ParticipantItem(x.Id, x.Kind, x.UnitId, x.DisplayName, x.Relationship, x.State, x.RespondBy, x.DeclineReason, x.Email))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.ConsentItem>>> ConsentsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Consents)
            .Select(c => new PlanDetail.ConsentItem(c.Id, c.GivenBy, c.GuardianNames, c.Form, c.GivenAt, c.ScopeOrganizationIds, c.NextOfKinMayTakePart, c.WithdrawnAt, c.SupersededAt))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<string>>> NeedsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Needs).OrderBy(n => n.Order).Select(n => n.Description)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.ActionItem>>> ActionsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Actions)
            .Select(a => new PlanDetail.ActionItem(a.Id, a.ActionTypeCode, a.Principal.ToString(), a.OwningUnitId, db.Set<OrganizationUnit>().Where(u => u.Id == a.OwningUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, a.Description, a.StartOn, a.DueOn, a.Status, a.AcceptBy, a.RejectionReason, a.Nature))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.MeetingItem>>> MeetingsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Meetings).OrderBy(m => m.StartsAt)
            .Select(m => new PlanDetail.MeetingItem(m.Id, m.StartsAt, m.Duration, m.Location, m.VideoLink, m.Status))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.FollowUpItem>>> FollowUpsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.FollowUps).OrderBy(f => f.DueOn)
            .Select(f => new PlanDetail.FollowUpItem(f.Id, f.DueOn, f.DoneAt, f.ResultingVersion))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.VersionItem>>> VersionsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Versions).OrderBy(v => v.Number)
            .Select(v => new PlanDetail.VersionItem(v.Number, v.EstablishedAt, v.PersonParticipated))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.CostAllocationItem>>> CostAllocationsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.CostAllocations).OrderBy(c => c.ProposedAt)
            .Select(c => new PlanDetail.CostAllocationItem(c.Id, c.ShareKind, c.MunicipalityShare, c.RegionShare, c.Basis, c.ProposedByUnitId, c.ProposedAt, c.State,
                c.MunicipalitySignatory, c.MunicipalitySignatoryTitle, c.MunicipalityAgreedAt, c.RegionSignatory, c.RegionSignatoryTitle, c.RegionAgreedAt, c.DisputeGround, c.DisputeReason, c.SupersededAt))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.DeviationItem>>> DeviationsOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Deviations).OrderBy(d => d.RaisedAt)
            .Select(d => new PlanDetail.DeviationItem(d.Id, d.RaisedByUnitId, d.CounterpartOrganizationId, d.Description, d.IsCostDispute, d.RaisedAt, d.Level, d.DeIdentifiedSummary, d.StepDueOn, d.ResolvedAt, d.Resolution))));

    private static readonly CompiledPerModel<Func<DbContext, Guid, IAsyncEnumerable<PlanDetail.FeedbackItem>>> FeedbackOf = new(() => EF.CompileAsyncQuery((DbContext db, Guid id) =>
        db.Set<SipPlan>().AsSingleQuery().Where(p => p.Id == id).SelectMany(p => p.Feedback).OrderBy(f => f.ReceivedOn)
            .Select(f => new PlanDetail.FeedbackItem(f.Id, f.Kind, f.Text, f.ReceivedOn, f.RoutedToUnitId, f.RespondBy, f.AnsweredAt, f.Answer))));

    public async ValueTask<PlanDetail> Handle(GetPlan query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The unit of work is the EF Core context itself (ISipDbContext); a compiled query is given the context.
        var context = (DbContext)db;
        var id = query.PlanId;
        var head = (await ListAsync(HeadOf.For(context)(context, id), cancellationToken).ConfigureAwait(false)) is [var found] ? found : throw new NotFoundException("Planen finns inte.");
        var detail = head.Detail with
        {
            Participants = await ListAsync(ParticipantsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Consents = !head.HasConsents ? [] : await ListAsync(ConsentsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Needs = !head.HasNeeds ? [] : await ListAsync(NeedsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Actions = !head.HasActions ? [] : await ListAsync(ActionsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Meetings = !head.HasMeetings ? [] : await ListAsync(MeetingsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            FollowUps = !head.HasFollowUps ? [] : await ListAsync(FollowUpsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Versions = !head.HasVersions ? [] : await ListAsync(VersionsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            CostAllocations = !head.HasCostAllocations ? [] : await ListAsync(CostAllocationsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Deviations = !head.HasDeviations ? [] : await ListAsync(DeviationsOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
            Feedback = !head.HasFeedback ? [] : await ListAsync(FeedbackOf.For(context)(context, id), cancellationToken).ConfigureAwait(false),
        };
        return ProtectedIdentity.HiddenFrom(detail.HasProtectedIdentity, detail.InitiatingUnitId, [.. user.UnitIds]) ? ProtectedIdentity.Hide(detail) : detail;
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>The plan without its collections, and which of them hold anything.</summary>
    private sealed record Head(PlanDetail Detail, bool HasConsents, bool HasNeeds, bool HasActions, bool HasMeetings, bool HasFollowUps, bool HasVersions, bool HasCostAllocations, bool HasDeviations, bool HasFeedback);
}
