using Sip.Domain.Calendar;
using Sip.Domain.Organizations;

namespace Sip.Application.Notifications;

/// <summary>The query of each kind of deadline owed past its day, which every figure of overdue deadlines asks.</summary>
public static partial class OverdueDeadlines
{
    /// <summary>
    /// One query per kind of deadline owed (<see cref="PlanDeadlines"/>) past its day, over the open plans of
    /// <paramref name="plans"/>; the kallelser, insatser and follow-ups over <paramref name="holders"/>, the same
    /// plans asked another way. The untouched drafts come apart, dated by when they were last touched.
    /// </summary>
    private static (IQueryable<Owed>[] Dated, IQueryable<Owed> Drafts) Rules(
        IQueryable<SipPlan> plans, IQueryable<SipPlan> holders, IQueryable<OrganizationUnit> units, DateTimeOffset now)
    {
        var today = SwedishTime.Today(now);
        var (answerOwed, decisionOwed, startOwed) = (PlanDeadlines.AnswerOwed, PlanDeadlines.DecisionOwed, PlanDeadlines.StartOwed);
        var (followUpOwed, stepOwed, replyOwed) = (PlanDeadlines.FollowUpOwed, PlanDeadlines.StepOwed, PlanDeadlines.ReplyOwed);
        var open = plans.AsNoTracking().Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
        var openHolders = holders.AsNoTracking().Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);

        // Rule 9 binds both principals: the initiating unit and every principal's unit taking part are reminded.
        var unsettled = open.Where(PlanDeadlines.CostAllocationOwed).Where(p => p.Placement!.CostAllocationDueOn < today);

        // Rule 27b: the steps are the health service's (6 § LVM; 001 2.7, the läkarintyg from primärvården or
        // Beroendeenheten), so each unit of the region taking part is reminded; with none taking part, the
        // initiating unit, which must bring the region in.
        var lvmOpen = open.Where(PlanDeadlines.LvmChecklistOwed).Where(p => p.Placement!.StartedOn < today);
        var regionUnits = units.Where(u => u.ActsForPrincipal == OrganizationKind.Region).Select(u => u.Id);

