using System.Globalization;
using System.Resources;

namespace Sip.Web;

/// <summary> The UI's words. Swedish is the source language: every text is written in Swedish where it is used, and that Swedish text is
/// the key under which Resources/Ui.en.resx holds its English. A text without a translation shows in Swedish, never as a key. Components
/// call <c>T("…")</c>. </summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("Sip.Web.Resources.Ui", typeof(Text).Assembly);

    public static CultureInfo Swedish { get; } = CultureInfo.GetCultureInfo("sv-SE");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>The text in the user's language.</summary>
    public static string T(string swedish) => Translation(swedish) ?? swedish;

    /// <summary>The translation into the user's language, or null when Swedish is wanted or none exists.</summary>
    private static string? Translation(string swedish)
    {
        ArgumentNullException.ThrowIfNull(swedish);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? null
            : Resources.GetString(swedish, CultureInfo.CurrentUICulture);
    }

    /// <summary>A text with placeholders ({0}, {1}…), filled in after translation.</summary>
    public static string T(string swedish, params object?[] values) => string.Format(CultureInfo.CurrentCulture, T(swedish), values);

    /// <summary> A message from the server, which may join several rules' sentences into one ("A. B."): each sentence is translated on its
    /// own when the whole has no translation. </summary>
    public static string Sentences(string swedish)
    {
        if (Translation(swedish) is { } whole)
        {
            return whole;
        }

        if (!IsEnglish)
        {
            return swedish;
        }

        var sentences = System.Text.RegularExpressions.Regex.Split(swedish, @"(?<=[.!?])\s+");
        return string.Join(" ", sentences.Select(s => T(s)));
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
