namespace Sip.Application.Features.Participants;

/// <summary>
/// Records, changes or removes the e-mail address at which the person, a närstående or a guardian
/// wants the invitation and the meeting times. Only they get e-mail outside the units' mailboxes,
/// and it never says more than that a meeting is booked and when.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ChangeParticipantEmail(
    Guid PlanId, int ExpectedVersion, Guid ParticipantId, string? Email) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ChangeParticipantEmailValidator : AbstractValidator<ChangeParticipantEmail>
{
    public ChangeParticipantEmailValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ParticipantId).NotEmpty().WithMessage("Ange vilken deltagare det gäller.");
        RuleFor(x => x.Email).ParticipantEmail();
    }
}

public sealed class ChangeParticipantEmailHandler(ISipDbContext db, TimeProvider clock)
    : PlanCommandHandler<ChangeParticipantEmail>(db, clock)
{
    protected override ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ChangeParticipantEmail command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        plan.ChangeParticipantEmail(command.ParticipantId, command.Email, now);
        return ValueTask.FromResult<Guid?>(command.ParticipantId);
    }
}

/// <summary>Blank removes the address; anything else must be one plain address.</summary>
internal static class ParticipantEmailRule
{
    public static void ParticipantEmail<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(email => string.IsNullOrWhiteSpace(email)
            || (System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var parsed)
                && parsed.Address == email.Trim()
                && parsed.Host.Contains('.', StringComparison.Ordinal)))
        .WithMessage("Ange en giltig e-postadress.")
        .MaximumLength(320).WithMessage("E-postadressen får vara högst 320 tecken.");
}
