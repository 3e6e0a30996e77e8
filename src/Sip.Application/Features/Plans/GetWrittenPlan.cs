using Sip.Domain.Actions;
using Sip.Domain.Organizations;

namespace Sip.Application.Features.Plans;

/// <summary>
/// The written plan (skriftlig plan) of one established version, as the person receives it: the
/// version's own snapshot, with the names of the units, organisations and the consent it refers to
/// looked up, so the document says in words what the snapshot holds as ids. Reads personal data.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetWrittenPlan(Guid PlanId, int Number) : IQuery<WrittenPlan>, IPlanRequest, IReadsPersonalData;

public sealed record WrittenPlan(
    string ReferenceNumber,
    int Number,
    int LatestNumber,
    DateTimeOffset EstablishedAt,
    DateTimeOffset? RedactedAt,
    string PersonName,
    string? PersonalIdentityNumber,
    string Reason,
    string? PersonGoals,
    IReadOnlyList<string> Needs,
    bool PersonParticipated,
    string? PersonAbsenceReason,
    DateTimeOffset PersonApprovedAt,
    IReadOnlyList<WrittenPlan.ParticipantLine> Participants,
    IReadOnlyList<WrittenPlan.ActionLine> Actions,
    WrittenPlan.UnitLine OverallResponsible,
    DateOnly NextFollowUpOn,
    WrittenPlan.ConsentLine? Consent,
    WrittenPlan.FastCareContactLine? FastCareContact = null,
    string? ReserveNumber = null,
    DateOnly? BirthDate = null,
    WrittenPlan.ChildrenLine? Children = null,
    PlanSnapshot.PlacementLine? Placement = null,
    PlanSnapshot.CommunicationLine? Communication = null)
{
    /// <summary>A person without personnummer: the plan says so, with the reservnummer if any and the birth date.</summary>
    public bool LacksPersonalIdentityNumber => PersonalIdentityNumber is null && BirthDate is not null;

    /// <summary>
    /// Rules 12c and 24: the children in the household and the outcome of the orosanmälan
    /// assessment. With skyddad identitet, where a child lives and which social services got the
    /// report are never in the document: either would tell where the person lives.
    /// </summary>
    public sealed record ChildrenLine(
        IReadOnlyList<PlanSnapshot.ChildLine> Children,
        bool? ReportMade,
        DateOnly? ReportMadeOn,
        string? SocialServices,
        bool? ParentAndChildInformed);

    /// <summary>Rule 29: the fast vårdkontakt the version names, and where they work.</summary>
    public sealed record FastCareContactLine(string Name, string? Telephone, UnitLine Unit);

    /// <summary>A unit as the person needs to know it: its name, its organisation and where it is reached.</summary>
    public sealed record UnitLine(string Name, string OrganizationName, OrganizationKind OrganizationKind, string? Mailbox);

    /// <summary>Who takes part: a person by name (and relation), or a unit; a representative with the mandate (rule 25).</summary>
    public sealed record ParticipantLine(
        ParticipantKind Kind, string Name, UnitLine? Unit, InvitationState State, RepresentativeMandate? Mandate = null);

    public sealed record ActionLine(
        string TypeName, string Description, ResponsiblePrincipal Principal, UnitLine Unit, DateOnly? StartOn, DateOnly? DueOn,
        ActionStatus Status);

    /// <param name="RepresentativeName">Rule 25: the god man, förvaltare or ombud who gave it, and in what capacity.</param>
    public sealed record ConsentLine(
        ConsentGiver GivenBy, string? GuardianNames, ConsentForm Form, DateTimeOffset GivenAt, IReadOnlyList<string> ScopeOrganizationNames,
        bool NextOfKinMayTakePart, string? ChildsView, DateTimeOffset? WithdrawnAt,
        string? RepresentativeName = null, ParticipantKind? RepresentativeCapacity = null);
}

public sealed class GetWrittenPlanValidator : AbstractValidator<GetWrittenPlan>
{
    public GetWrittenPlanValidator()
    {
        RuleFor(x => x.Number).GreaterThanOrEqualTo(1).WithMessage("Versionerna numreras från 1.");
    }
}

