namespace Sip.Application.Features.Feedback;

/// <summary>The unit the synpunkt was routed to records the answer the person got.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record AnswerFeedback(
    Guid PlanId, int ExpectedVersion, Guid FeedbackId, string? Answer) : ICommand<PlanChanged>, IPlanCommand;

public sealed class AnswerFeedbackValidator : AbstractValidator<AnswerFeedback>
{
    public AnswerFeedbackValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.FeedbackId).NotEmpty().WithMessage("Ange vilken synpunkt det gäller.");
        RuleFor(x => x.Answer).RequiredText("Skriv vad personen fick för svar.", "Svaret får vara högst 4000 tecken.");
    }
}

public sealed class AnswerFeedbackHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlainPlanCommandHandler<AnswerFeedback>(db, clock)
{
    protected override void Apply(SipPlan plan, AnswerFeedback command, DateTimeOffset now) =>
        plan.AnswerFeedback(command.FeedbackId, RoutedToUsersUnit(plan, command.FeedbackId), command.Answer!, now);

    private Guid RoutedToUsersUnit(SipPlan plan, Guid feedbackId)
    {
        var feedback = plan.Feedback.FirstOrDefault(f => f.Id == feedbackId)
            ?? throw new NotFoundException("Synpunkten finns inte i planen.");
        if (!user.UnitIds.Contains(feedback.RoutedToUnitId))
        {
            throw new ForbiddenException("Synpunkten besvaras av den enhet den lämnades till.");
        }

        return feedback.RoutedToUnitId;
    }
}
