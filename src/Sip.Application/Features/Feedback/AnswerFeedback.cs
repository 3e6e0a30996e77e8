namespace Sip.Application.Features.Feedback;

/// <summary>The unit the synpunkt was routed to records the answer the person got.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record AnswerFeedback(Guid PlanId, int ExpectedVersion, Guid FeedbackId, string? Answer) : ICommand<PlanChanged>, IPlanCommand;

public sealed class AnswerFeedbackValidator : AbstractValidator<AnswerFeedback>
{
    public AnswerFeedbackValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.FeedbackId).NotEmpty().WithMessage("Ange vilken synpunkt det gäller.");
        RuleFor(x => x.Answer)
            .NotEmpty().WithMessage("Skriv vad personen fick för svar.")
            .MaximumLength(4000).WithMessage("Svaret får vara högst 4000 tecken.");
    }
}

public sealed class AnswerFeedbackHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerFeedback, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(AnswerFeedback command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var feedback = plan.Feedback.FirstOrDefault(f => f.Id == command.FeedbackId) ?? throw new NotFoundException("Synpunkten finns inte i planen.");
        if (!user.UnitIds.Contains(feedback.RoutedToUnitId))
        {
            throw new ForbiddenException("Synpunkten besvaras av den enhet den lämnades till.");
        }

        plan.AnswerFeedback(command.FeedbackId, feedback.RoutedToUnitId, command.Answer!, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
