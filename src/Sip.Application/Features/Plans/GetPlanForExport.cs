using Sip.Domain.Actions;
using Sip.Domain.Organizations;
using Sip.Domain.People;

namespace Sip.Application.Features.Plans;

/// <summary>
/// The plan with the directory facts an exchange format needs (HSA-id, organisation number, which
/// principal a unit belongs to), for a participant to hand to another system. Same access rule as
/// <see cref="GetPlan"/>, and it reads personal data, so every call is logged.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetPlanForExport(Guid PlanId) : IQuery<PlanExport>, IPlanRequest, IReadsPersonalData;

public sealed record PlanExport(
    Guid Id,
    string ReferenceNumber,
    PlanStatus Status,
    PlanExport.PersonItem Person,
    string Reason,
    string? PersonGoals,
    Guid InitiatingUnitId,
    Guid? OverallResponsibleUnitId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstEstablishedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<PlanExport.ParticipantItem> Participants,
    IReadOnlyList<PlanExport.ConsentItem> Consents,
    IReadOnlyList<PlanExport.NeedItem> Needs,
    IReadOnlyList<PlanExport.ActionItem> Actions,
    IReadOnlyList<PlanExport.UnitItem> Units,
    IReadOnlyList<PlanExport.OrganizationItem> Organizations,
    PlanExport.FastCareContactItem? FastCareContact = null,
    PlanExport.CommunicationItem? Communication = null,
    IReadOnlyList<PlanExport.ChildItem>? Children = null,
    HvbPlacement? Placement = null)
{
    /// <summary>Rule 24: a child in the household, never by name (HSL 5 kap. 7 §).</summary>
    public sealed record ChildItem(Guid Id, int? AgeYears, int? BirthYear, ChildLivesWith LivesWith, ChildCustody Custody);

    /// <summary>Rule 25: the person's language, whether a tolk is needed, and other support.</summary>
    public sealed record CommunicationItem(bool InterpreterNeeded, string? Language, string? OtherSupport);

    /// <summary>Rule 29: the fast vårdkontakt and the region's unit they work at.</summary>
    public sealed record FastCareContactItem(Guid UnitId, string Name, string? Telephone);

    /// <param name="IdentityNumber">12 digits; null once the plan is gallrad, and for a person without one.</param>
    /// <param name="Name">Null where skyddad identitet hides it from the reader's unit.</param>
    /// <param name="ReserveNumber">The region's reservnummer of a person without personnummer, under the county
    /// policy's identifier system (<paramref name="ReserveNumberSystem"/>).</param>
    public sealed record PersonItem(
        string? IdentityNumber,
        bool IsCoordinationNumber,
        DateOnly? BirthDate,
        string? Name,
        bool HasProtectedIdentity,
        string? ReserveNumber = null,
        string? ReserveNumberSystem = null);

    /// <param name="MandateScope">Rule 25: a god man's, förvaltare's or ombud's mandate, and its last day (an ombud's fullmakt).</param>
    public sealed record ParticipantItem(
        Guid Id, ParticipantKind Kind, Guid? UnitId, Guid? OrganizationId, string DisplayName, string? Relationship, InvitationState State,
        string? MandateScope = null, DateOnly? MandateValidUntil = null)
    {
        /// <summary>Summoned or taking part: not declined, forwarded or withdrawn.</summary>
        public bool TakesPart => State is InvitationState.Invited or InvitationState.Accepted;
    }

    /// <param name="RepresentativeParticipantId">Rule 25: the god man, förvaltare or ombud who gave it.</param>
    public sealed record ConsentItem(
        Guid Id, ConsentGiver GivenBy, ConsentForm Form, DateTimeOffset GivenAt, IReadOnlyList<Guid> ScopeOrganizationIds,
        bool NextOfKinMayTakePart, DateTimeOffset? WithdrawnAt, DateTimeOffset? SupersededAt, Guid? RepresentativeParticipantId = null);

    public sealed record NeedItem(Guid Id, string Description);

    public sealed record ActionItem(
        Guid Id, string ActionTypeCode, ResponsiblePrincipal Principal, Guid OwningUnitId, Guid? NeedId, string Description,
        DateOnly? StartOn, DateOnly? DueOn, ActionStatus Status, DateTimeOffset ProposedAt, DateOnly AcceptBy);

    public sealed record UnitItem(Guid Id, string Name, UnitKind Kind, string? HsaId, Guid OrganizationId);

    public sealed record OrganizationItem(Guid Id, string Name, OrganizationKind Kind, string? OrganizationNumber);

    public UnitItem? Unit(Guid id) => Units.FirstOrDefault(u => u.Id == id);

    public OrganizationItem? Organization(Guid id) => Organizations.FirstOrDefault(o => o.Id == id);
}

