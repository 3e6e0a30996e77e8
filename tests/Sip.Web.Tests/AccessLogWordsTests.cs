using System.Globalization;
using Mediator;
using Sip.Application.Abstractions;
using Sip.Web.Components;

namespace Sip.Web.Tests;

/// <summary>
/// The access log names what was done by its use case. Everything that is logged — every command,
/// every query that reads personal data — must read as words in the plan's log and in loggkontroll,
/// in Swedish and in English, not as a type name.
/// </summary>
public sealed class AccessLogWordsTests
{
    [Fact]
    public void Every_logged_use_case_reads_as_words_in_both_languages()
    {
        var logged = typeof(Sip.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false }
                && (typeof(IBaseCommand).IsAssignableFrom(t) || typeof(IReadsPersonalData).IsAssignableFrom(t)))
            .Select(t => t.Name)
            .ToList();
        Assert.NotEmpty(logged);

        var unnamed = logged.Where(name => In(Text.Swedish, () => Glossary.UseCase(name)) == name).ToList();
        var untranslated = logged.Except(unnamed)
            .Where(name => In(CultureInfo.GetCultureInfo("en"), () => Glossary.UseCase(name))
                == In(Text.Swedish, () => Glossary.UseCase(name))).ToList();

        Assert.True(unnamed.Count == 0, "No words for: " + string.Join(", ", unnamed));
        Assert.True(untranslated.Count == 0, "No English for: " + string.Join(", ", untranslated));
    }

    private static string In(CultureInfo culture, Func<string> words)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
