namespace Sip.Application.Features.Meetings;

/// <summary>When and where a meeting is, as booking and moving it both state it.</summary>
public interface IMeetingTime
{
    DateTimeOffset StartsAt { get; }

    int DurationMinutes { get; }

    string? Location { get; }

    Uri? VideoLink { get; }
}

public sealed class MeetingTimeValidator : AbstractValidator<IMeetingTime>
{
    public MeetingTimeValidator(TimeProvider clock)
    {
        RuleFor(x => x.StartsAt).GreaterThan(_ => clock.GetUtcNow()).WithMessage("Mötet måste ligga fram i tiden.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 480).WithMessage("Mötet ska vara 15 minuter till 8 timmar långt.");
        RuleFor(x => x.Location).MaximumLength(400).WithMessage("Platsen får vara högst 400 tecken.");
        RuleFor(x => x.Location).NotEmpty().When(x => x.VideoLink is null).WithMessage("Ange plats eller länk till digitalt möte.");
        RuleFor(x => x.VideoLink)
            .Must(link => link is null || (link.IsAbsoluteUri && link.Scheme == Uri.UriSchemeHttps))
            .WithMessage("Länken till det digitala mötet ska börja med https://.");
    }
}
