using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Localization;
using Sip.Application.Features.Directory;
using Sip.Domain.Users;
using Sip.Web.Security;

namespace Sip.Web.Localization;

/// <summary> Swedish unless the person chooses English. The choice is kept with the account and brought back at every sign-in; the culture
/// cookie carries it between requests. </summary>
internal static class LanguageChoice
{
    public const string Path = "/konto/sprak";

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Text.Swedish),
            SupportedCultures = [Text.Swedish, Text.English],
            SupportedUICultures = [Text.Swedish, Text.English],
        };

        // The browser's language does not decide: a Swedish public service speaks Swedish until asked not to.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    /// <summary>Remembers the language in the culture cookie for this browser.</summary>
    public static void Remember(HttpResponse response, string language)
    {
        ArgumentNullException.ThrowIfNull(response);
        var culture = language == "en" ? Text.English : Text.Swedish;
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true
            });
    }

    public static void MapLanguageChoice(this WebApplication app) =>
        app.MapPost(Path, async (HttpContext context, ISender sender) =>
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var language = form["language"].ToString();
                var returnUrl = form["returnUrl"].ToString();
                var back = returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
                if (!UserAccount.SupportedLanguages.Contains(language))
                {
                    return Results.LocalRedirect(back);
                }

                if (context.User.Identity?.IsAuthenticated == true)
                {
                    await sender.Send(new ChooseLanguage(language), context.RequestAborted);
                }

                Remember(context.Response, language);
                return Results.LocalRedirect(back);
            })
            .RequireFormToken()
            .ExcludeFromDescription();

    /// <summary>The language the page is shown in, for the html element's lang attribute.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
