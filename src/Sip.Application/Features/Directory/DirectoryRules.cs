using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory;

/// <summary>What adding and changing a unit or a user both check, so the two never drift apart.</summary>
internal static class DirectoryRules
{
    /// <summary>
    /// The rules on a unit's name, kind, HSA-id and mailbox; <paramref name="self"/> is the unit being
    /// changed. An HSA-id names one unit in the national catalogue.
    /// </summary>
    public static void UnitDetails<T>(this AbstractValidator<T> validator, ISipDbContext db, Func<T, Guid> self)
        where T : IUnitDetails
    {
        validator.RuleFor(x => x.Name)
            .NotEmpty().WithMessage("Ange enhetens namn.")
            .MaximumLength(200).WithMessage("Namnet får vara högst 200 tecken.");
        validator.RuleFor(x => x.Kind).IsInEnum().WithMessage("Välj typ av enhet.");
        validator.RuleFor(x => x.HsaId)
            .HsaId(
                (command, hsa, ct) => db.Units.AnyAsync(u => u.HsaId == hsa && u.Id != self(command), ct),
                "HSA-id finns redan på en annan enhet.")
            .When(x => !string.IsNullOrWhiteSpace(x.HsaId));
        validator.RuleFor(x => x.InvitationMailbox)
            .EmailAddress().WithMessage("Ange en giltig e-postadress för kallelser.")
            .MaximumLength(320).WithMessage("E-postadressen får vara högst 320 tecken.")
            .When(x => !string.IsNullOrWhiteSpace(x.InvitationMailbox));
    }

    /// <summary>An optional code or address as it is stored: trimmed, and none when blank.</summary>
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// As the national catalogue writes it: SE, the care provider's organisation number and, after a hyphen, the code of
    /// the unit or person (SE2321000206-B001), and no other unit's or user's: a typing error caught here would otherwise
    /// only show when sign-in by HSA-id fails.
    /// </summary>
    private static IRuleBuilderOptions<T, string?> HsaId<T>(
        this IRuleBuilder<T, string?> rule, Func<T, string?, CancellationToken, Task<bool>> taken, string whenTaken) => rule
        .MaximumLength(40).WithMessage("HSA-id får vara högst 40 tecken.")
        .Matches(@"^\s*SE[0-9]{10}-[A-Za-z0-9]+\s*$")
        .WithMessage("HSA-id skrivs SE, organisationsnumret, bindestreck och en kod, t.ex. SE2321000206-B001.")
        .MustAsync(async (command, hsa, ct) => !await taken(command, hsa, ct))
        .WithMessage(whenTaken);

    /// <summary>The rules on a user's name, role, units and area; <paramref name="self"/> is the user being changed.</summary>
    public static void UserDetails<T>(this AbstractValidator<T> validator, ISipDbContext db, Func<T, Guid> self)
        where T : IUserDetails
    {
        validator.RuleFor(x => x.DisplayName).RequiredText("Ange namn.", "Namnet får vara högst 200 tecken.", 200);
        validator.RuleFor(x => x.Title).MaximumLength(100).WithMessage("Titeln får vara högst 100 tecken.");
        validator.RuleFor(x => x.Role).IsInEnum().WithMessage("Välj roll.");
        validator.RuleFor(x => x.HsaId)
            .HsaId(
                (command, hsa, ct) => db.Users.AnyAsync(u => u.HsaId == hsa && u.Id != self(command), ct),
                "HSA-id finns redan på en annan användare.")
            .When(x => !string.IsNullOrWhiteSpace(x.HsaId));
        validator.RuleFor(x => x.UnitIds)
            .NotEmpty().WithMessage("Handläggare och vårdpersonal måste tillhöra minst en enhet.")
            .When(x => x.Role is UserRole.SocialWorker or UserRole.HealthcareStaff);
        validator.RuleFor(x => x.UnitIds)
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids!.Distinct().ToList();
                return await db.Units.CountAsync(u => distinct.Contains(u.Id), ct) == distinct.Count;
            })
            .WithMessage("En av enheterna finns inte.")
            .When(x => x.UnitIds is { Count: > 0 });
        validator.RuleFor(x => x.AreaOrganizationId)
            .NotEmpty().WithMessage("En SIP-stödjare behöver ett uppföljningsområde.")
            .When(x => x.Role == UserRole.SipSupport);
        validator.RuleFor(x => x.Email)
            .EmailAddress().WithMessage("Ange en giltig e-postadress.")
            .MaximumLength(320).WithMessage("E-postadressen får vara högst 320 tecken.")
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        validator.RuleFor(x => x.IsManager)
            .Equal(false).WithMessage("Bara handläggare och vårdpersonal med enheter kan vara chef för dem.")
            .When(x => x.Role is not (UserRole.SocialWorker or UserRole.HealthcareStaff), ApplyConditionTo.CurrentValidator);
    }
}

/// <summary>What an administrator states about a unit, whether adding or changing it.</summary>
public interface IUnitDetails
{
    string Name { get; }

    UnitKind Kind { get; }

    string? HsaId { get; }

    string? InvitationMailbox { get; }
}

/// <summary>What an administrator states about a user, whether adding or changing them.</summary>
public interface IUserDetails
{
    string DisplayName { get; }

    string? Title { get; }

    string? HsaId { get; }

    UserRole Role { get; }

    IReadOnlyList<Guid>? UnitIds { get; }

    Guid? AreaOrganizationId { get; }

    string? Email { get; }

    bool IsManager { get; }
}
