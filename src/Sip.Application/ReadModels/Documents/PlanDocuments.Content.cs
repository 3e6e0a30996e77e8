using Sip.Application.Features.Plans;

namespace Sip.Application.ReadModels.Documents;

/// <summary>The plan as its document holds it, made from the aggregate and the units' names.</summary>
public static partial class PlanDocuments
{
    /// <summary>
    /// The plan as its participants see it, before protected identity is applied. Each collection
    /// the change did not load is taken from <paramref name="previous"/>.
    /// </summary>
    private static PlanDetail Of(SipPlan p, IReadOnlyDictionary<Guid, string> names, PlanDetail? previous, Func<string, bool> loaded)
    {
        // The need is the plan's, so each meeting takes it afresh, kept or not (rule 25).
        var need = p.CommunicationNeed is { } n
            ? new PlanDetail.CommunicationNeedItem(n.InterpreterNeeded, n.Language, n.OtherSupport)
            : null;
        IReadOnlyList<T> Items<TEntity, T>(
            string collection, IEnumerable<TEntity> entities, Func<TEntity, T> item, Func<PlanDetail, IReadOnlyList<T>?> kept) =>
            loaded(collection) || previous is null ? [.. entities.Select(item)] : kept(previous) ?? [];

        return new PlanDetail(
            p.Id,
            p.ReferenceNumber,
            p.Status,
            p.Person.IdentityNumber?.Value,
            p.Person.FullName,
            p.Person.HasProtectedIdentity,
            p.Person.ChildrenInHousehold,
            p.Reason,
            p.Origin.Kind,
            p.Origin.ExternalCaseReference,
            p.Origin.InitiatingUnitId,
            names.GetValueOrDefault(p.Origin.InitiatingUnitId, string.Empty),
            p.PersonGoals,
            p.OverallResponsibleUnitId,
            p.OverallResponsibleUnitId is { } overall ? names.GetValueOrDefault(overall) : null,
            p.FirstMeetingDueOn,
            p.Placement is not { } h ? null : new PlanDetail.PlacementItem(
                h.DecidedOn, h.StartedOn, h.IsAcute, h.PrecededBySip, h.SipMeetingDueOn, h.CostAllocationDueOn, h.CostAllocationSettledOn,
                h.PlacingOrganizationId, h.ResidentialUnitId, h.LegalBasis, h.Motive, h.MotiveText, h.CareContent, h.MedicalCare,
                h.LvmNotifiedBy, h.LvmNotifiedOn, h.LvmCertificateWrittenAt),
            p.CreatedAt,
            p.UpdatedAt,
            p.Version,
            Items(
                nameof(SipPlan.Participants),
                p.Participants.OrderBy(x => x.InvitedAt).ThenBy(x => x.Id),
                x => new PlanDetail.ParticipantItem(
                    x.Id, x.Kind, x.UnitId, x.DisplayName, x.Relationship, x.State, x.RespondBy, x.DeclineReason, x.Email,
                    x.RedirectReason, x.Mandate),
                d => d.Participants),
            Items(
                nameof(SipPlan.Consents),
                p.Consents.OrderBy(c => c.GivenAt).ThenBy(c => c.Id),
                c => new PlanDetail.ConsentItem(
                    c.Id, c.GivenBy, c.GuardianNames, c.Form, c.GivenAt, [.. c.ScopeOrganizationIds], c.NextOfKinMayTakePart,
                    c.WithdrawnAt, c.SupersededAt, [.. c.ScopeUnitIds], c.RepresentativeName, c.RepresentativeCapacity,
                    c.WithdrawnByName, c.WithdrawnByCapacity),
                d => d.Consents),
            Items(nameof(SipPlan.Needs), p.Needs.OrderBy(n => n.Order), n => n.Description, d => d.Needs),
            Items(nameof(SipPlan.Actions), p.Actions.OrderBy(a => a.ProposedAt).ThenBy(a => a.Id), a => new PlanDetail.ActionItem(
                a.Id, a.ActionTypeCode, a.Principal.ToString(), a.OwningUnitId, names.GetValueOrDefault(a.OwningUnitId, string.Empty),
                a.Description,
                a.StartOn, a.DueOn, a.Status, a.AcceptBy, a.RejectionReason, a.Nature, a.NotExecutedBy, a.ReportedToIvoOn), d => d.Actions),
            [.. Items(
                nameof(SipPlan.Meetings),
                p.Meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id),
                m => new PlanDetail.MeetingItem(m.Id, m.StartsAt, m.Duration, m.Location, m.VideoLink, m.Status),
                d => d.Meetings).Select(m => m with { CommunicationNeed = need })],
            Items(
                nameof(SipPlan.FollowUps),
                p.FollowUps.OrderBy(f => f.DueOn).ThenBy(f => f.Id),
                f => new PlanDetail.FollowUpItem(f.Id, f.DueOn, f.DoneAt, f.ResultingVersion),
                d => d.FollowUps),
            Items(
                nameof(SipPlan.Versions),
                p.Versions.OrderBy(v => v.Number),
                v => new PlanDetail.VersionItem(v.Number, v.EstablishedAt, v.PersonParticipated),
                d => d.Versions),
            Items(
                nameof(SipPlan.CostAllocations),
                p.CostAllocations.OrderBy(c => c.ProposedAt).ThenBy(c => c.Id),
                c => new PlanDetail.CostAllocationItem(
                    c.Id, c.ShareKind, c.MunicipalityShare, c.RegionShare, c.Basis, c.ProposedByUnitId, c.ProposedAt, c.State,
                    c.MunicipalitySignatory, c.MunicipalitySignatoryTitle, c.MunicipalityAgreedAt, c.RegionSignatory,
                    c.RegionSignatoryTitle, c.RegionAgreedAt, c.DisputeGround, c.DisputeReason, c.SupersededAt),
                d => d.CostAllocations),
            Items(
                nameof(SipPlan.Deviations),
                p.Deviations.OrderBy(d => d.RaisedAt).ThenBy(d => d.Id),
                d => new PlanDetail.DeviationItem(
                    d.Id, d.RaisedByUnitId, d.CounterpartOrganizationId, d.Description, d.IsCostDispute, d.RaisedAt, d.Level,
                    d.DeIdentifiedSummary, d.StepDueOn, d.ResolvedAt, d.Resolution),
                d => d.Deviations),
            Items(
                nameof(SipPlan.Feedback),
                p.Feedback.OrderBy(f => f.ReceivedOn).ThenBy(f => f.Id),
                f => new PlanDetail.FeedbackItem(f.Id, f.Kind, f.Text, f.ReceivedOn, f.RoutedToUnitId, f.RespondBy, f.AnsweredAt, f.Answer),
                d => d.Feedback),
            p.FastCareContact is not { } contact
                ? null
                : new PlanDetail.FastCareContactItem(
                    contact.UnitId,
                    names.GetValueOrDefault(contact.UnitId, string.Empty),
                    contact.Name,
                    contact.Telephone,
                    contact.NamedAt),
            p.Person.IdentityKind,
            p.Person.ReserveNumber?.Value,
            p.Person.BirthDate,
            // A database returns a plan's children in no set order; the document keeps one.
            [.. p.Children.OrderBy(c => c.Id).Select(c => new PlanDetail.ChildItem(c.AgeYears, c.BirthYear, c.LivesWith, c.Custody))],
            loaded(nameof(SipPlan.Versions)) || previous?.ReportOfConcern is null ? new PlanDetail.ReportOfConcernItem(
                p.ReportOfConcernAssessment,
                p.ReportOfConcernAssessedAt,
                p.ReportOfConcernForVersion,
                p.HasCurrentReportOfConcernAssessment,
                !p.ReportOfConcernAssessedForNextVersion,
                p.ReportOfConcernMade,
                p.ReportOfConcernMadeOn,
                p.ReportOfConcernSocialServices,
                p.ReportOfConcernParentAndChildInformed) : previous.ReportOfConcern,
            loaded(nameof(SipPlan.Needs)) || previous is null
                ? p.Needs.Any(n => n.Area == NeedArea.ChildrensInformationAdviceSupport)
                : previous.ChildrensNeed,
            need,
            OpenDeadlines(p, previous, loaded));
    }

    /// <summary>
    /// The names of the units the plans' documents show (the initiating unit, the one with overall
    /// responsibility, each insats's, the fast vårdkontakt's): those in the previous document, which a rename would have
    /// removed, and the rest from the directory.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> NamesAsync(
        ISipDbContext db, IReadOnlyCollection<SipPlan> plans, CancellationToken cancellationToken, PlanDetail? previous = null)
    {
        var names = new Dictionary<Guid, string>();
        if (previous is not null)
        {
            names.TryAdd(previous.InitiatingUnitId, previous.InitiatingUnitName);
            if (previous is { OverallResponsibleUnitId: { } overall, OverallResponsibleUnitName: { } overallName })
            {
                names.TryAdd(overall, overallName);
            }

            foreach (var action in previous.Actions)
            {
                names.TryAdd(action.OwningUnitId, action.OwningUnitName);
            }

            if (previous.FastCareContact is { } contact)
            {
                names.TryAdd(contact.UnitId, contact.UnitName);
            }
        }

        var wanted = plans
            .SelectMany(p => p.Actions.Select(a => a.OwningUnitId)
                .Append(p.Origin.InitiatingUnitId)
                .Concat(p.OverallResponsibleUnitId is { } o ? [o] : [])
                .Concat(p.FastCareContact is { } f ? [f.UnitId] : []))
            .Where(id => !names.ContainsKey(id)).Distinct().ToList();
        if (wanted.Count > 0)
        {
            var units = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.Name })
                .ToListAsync(cancellationToken);
            foreach (var unit in units)
            {
                names[unit.Id] = unit.Name;
            }
        }

        return names;
    }
}
