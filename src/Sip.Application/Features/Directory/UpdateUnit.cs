using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory;

/// <summary>
/// The administrator corrects a unit or takes it out of use. An inactive unit cannot be summoned
/// or given new insatser; the plans it already takes part in are unchanged.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record UpdateUnit(Guid UnitId, string Name, UnitKind Kind, string? HsaId, string? InvitationMailbox, bool IsActive) : ICommand<UnitView>;

public sealed class UpdateUnitValidator : AbstractValidator<UpdateUnit>
{
    public UpdateUnitValidator(ISipDbContext db)
    {
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Ange vilken enhet det gäller.");
        RuleFor(x => x.Name).UnitName();
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Välj typ av enhet.");
        this.UnitHsaId(db, x => x.HsaId, x => x.UnitId);
        this.InvitationMailbox(x => x.InvitationMailbox);
    }
}

public sealed class UpdateUnitHandler(ISipDbContext db) : ICommandHandler<UpdateUnit, UnitView>
{
    public async ValueTask<UnitView> Handle(UpdateUnit command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw new NotFoundException("Enheten finns inte.");
        unit.Change(command.Name, command.Kind, string.IsNullOrWhiteSpace(command.HsaId) ? null : command.HsaId.Trim(), string.IsNullOrWhiteSpace(command.InvitationMailbox) ? null : command.InvitationMailbox.Trim(), command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        var organizationName = await db.Organizations.Where(o => o.Id == unit.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return new UnitView(
            unit.Id, unit.Name, unit.Kind, unit.OrganizationId, organizationName, unit.OrganizationKind, unit.HsaId, unit.InvitationMailbox,
            unit.IsActive,
            unit.ActsForPrincipal);
    }
}
