namespace Sip.Application.Features.Placements;

/// <summary>Rule 26b: a placement's legal basis, motive and care content, wherever a request gives them.</summary>
public interface IPlacementDetails
{
    PlacementLegalBasis? LegalBasis { get; }

    PlacementMotive? Motive { get; }

    string? MotiveText { get; }

    string? CareContent { get; }
}

/// <summary>
/// The same Swedish 400 for the details when a placement is registered on the plan and when a plan is
/// started from the placement's case. Internal, so the assembly scan does not take it for a request's validator.
/// </summary>
internal sealed class PlacementDetailsValidator : AbstractValidator<IPlacementDetails>
{
    public PlacementDetailsValidator()
    {
        RuleFor(x => x.LegalBasis)
            .NotNull().WithMessage("Ange enligt vilken lag placeringen beslutades (SoL, LVM eller LVU).")
            .IsInEnum().WithMessage("Välj SoL, LVM, LVU eller LVU för 18–20-åringar.");
        RuleFor(x => x.Motive)
            .NotNull().WithMessage("Ange placeringens motiv.")
            .IsInEnum().WithMessage("Välj ett av motiven i listan.");
        RuleFor(x => x.MotiveText)
            .NotEmpty().WithMessage("Beskriv motivet när det är ett annat än de uppräknade.")
            .When(x => x.Motive == PlacementMotive.Other);
        RuleFor(x => x.MotiveText).MaximumLength(200).WithMessage("Högst 200 tecken.");
        RuleFor(x => x.CareContent).RequiredText("Beskriv placeringens vård- och behandlingsinnehåll.", "Högst 2000 tecken.", 2000);
    }

    /// <summary>At the start of a plan the details are optional; once one is given, all are asked for.</summary>
    public static bool AnyGiven(IPlacementDetails details) =>
        details.LegalBasis is not null || details.Motive is not null
        || !string.IsNullOrWhiteSpace(details.MotiveText) || !string.IsNullOrWhiteSpace(details.CareContent);
}
