using System.Net;
using Microsoft.EntityFrameworkCore;
using Sip.Infrastructure.Seeding;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>Swedish by default; English when the person chooses it, on every computer they sign in at.</summary>
public sealed class LanguageTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_nurse_who_chooses_English_gets_English_pages_now_and_at_the_next_sign_in(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var first = await app.SignedInAsync(DemoDirectory.DistrictNurse);
        var swedish = WebUtility.HtmlDecode(await (await first.GetAsync("/")).Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"sv\"", swedish, StringComparison.Ordinal);
        Assert.Contains(">Starta SIP<", swedish, StringComparison.Ordinal);

        using var chosen = await Forms.PostAsync(first, "/konto/sprak",
            new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/" }, "/");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains(chosen.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        await using (var db = app.Database.CreateContext())
        {
            Assert.Equal("en", await db.Users.Where(u => u.Id == DemoDirectory.DistrictNurse).Select(u => u.Language).SingleAsync());
        }

        // Another computer: a fresh sign-in brings the choice back.
        using var second = await app.SignedInAsync(DemoDirectory.DistrictNurse);
        var english = WebUtility.HtmlDecode(await (await second.GetAsync("/")).Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain(">Starta SIP<", english, StringComparison.Ordinal);
        Assert.Contains(">Svenska<", english, StringComparison.Ordinal);

        // The API keeps answering in Swedish: its clients are case systems, not people.
        using var invalid = await second.PostJsonAsync("/api/v1/plans", new { });
        Assert.Contains("Ange personens namn.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var _ = await Forms.PostAsync(second, "/konto/sprak",
            new Dictionary<string, string> { ["language"] = "sv", ["returnUrl"] = "/" }, "/");
    }

    [Theory, SqliteData]
    public async Task An_unknown_language_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.Nurse);
        using var response = await Forms.PostAsync(client, "/konto/sprak",
            new Dictionary<string, string> { ["language"] = "de", ["returnUrl"] = "//evil.example" }, "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie")
            && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }
}
