namespace Sip.Domain.Policies;

/// <summary>
/// Rule 28: the steps a disagreement between the principals climbs are the county agreement's own,
/// and differ per county. The two agreements we have are presets; a county with another ladder is
/// added here as a third.
/// </summary>
public enum EscalationLadderPreset
{
    /// <summary>001_e75995cb8a47fbaf.txt, "5. När samverkan inte fungerar": managers, the county-wide arena, court.</summary>
    JamtlandHarjedalen,

    /// <summary>000_2b796fb2cca3feb2.txt, "När samverkan inte fungerar": nearest managers, then Länsledning Välfärd.</summary>
    Gavleborg,
}

/// <summary>One step of a ladder, named as the agreement names it; a court sets no time of its own.</summary>
public sealed record EscalationStep(string Name, bool IsCourt);

public static class EscalationLadder
{
    private static readonly EscalationStep[] JamtlandHarjedalen =
    [
        new("Dialog mellan chefer på motsvarande nivå", IsCourt: false),
        new("Länsövergripande tjänstepersonsarena", IsCourt: false),
        new("Allmän domstol", IsCourt: true),
    ];

    private static readonly EscalationStep[] Gavleborg =
    [
        new("Närmaste chefsled", IsCourt: false),
        new("Länsledning Välfärd", IsCourt: false),
    ];

    public static IReadOnlyList<EscalationStep> Steps(EscalationLadderPreset preset) => preset switch
    {
        EscalationLadderPreset.Gavleborg => Gavleborg,
        _ => JamtlandHarjedalen,
    };

    /// <summary>The county's name for the preset, as administration shows it.</summary>
    public static string DisplayName(EscalationLadderPreset preset) => preset switch
    {
        EscalationLadderPreset.Gavleborg => "Gävleborg",
        _ => "Jämtland Härjedalen",
    };

    /// <summary>
    /// The name of a step by its position. A step the ladder no longer has (the county changed preset
    /// while a deviation stood higher) is shown by its number rather than by another step's name.
    /// </summary>
    public static string NameOf(IReadOnlyList<EscalationStep> steps, int step)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return step >= 0 && step < steps.Count ? steps[step].Name : $"Steg {step + 1}";
    }
}
