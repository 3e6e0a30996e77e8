using System.Text.RegularExpressions;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>Posts the app's plain forms (sign-in, sign-out, language) as a browser does: with the antiforgery token of the page that shows
/// the form.</summary>
internal static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, IDictionary<string, string> fields,
        string page = "/logga-in")
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{page} shows no form with an antiforgery token.");
        }

        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string>(fields)
            {
                ["__RequestVerificationToken"] =
                System.Net.WebUtility.HtmlDecode(token.Groups[1].Value)
            });
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
