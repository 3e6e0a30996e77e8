using MudBlazor;

namespace Sip.Web.Components.Layout;

/// <summary>A calm palette with enough contrast for WCAG AA text.</summary>
internal static class SipTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#2e7d6b",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",

            // MudBlazor's defaults for these (bright orange, light blue, green) fall below 4.5:1 as
            // text on white and on their own tinted alert backgrounds; these darker tones pass.
            Warning = "#8a5a00",
            Error = "#b3261e",
            Info = "#1e5aa8",
            Success = "#2e6b30",

            // The default secondary text (black at 54 %) is 4.48:1 on the page background: labels of
            // empty fields outside a card fell just short.
            TextSecondary = "rgba(0,0,0,0.64)",
        },
    };
}
