using Sip.Application.Features.Placements;
using Sip.Domain.Calendar;
using Sip.Domain.People;

namespace Sip.Application.Features.Plans;

/// <summary>
/// Starts a SIP from a case in the initiating unit's own system, idempotent on the case reference and the initiating organisation.
/// A person without personnummer or samordningsnummer is started with the region's reservnummer and a birth date, or with the birth
/// date alone (<see cref="IdentityKind"/>; left out, it is a personnummer).
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record StartPlanFromCase(
    Guid InitiatingUnitId,
    string ExternalCaseReference,
    OriginKind Origin,
    string? PersonalIdentityNumber,
    string PersonName,
    bool HasProtectedIdentity,
    bool ChildrenInHousehold,
    string Reason,
    StartPlanFromCase.PlacementInput? Placement,
    IdentityKind? IdentityKind = null,
    string? ReserveNumber = null,
    DateOnly? BirthDate = null) : ICommand<PlanStarted>
{
    /// <summary>The placement the case is about; its details (rule 26b) may be given at the start or later on the plan.</summary>
    public sealed record PlacementInput(
        DateOnly DecidedOn,
        DateOnly StartedOn,
        bool IsAcute,
        bool PrecededBySip,
        PlacementLegalBasis? LegalBasis = null,
        PlacementMotive? Motive = null,
        string? MotiveText = null,
        string? CareContent = null) : IPlacementDetails;
}

public sealed record PlanStarted(Guid PlanId, string ReferenceNumber, bool AlreadyExisted) : IConcernsPlan;

public sealed class StartPlanFromCaseValidator : AbstractValidator<StartPlanFromCase>
{
    public StartPlanFromCaseValidator(ISipDbContext db, TimeProvider clock)
    {
        RuleFor(x => x.InitiatingUnitId)
            .NotEmpty().WithMessage("Välj den enhet som initierar planen.")
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Enheten finns inte.")
            .When(x => x.InitiatingUnitId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.ExternalCaseReference)
            .RequiredText("Ange ärendets referens i verksamhetssystemet.", "Ärendereferensen får vara högst 64 tecken.", 64);
        RuleFor(x => x.Origin).IsInEnum().WithMessage("Välj var initiativet kommer ifrån.");
        RuleFor(x => x.IdentityKind).IsInEnum().WithMessage("Välj personnummer, reservnummer eller ingetdera.");
        When(x => (x.IdentityKind ?? IdentityKind.PersonalIdentityNumber) == IdentityKind.PersonalIdentityNumber, () =>
        {
            RuleFor(x => x.PersonalIdentityNumber)
                .Custom((value, context) =>
                {
                    if (!Domain.People.PersonalIdentityNumber.TryParse(value, SwedishTime.Today(clock.GetUtcNow()), out _, out var error))
                    {
                        context.AddFailure(error ?? "Ogiltigt personnummer.");
                    }
                });
            RuleFor(x => x.ReserveNumber).Empty()
                .WithMessage("Reservnummer anges bara för en person utan personnummer och samordningsnummer.");
            RuleFor(x => x.BirthDate).Null()
                .WithMessage("Födelsedatumet följer av personnumret; ange det bara för en person utan personnummer.");
        });
        When(x => x.IdentityKind is IdentityKind.ReserveNumber or IdentityKind.None, () =>
        {
            RuleFor(x => x.PersonalIdentityNumber).Empty()
                .WithMessage("Personen har ett personnummer eller samordningsnummer: välj det slaget av identitet i stället.");
            RuleFor(x => x.BirthDate)
                .NotNull().WithMessage("Ange födelsedatum för en person utan personnummer.")
                .Must(d => d is not { } born
                    || (born <= SwedishTime.Today(clock.GetUtcNow()) && born.Year >= SwedishTime.Today(clock.GetUtcNow()).Year - 130))
                .WithMessage("Födelsedatumet ska ligga mellan 130 år bakåt och i dag.");
        });
        When(x => x.IdentityKind == IdentityKind.ReserveNumber, () =>
            RuleFor(x => x.ReserveNumber).CustomAsync(async (value, context, ct) =>
            {
                var format = await db.CountyPolicies.OrderBy(p => p.Name)
                    .Select(p => new { p.ReserveNumberPattern, p.ReserveNumberDescription })
                    .FirstAsync(ct);
                var (pattern, description) = (format.ReserveNumberPattern, format.ReserveNumberDescription);
                if (!Domain.People.ReserveNumber.TryParse(value, pattern, description, out _, out var error))
                {
                    context.AddFailure(error ?? "Ogiltigt reservnummer.");
                }
            }));
        When(x => x.IdentityKind == IdentityKind.None, () =>
            RuleFor(x => x.ReserveNumber).Empty()
                .WithMessage("Ett reservnummer ges med slaget reservnummer; utan nummer anges bara födelsedatum och namn."));
        RuleFor(x => x.PersonName).RequiredText("Ange personens namn.", "Namnet får vara högst 200 tecken.", 200);
        RuleFor(x => x.Reason).RequiredText("Ange skälet till att en SIP behövs.", "Skälet får vara högst 4 000 tecken.");
        When(x => x.Placement is not null, () =>
        {
            RuleFor(x => x.Placement!.StartedOn)
                .Must((x, started) => started.DayNumber >= x.Placement!.DecidedOn.DayNumber - 1)
                .WithName("Placement.StartedOn")
                .WithMessage("Placeringen kan inte börja före beslutet.");
            RuleFor(x => x.Placement!.DecidedOn)
                .Must(d => d <= SwedishTime.Today(clock.GetUtcNow()))
                .WithName("Placement.DecidedOn")
                .WithMessage("Beslutsdatum kan inte ligga i framtiden.")
                .Must(d => d >= SwedishTime.Today(clock.GetUtcNow()).AddYears(-2))
                .WithName("Placement.DecidedOn")
                .WithMessage("Beslutsdatumet ska ligga inom de senaste två åren.");
            RuleFor(x => x.Placement!).SetValidator(new PlacementDetailsValidator())
                .When(x => PlacementDetailsValidator.AnyGiven(x.Placement!));
        });
    }
}

