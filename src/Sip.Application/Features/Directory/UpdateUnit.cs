using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory;

/// <summary>
/// The administrator corrects a unit or takes it out of use. An inactive unit cannot be summoned
/// or given new insatser; the plans it already takes part in are unchanged.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record UpdateUnit(
    Guid UnitId, string Name, UnitKind Kind, string? HsaId, string? InvitationMailbox, bool IsActive) : ICommand<UnitView>, IUnitDetails;

public sealed class UpdateUnitValidator : AbstractValidator<UpdateUnit>
{
    public UpdateUnitValidator(ISipDbContext db)
    {
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Ange vilken enhet det gäller.");
        this.UnitDetails(db, x => x.UnitId);
    }
}

public sealed class UpdateUnitHandler(ISipDbContext db) : ICommandHandler<UpdateUnit, UnitView>
{
    public async ValueTask<UnitView> Handle(UpdateUnit command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw new NotFoundException("Enheten finns inte.");
        var (hsaId, mailbox) = (DirectoryRules.Trimmed(command.HsaId), DirectoryRules.Trimmed(command.InvitationMailbox));
        unit.Change(command.Name, command.Kind, hsaId, mailbox, command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        var organizationName = await db.Organizations
            .Where(o => o.Id == unit.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return UnitView.Of(unit, organizationName);
    }
}
