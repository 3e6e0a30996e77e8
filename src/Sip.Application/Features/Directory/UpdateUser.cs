namespace Sip.Application.Features.Directory;

/// <summary>
/// The administrator changes a user's role, units or details, or deactivates the account. The user
/// name is how the person signs in and what the access log shows, so it never changes.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record UpdateUser(
    Guid UserId, string DisplayName, string? Title, string? HsaId, UserRole Role, IReadOnlyList<Guid>? UnitIds, Guid? AreaOrganizationId,
    bool IsActive, string? Email = null, bool IsManager = false) : ICommand<UserView>, IUserDetails;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator(ISipDbContext db, ICurrentUser me)
    {
        RuleFor(x => x.UserId).NotEmpty().WithMessage("Ange vilken användare det gäller.");
        this.UserDetails(db, x => x.UserId);

        // Someone must be left who can administer the county.
        RuleFor(x => x.IsActive)
            .Equal(true).WithMessage("Du kan inte inaktivera ditt eget konto.")
            .When(x => x.UserId == me.UserId, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Role)
            .Equal(UserRole.Administrator).WithMessage("Du kan inte ta bort din egen administratörsroll.")
            .When(x => x.UserId == me.UserId && x.Role != UserRole.Administrator, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class UpdateUserHandler(ISipDbContext db) : ICommandHandler<UpdateUser, UserView>
{
    public async ValueTask<UserView> Handle(UpdateUser command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("Användaren finns inte.");
        var area = command.Role == UserRole.SipSupport ? command.AreaOrganizationId : null;
        user.Change(
            command.DisplayName, command.Title, DirectoryRules.Trimmed(command.HsaId), command.Role, command.UnitIds ?? [], area,
            command.IsActive, command.Email, command.IsManager);
        await db.SaveChangesAsync(cancellationToken);
        return UserView.From(user);
    }
}