public sealed class StartPlanFromCaseHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<StartPlanFromCase, PlanStarted>
{
    public async ValueTask<PlanStarted> Handle(StartPlanFromCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!user.UnitIds.Contains(command.InitiatingUnitId))
        {
            throw new ForbiddenException("Du kan bara initiera en SIP för en enhet du arbetar på.");
        }

        var unit = await db.Units.SingleAsync(u => u.Id == command.InitiatingUnitId, cancellationToken);
        var caseReference = command.ExternalCaseReference.Trim();
        var existing = await db.Plans.AsNoTracking()
            .Where(p => p.Origin.InitiatingOrganizationId == unit.OrganizationId && p.Origin.ExternalCaseReference == caseReference)
            .Select(p => new { p.Id, p.ReferenceNumber })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new PlanStarted(existing.Id, existing.ReferenceNumber, AlreadyExisted: true);
        }

        var now = clock.GetUtcNow();
        var today = SwedishTime.Today(now);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        var person = PersonOf(command, policy, today);
        var placement = command.Placement is { } p ? new HvbPlacement(p.DecidedOn, p.StartedOn, p.IsAcute, p.PrecededBySip, policy) : null;
        if (command.Placement is { } given && PlacementDetailsValidator.AnyGiven(given))
        {
            placement = placement!.Describe(given.LegalBasis!.Value, given.Motive!.Value, given.MotiveText, given.CareContent);
        }

        var plan = SipPlan.Start(
            Guid.CreateVersion7(),
            await ReferenceNumbers.NextAsync(db, today.Year, cancellationToken),
            person,
            command.Reason,
            command.Origin,
            caseReference,
            unit,
            user.UserId,
            placement,
            policy,
            now);
        db.Plans.Add(plan);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new PlanStarted(plan.Id, plan.ReferenceNumber, AlreadyExisted: false);
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                // The unique index refused the plan and EF rolled back to its savepoint. The same
                // case started twice at once is the other start's plan; anything else takes the
                // next free number.
                var started = await db.Plans.AsNoTracking()
                    .Where(x => x.Origin.InitiatingOrganizationId == unit.OrganizationId
                        && x.Origin.ExternalCaseReference == caseReference && x.Id != plan.Id)
                    .Select(x => new { x.Id, x.ReferenceNumber })
                    .FirstOrDefaultAsync(cancellationToken);
                if (started is not null)
                {
                    db.Plans.Remove(plan);
                    return new PlanStarted(started.Id, started.ReferenceNumber, AlreadyExisted: true);
                }

                plan.Renumber(await ReferenceNumbers.NextAsync(db, today.Year, cancellationToken));
            }
        }
    }

    private static SubjectPerson PersonOf(StartPlanFromCase command, Domain.Policies.CountyPolicy policy, DateOnly today)
    {
        var kind = command.IdentityKind ?? IdentityKind.PersonalIdentityNumber;
        if (kind == IdentityKind.PersonalIdentityNumber)
        {
            return new SubjectPerson(
                Domain.People.PersonalIdentityNumber.Parse(command.PersonalIdentityNumber ?? string.Empty, today),
                command.PersonName,
                command.HasProtectedIdentity,
                command.ChildrenInHousehold);
        }

        var reserve = kind == IdentityKind.ReserveNumber
            ? Domain.People.ReserveNumber.Parse(
                command.ReserveNumber ?? string.Empty, policy.ReserveNumberPattern, policy.ReserveNumberDescription)
            : null;
        return SubjectPerson.WithoutPersonalIdentityNumber(
            reserve, command.BirthDate!.Value, command.PersonName, command.HasProtectedIdentity, command.ChildrenInHousehold, today);
    }
}