        // SelectMany with a result selector joins instead of needing SQL APPLY, which SQLite lacks.
        IQueryable<Owed>[] dated =
        [
            openHolders.SelectMany(
                p => p.Participants.AsQueryable().Where(answerOwed).Where(x => x.RespondBy < today),
                (p, x) => new Owed
                {
                    Kind = DeadlineKind.InvitationUnanswered, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = x.Id,
                    OwingUnitId = x.UnitId!.Value, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = x.RespondBy!.Value,
                }),
            openHolders.SelectMany(
                p => p.Actions.AsQueryable().Where(decisionOwed).Where(a => a.AcceptBy < today),
                (p, a) => new Owed
                {
                    Kind = DeadlineKind.ActionUnanswered, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = a.Id,
                    OwingUnitId = a.OwningUnitId, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = a.AcceptBy,
                }),
            // Rule 22: chased until the unit has reported it to IVO; the plan shows it until it starts.
            openHolders.SelectMany(
                p => p.Actions.AsQueryable().Where(startOwed).Where(a => a.NotExecutedBy < today),
                (p, a) => new Owed
                {
                    Kind = DeadlineKind.ActionNotExecuted, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = a.Id,
                    OwingUnitId = a.OwningUnitId, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = a.NotExecutedBy!.Value,
                }),
            open.Where(PlanDeadlines.FirstMeetingOwed).Where(p => p.FirstMeetingDueOn < today)
                .Select(p => new Owed
                {
                    Kind = DeadlineKind.FirstMeetingNotHeld, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = p.Id,
                    OwingUnitId = p.Origin.InitiatingUnitId, Coordinator = p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = p.FirstMeetingDueOn,
                }),
            openHolders.Where(PlanDeadlines.FollowsUp).SelectMany(
                p => p.FollowUps.AsQueryable().Where(followUpOwed).Where(f => f.DueOn < today),
                (p, f) => new Owed
                {
                    Kind = DeadlineKind.FollowUpOverdue, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = f.Id,
                    OwingUnitId = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, Coordinator = p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = f.DueOn,
                }),
            open.Where(PlanDeadlines.PlacementSipOwed).Where(p => p.Placement!.SipMeetingDueOn < today)
                .Select(p => new Owed
                {
                    Kind = DeadlineKind.PlacementSipNotHeld, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = p.Id,
                    OwingUnitId = p.Origin.InitiatingUnitId, Coordinator = p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = p.Placement!.SipMeetingDueOn!.Value,
                }),
            unsettled
                .Select(p => new Owed
                {
                    Kind = DeadlineKind.CostAllocationNotSettled, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = p.Id,
                    OwingUnitId = p.Origin.InitiatingUnitId, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = p.Placement!.CostAllocationDueOn!.Value,
                }),
            unsettled.SelectMany(
                p => p.Participants.Where(x => x.Kind == ParticipantKind.PrincipalUnit
                    && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                    && x.UnitId != null && x.UnitId != p.Origin.InitiatingUnitId),
                (p, x) => new Owed
                {
                    Kind = DeadlineKind.CostAllocationNotSettled, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = p.Id,
                    OwingUnitId = x.UnitId!.Value, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = p.Placement!.CostAllocationDueOn!.Value,
                }),
            lvmOpen.SelectMany(
                p => p.Participants.Where(x => (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                    && x.UnitId != null && regionUnits.Contains(x.UnitId.Value)),
                (p, x) => new Owed
                {
                    Kind = DeadlineKind.LvmChecklistOpen, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = p.Id,
                    OwingUnitId = x.UnitId!.Value, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = p.Placement!.StartedOn,
                }),
            lvmOpen.Where(p => !p.Participants.Any(x => (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                    && x.UnitId != null && regionUnits.Contains(x.UnitId.Value)))
                .Select(p => new Owed
                {
                    Kind = DeadlineKind.LvmChecklistOpen, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = p.Id,
                    OwingUnitId = p.Origin.InitiatingUnitId, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = p.Placement!.StartedOn,
                }),
            open.SelectMany(
                p => p.Deviations.AsQueryable().Where(stepOwed).Where(d => d.StepDueOn < today),
                (p, d) => new Owed
                {
                    Kind = DeadlineKind.DeviationUnresolved, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = d.Id,
                    OwingUnitId = d.RaisedByUnitId, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = d.StepDueOn!.Value,
                }),
            open.SelectMany(
                p => p.Feedback.AsQueryable().Where(replyOwed).Where(f => f.RespondBy < today),
                (p, f) => new Owed
                {
                    Kind = DeadlineKind.FeedbackUnanswered, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, SubjectId = f.Id,
                    OwingUnitId = f.RoutedToUnitId, Coordinator = p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId,
                    InitiatingOrganizationId = p.Origin.InitiatingOrganizationId, Deadline = f.RespondBy,
                }),
        ];
        var drafts = open.Where(DraftsUntouched(now))
            .Select(p => new Owed
            {
                Kind = DeadlineKind.DraftUntouched,
                PlanId = p.Id,
                ReferenceNumber = p.ReferenceNumber,
                SubjectId = p.Id,
                OwingUnitId = p.Origin.InitiatingUnitId,
                Coordinator = p.Origin.InitiatingUnitId,
                InitiatingOrganizationId = p.Origin.InitiatingOrganizationId,
                TouchedAt = p.UpdatedAt,
            });
        return (dated, drafts);
    }

    /// <summary>A passed deadline as the database gives it; a draft's comes as when it was last touched.</summary>
    private sealed class Owed
    {
        public DeadlineKind Kind { get; init; }

        public Guid PlanId { get; init; }

        public string ReferenceNumber { get; init; } = "";

        public Guid SubjectId { get; init; }

        public Guid OwingUnitId { get; init; }

        public Guid Coordinator { get; init; }

        public Guid InitiatingOrganizationId { get; init; }

        public DateOnly? Deadline { get; init; }

        public DateTimeOffset? TouchedAt { get; init; }
    }
}
