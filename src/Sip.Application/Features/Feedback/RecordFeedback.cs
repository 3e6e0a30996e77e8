namespace Sip.Application.Features.Feedback;

/// <summary>Records a synpunkt or klagomål from the person and routes it to the unit that answers for what it concerns.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordFeedback(
    Guid PlanId, int ExpectedVersion, FeedbackKind Kind, string? Text, DateOnly? ReceivedOn,
    Guid? RoutedToUnitId) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordFeedbackValidator : AbstractValidator<RecordFeedback>
{
    public RecordFeedbackValidator(ISipDbContext db, TimeProvider clock)
    {
        this.ValidatePlanCommand();
        var today = Domain.Calendar.SwedishTime.Today(clock.GetUtcNow());
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Välj synpunkt eller klagomål.");
        RuleFor(x => x.Text).RequiredText("Skriv vad personen framfört.", "Texten får vara högst 4000 tecken.");
        RuleFor(x => x.ReceivedOn)
            .NotEmpty().WithMessage("Ange när synpunkten kom in.")
            .Must(d => d!.Value <= today && d.Value >= today.AddYears(-1))
            .WithMessage("Datumet ska vara i dag eller under det senaste året.")
            .When(x => x.ReceivedOn is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.RoutedToUnitId)
            .NotEmpty().WithMessage("Välj vilken enhet som ska svara.")
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id, ct)).WithMessage("Enheten finns inte.")
            .When(x => x.RoutedToUnitId is not null && x.RoutedToUnitId != Guid.Empty, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class RecordFeedbackHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<RecordFeedback>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, RecordFeedback command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        var feedback = plan.RecordFeedback(
            command.Kind, command.Text!, command.ReceivedOn!.Value, command.RoutedToUnitId!.Value, user.UserId, policy, now);
        return feedback.Id;
    }
}
