using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Users;

namespace Sip.Application.Features.Directory;

/// <summary>The administrator adds a member of staff with a role and the units they work in.</summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record CreateUser(string UserName, string DisplayName, string? Title, string? HsaId, UserRole Role, IReadOnlyList<Guid>? UnitIds, Guid? AreaOrganizationId) : ICommand<UserView>;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(ISipDbContext db)
    {
        RuleFor(x => x.UserName)
            .NotEmpty().WithMessage("Ange användarnamn.")
            .MaximumLength(100).WithMessage("Användarnamnet får vara högst 100 tecken.")
            .MustAsync(async (name, ct) => !await db.Users.AnyAsync(u => u.UserName == name, ct).ConfigureAwait(false)).WithMessage("Användarnamnet är upptaget.")
            .When(x => !string.IsNullOrWhiteSpace(x.UserName), ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.DisplayName)
            .NotEmpty().WithMessage("Ange namn.")
            .MaximumLength(200).WithMessage("Namnet får vara högst 200 tecken.");
        RuleFor(x => x.Title).MaximumLength(100).WithMessage("Titeln får vara högst 100 tecken.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Välj roll.");
        RuleFor(x => x.HsaId)
            .MaximumLength(40).WithMessage("HSA-id får vara högst 40 tecken.")
            .MustAsync(async (hsa, ct) => !await db.Users.AnyAsync(u => u.HsaId == hsa, ct).ConfigureAwait(false)).WithMessage("HSA-id finns redan på en annan användare.")
            .When(x => !string.IsNullOrWhiteSpace(x.HsaId));
        RuleFor(x => x.UnitIds)
            .NotEmpty().WithMessage("Handläggare och vårdpersonal måste tillhöra minst en enhet.")
            .When(x => x.Role is UserRole.SocialWorker or UserRole.HealthcareStaff);
        RuleFor(x => x.UnitIds)
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids!.Distinct().ToList();
                return await db.Units.CountAsync(u => distinct.Contains(u.Id), ct).ConfigureAwait(false) == distinct.Count;
            })
            .WithMessage("En av enheterna finns inte.")
            .When(x => x.UnitIds is { Count: > 0 });
        RuleFor(x => x.AreaOrganizationId)
            .NotEmpty().WithMessage("En SIP-stödjare behöver ett uppföljningsområde.")
            .When(x => x.Role == UserRole.SipSupport);
    }
}

public sealed class CreateUserHandler(ISipDbContext db) : ICommandHandler<CreateUser, UserView>
{
    public async ValueTask<UserView> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = new UserAccount(Guid.CreateVersion7(), command.UserName, command.DisplayName, command.Role, command.UnitIds ?? [], string.IsNullOrWhiteSpace(command.HsaId) ? null : command.HsaId.Trim(), command.Title, command.AreaOrganizationId);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return UserView.From(user);
    }
}
