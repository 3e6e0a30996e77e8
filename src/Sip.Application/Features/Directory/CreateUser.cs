namespace Sip.Application.Features.Directory;

/// <summary>The administrator adds a member of staff with a role and the units they work in.</summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record CreateUser(
    string UserName, string DisplayName, string? Title, string? HsaId, UserRole Role, IReadOnlyList<Guid>? UnitIds,
    Guid? AreaOrganizationId, string? Email = null, bool IsManager = false) : ICommand<UserView>, IUserDetails;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(ISipDbContext db)
    {
        RuleFor(x => x.UserName)
            .NotEmpty().WithMessage("Ange användarnamn.")
            .MaximumLength(100).WithMessage("Användarnamnet får vara högst 100 tecken.")
            .MustAsync(async (name, ct) => !await db.Users.AnyAsync(u => u.UserName == name, ct))
            .WithMessage("Användarnamnet är upptaget.")
            .When(x => !string.IsNullOrWhiteSpace(x.UserName), ApplyConditionTo.CurrentValidator);
        this.UserDetails(db, _ => Guid.Empty);
    }
}

public sealed class CreateUserHandler(ISipDbContext db) : ICommandHandler<CreateUser, UserView>
{
    public async ValueTask<UserView> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = new UserAccount(
            Guid.CreateVersion7(), command.UserName, command.DisplayName, command.Role, command.UnitIds ?? [],
            DirectoryRules.Trimmed(command.HsaId), command.Title, command.AreaOrganizationId, command.Email, command.IsManager);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return UserView.From(user);
    }
}
