using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory;

/// <summary>The administrator adds a unit of an organisation to the directory.</summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record CreateUnit(
    Guid OrganizationId, string Name, UnitKind Kind, string? HsaId, string? InvitationMailbox) : ICommand<UnitView>, IUnitDetails;

public sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator(ISipDbContext db)
    {
        RuleFor(x => x.OrganizationId)
            .NotEmpty().WithMessage("Välj organisation.")
            .MustAsync((id, ct) => db.Organizations.AnyAsync(o => o.Id == id, ct)).WithMessage("Organisationen finns inte.")
            .When(x => x.OrganizationId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        this.UnitDetails(db, _ => Guid.Empty);
    }
}

public sealed class CreateUnitHandler(ISipDbContext db) : ICommandHandler<CreateUnit, UnitView>
{
    public async ValueTask<UnitView> Handle(CreateUnit command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organization = await db.Organizations.SingleAsync(o => o.Id == command.OrganizationId, cancellationToken);
        // A private provider's unit acts for the kommun or region the provider has its contract with (rule 23).
        var principal = organization.ContractingPrincipalId is { } principalId
            ? await db.Organizations.SingleOrDefaultAsync(o => o.Id == principalId, cancellationToken)
            : null;
        var unit = new OrganizationUnit(
            Guid.CreateVersion7(), organization, command.Name, command.Kind,
            DirectoryRules.Trimmed(command.HsaId), DirectoryRules.Trimmed(command.InvitationMailbox), principal);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return UnitView.Of(unit, organization.Name);
    }
}
