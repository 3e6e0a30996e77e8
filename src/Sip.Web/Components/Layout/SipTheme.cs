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
        },
    };
}
