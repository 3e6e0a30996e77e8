using Sip.Domain.Calendar;

namespace Sip.Application.Querying;

/// <summary>A follow-up question about a period of Swedish calendar days, both ends included.</summary>
internal interface IPeriod
{
    DateOnly? From { get; }

    DateOnly? To { get; }
}

/// <summary>What every period asked for must be: both ends given, in order, and at most three years.</summary>
internal static class PeriodRules
{
    public static void Period<T>(this AbstractValidator<T> validator)
        where T : IPeriod
    {
        validator.RuleFor(x => x.From).NotEmpty().WithMessage("Ange periodens början.");
        validator.RuleFor(x => x.To).NotEmpty().WithMessage("Ange periodens slut.");
        validator.RuleFor(x => x.To)
            .Must((x, to) => to >= x.From).WithMessage("Periodens slut kan inte ligga före dess början.")
            .Must((x, to) => to!.Value.DayNumber - x.From!.Value.DayNumber <= 3 * 366).WithMessage("Välj en period på högst tre år.")
            .When(x => x.From is not null && x.To is not null);
    }

    /// <summary>
    /// The period as instants in UTC, which is how every database stores them: from the start of
    /// its first Swedish day to the start of the day after its last. Only for a validated period.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset Until) Instants(this IPeriod period) =>
        (SwedishTime.FromLocal(period.From!.Value.ToDateTime(TimeOnly.MinValue)).ToUniversalTime(),
         SwedishTime.FromLocal(period.To!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue)).ToUniversalTime());
}