public sealed class GetPlanForExportHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetPlanForExport, PlanExport>
{
    public async ValueTask<PlanExport> Handle(GetPlanForExport query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var unitIds = user.UnitIds.ToList();
        var plan = db.Plans.AsNoTracking().Where(p => p.Id == query.PlanId);
        var head = await plan
            .Select(p => new
            {
                p.Id,
                p.ReferenceNumber,
                p.Status,
                Identity = p.Person.IdentityNumber,
                p.Person.ReserveNumber,
                p.Person.BirthDate,
                p.Person.HasProtectedIdentity,
                NameHidden = p.Person.HasProtectedIdentity && !unitIds.Contains(p.Origin.InitiatingUnitId),
                p.Person.FullName,
                p.Reason,
                p.PersonGoals,
                p.Origin.InitiatingUnitId,
                p.OverallResponsibleUnitId,
                p.CreatedAt,
                p.UpdatedAt,
                FirstEstablishedAt = p.Versions.OrderBy(v => v.Number).Select(v => (DateTimeOffset?)v.EstablishedAt).FirstOrDefault(),
                p.ClosedAt,
                CareContactUnitId = p.FastCareContact != null ? p.FastCareContact.UnitId : (Guid?)null,
                CareContactName = p.FastCareContact != null ? p.FastCareContact.Name : null,
                CareContactTelephone = p.FastCareContact != null ? p.FastCareContact.Telephone : null,
                Communication = p.CommunicationNeed != null
                    ? new PlanExport.CommunicationItem(
                        p.CommunicationNeed.InterpreterNeeded, p.CommunicationNeed.Language, p.CommunicationNeed.OtherSupport)
                    : null,
                p.Placement,
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Planen finns inte.");

        var participants = await plan.SelectMany(p => p.Participants)
            .Select(x => new PlanExport.ParticipantItem(
                x.Id, x.Kind, x.UnitId, x.OrganizationId, x.DisplayName, x.Relationship, x.State, x.MandateScope, x.MandateValidUntil))
            .ToListAsync(cancellationToken);
        var consents = await plan.SelectMany(p => p.Consents).OrderBy(c => c.GivenAt)
            .Select(c => new PlanExport.ConsentItem(
                c.Id, c.GivenBy, c.Form, c.GivenAt, c.ScopeOrganizationIds, c.NextOfKinMayTakePart, c.WithdrawnAt, c.SupersededAt,
                c.RepresentativeParticipantId))
            .ToListAsync(cancellationToken);
        var needs = await plan.SelectMany(p => p.Needs).OrderBy(n => n.Order)
            .Select(n => new PlanExport.NeedItem(n.Id, n.Description))
            .ToListAsync(cancellationToken);
        var actions = await plan.SelectMany(p => p.Actions).OrderBy(a => a.ProposedAt)
            .Select(a => new PlanExport.ActionItem(
                a.Id, a.ActionTypeCode, a.Principal, a.OwningUnitId, a.NeedId, a.Description, a.StartOn, a.DueOn, a.Status, a.ProposedAt,
                a.AcceptBy))
            .ToListAsync(cancellationToken);

        var children = await plan.SelectMany(p => p.Children).OrderBy(c => c.Id)
            .Select(c => new PlanExport.ChildItem(c.Id, c.AgeYears, c.BirthYear, c.LivesWith, c.Custody))
            .ToListAsync(cancellationToken);
        var placementUnits = new[] { head.Placement?.ResidentialUnitId, head.Placement?.MedicalCareChosenByUnitId };
        var referencedUnits = participants.Where(x => x.UnitId is not null).Select(x => x.UnitId!.Value)
            .Concat(actions.Select(a => a.OwningUnitId))
            .Append(head.InitiatingUnitId)
            .Concat(head.OverallResponsibleUnitId is { } overall ? [overall] : [])
            .Concat(head.CareContactUnitId is { } careContactUnit ? [careContactUnit] : [])
            .Concat(placementUnits.OfType<Guid>())
            .Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => referencedUnits.Contains(u.Id))
            .Select(u => new PlanExport.UnitItem(u.Id, u.Name, u.Kind, u.HsaId, u.OrganizationId))
            .ToListAsync(cancellationToken);
        var referencedOrganizations = units.Select(u => u.OrganizationId)
            .Concat(participants.Where(x => x.OrganizationId is not null).Select(x => x.OrganizationId!.Value))
            .Concat(consents.SelectMany(c => c.ScopeOrganizationIds))
            .Concat(head.Placement?.PlacingOrganizationId is { } placing ? [placing] : [])
            .Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => referencedOrganizations.Contains(o.Id))
            .Select(o => new PlanExport.OrganizationItem(o.Id, o.Name, o.Kind, o.OrganizationNumber))
            .ToListAsync(cancellationToken);

        var identity = head.Identity;
        var gallrad = identity == PersonalIdentityNumber.Removed;
        var system = await db.CountyPolicies.AsNoTracking().OrderBy(p => p.Name).Select(p => p.ReserveNumberSystem)
            .FirstAsync(cancellationToken);
        var person = new PlanExport.PersonItem(
            gallrad ? null : identity?.Value,
            identity?.IsCoordinationNumber ?? false,
            gallrad ? null : head.BirthDate,
            head.NameHidden ? null : head.FullName,
            head.HasProtectedIdentity,
            head.ReserveNumber?.Value,
            system);
        if (head.NameHidden)
        {
            participants =
                [.. participants.Select(x => x.Kind == ParticipantKind.Person ? x with { DisplayName = ProtectedIdentity.Shown } : x)];
        }

        return new PlanExport(
            head.Id, head.ReferenceNumber, head.Status, person, head.Reason, head.PersonGoals, head.InitiatingUnitId,
            head.OverallResponsibleUnitId,
            head.CreatedAt, head.UpdatedAt, head.FirstEstablishedAt, head.ClosedAt,
            participants, consents, needs, actions, units, organizations,
            head.CareContactUnitId is { } careContactUnitId
                ? new PlanExport.FastCareContactItem(careContactUnitId, head.CareContactName!, head.CareContactTelephone)
                : null,
            head.Communication,
            children,
            head.Placement);
    }
}