public sealed class GetWrittenPlanHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetWrittenPlan, WrittenPlan>
{
    public async ValueTask<WrittenPlan> Handle(GetWrittenPlan query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = db.Plans.AsNoTracking().Where(p => p.Id == query.PlanId);
        var head = await plan
            .Select(p => new
            {
                p.ReferenceNumber,
                p.Person.FullName,
                p.Person.IdentityNumber,
                p.Person.ReserveNumber,
                p.Person.BirthDate,
                p.Person.HasProtectedIdentity,
                p.Origin.InitiatingUnitId,
                p.AnonymisedAt,
                Latest = p.Versions.Max(v => (int?)v.Number),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var version = await plan.SelectMany(p => p.Versions)
            .Where(v => v.Number == query.Number)
            .Select(v => new
            {
                v.EstablishedAt,
                v.RedactedAt,
                v.PersonParticipated,
                v.PersonAbsenceReason,
                v.PersonApprovedAt,
                v.ContentJson,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null || version is null)
        {
            throw new NotFoundException("Planen har ingen fastställd version med det numret.");
        }

        var content = PlanSnapshot.FromJson(version.ContentJson);
        var units = await UnitsAsync(content, cancellationToken);
        var consent = await ConsentAsync(query.PlanId, content.ConsentId, cancellationToken);

        // Skyddad identitet: only the initiating unit, which holds the case, may see the name (as in GetPlan).
        var nameHidden = ProtectedIdentity.HiddenFrom(head.HasProtectedIdentity, head.InitiatingUnitId, [.. user.UnitIds]);
        string PersonName(string name) => nameHidden ? ProtectedIdentity.Shown : name;

        return new WrittenPlan(
            head.ReferenceNumber,
            query.Number,
            head.Latest ?? query.Number,
            version.EstablishedAt,
            version.RedactedAt,
            PersonName(head.FullName),
            head.AnonymisedAt is null ? head.IdentityNumber?.ToString() : null,
            content.Reason,
            content.PersonGoals,
            content.Needs,
            version.PersonParticipated,
            version.PersonAbsenceReason,
            version.PersonApprovedAt,
            // A kallelse forwarded or withdrawn went to the wrong unit (rule 7b): the person meets the right one. Versions
            // established before the snapshot left such units out still hold them.
            [.. content.Participants.Where(p => p.State is not (InvitationState.Forwarded or InvitationState.Withdrawn))
                .Select(p => new WrittenPlan.ParticipantLine(
                p.Kind,
                p.Kind == ParticipantKind.Person ? PersonName(p.DisplayName) : p.DisplayName,
                p.UnitId is { } unitId ? units[unitId] : null,
                p.State,
                p.Mandate))],
            [.. content.Actions.Select(a => new WrittenPlan.ActionLine(
                ActionTypeCatalog.Find(a.ActionTypeCode)?.Name ?? a.ActionTypeCode,
                a.Description,
                Enum.TryParse<ResponsiblePrincipal>(a.Principal, out var principal) ? principal : ResponsiblePrincipal.Other,
                units[a.OwningUnitId],
                a.StartOn,
                a.DueOn,
                a.Status))],
            units[content.OverallResponsibleUnitId],
            content.NextFollowUpOn,
            consent,
            content.FastCareContact is { } contact
                ? new WrittenPlan.FastCareContactLine(contact.Name, contact.Telephone, units[contact.UnitId])
                : null,
            head.AnonymisedAt is null ? head.ReserveNumber?.Value : null,
            head.AnonymisedAt is null && head.IdentityNumber is null ? head.BirthDate : null,
            content.Children is not { } children ? null : new WrittenPlan.ChildrenLine(
                head.HasProtectedIdentity ? [.. children.Children.Select(c => c with { LivesWith = null })] : children.Children,
                children.ReportMade,
                children.ReportMadeOn,
                head.HasProtectedIdentity ? null : children.SocialServices,
                children.ParentAndChildInformed),
            content.Placement,
            content.Communication);
    }

    /// <summary>Every unit the version names, with its organisation; a unit is never deleted, only deactivated.</summary>
    private async Task<Dictionary<Guid, WrittenPlan.UnitLine>> UnitsAsync(PlanSnapshot content, CancellationToken cancellationToken)
    {
        var ids = content.Participants.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value)
            .Concat(content.Actions.Select(a => a.OwningUnitId))
            .Append(content.OverallResponsibleUnitId)
            .Concat(content.FastCareContact is { } contact ? [contact.UnitId] : [])
            .Distinct()
            .ToList();
        var found = await db.Units.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                Line = new WrittenPlan.UnitLine(
                    u.Name,
                    db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).First(),
                    u.OrganizationKind,
                    u.InvitationMailbox),
            })
            .ToDictionaryAsync(u => u.Id, u => u.Line, cancellationToken);
        return found;
    }

    private async Task<WrittenPlan.ConsentLine?> ConsentAsync(Guid planId, Guid consentId, CancellationToken cancellationToken)
    {
        var consent = await db.Plans.AsNoTracking()
            .Where(p => p.Id == planId)
            .SelectMany(p => p.Consents)
            .Where(c => c.Id == consentId)
            .Select(c => new
            {
                c.GivenBy,
                c.GuardianNames,
                c.Form,
                c.GivenAt,
                c.ScopeOrganizationIds,
                c.NextOfKinMayTakePart,
                c.ChildsView,
                c.WithdrawnAt,
                c.RepresentativeName,
                c.RepresentativeCapacity,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (consent is null)
        {
            return null;
        }

        var scope = consent.ScopeOrganizationIds.ToList();
        var names = await db.Organizations.AsNoTracking()
            .Where(o => scope.Contains(o.Id))
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => o.Name)
            .ToListAsync(cancellationToken);
        return new WrittenPlan.ConsentLine(
            consent.GivenBy, consent.GuardianNames, consent.Form, consent.GivenAt, names, consent.NextOfKinMayTakePart, consent.ChildsView,
            consent.WithdrawnAt, consent.RepresentativeName, consent.RepresentativeCapacity);
    }
}
