namespace Sip.Application.Features;

/// <summary>What a free text the user must write shares: it is there, and it fits its column.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(
        this IRuleBuilder<T, string?> rule, string whenMissing, string whenTooLong, int maximum = 4000) => rule
        .NotEmpty().WithMessage(whenMissing)
        .MaximumLength(maximum).WithMessage(whenTooLong);
}
