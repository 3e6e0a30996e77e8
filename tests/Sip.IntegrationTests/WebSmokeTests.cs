using System.Net;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>The product answers: home page, health, sign-in, and the plan page behind sign-in.</summary>
public sealed partial class WebSmokeTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task Home_and_health_answer_200(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();

        using var home = await client.GetAsync("/");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Samordnad individuell plan", WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_demo_sign_in_page_lists_the_seeded_users_under_a_demo_banner(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();

        var page = WebUtility.HtmlDecode(await (await client.GetAsync("/logga-in")).Content.ReadAsStringAsync());

        Assert.Contains("Demo:", page, StringComparison.Ordinal);
        Assert.Contains("Anna Lindqvist", page, StringComparison.Ordinal);
        Assert.Contains("Erik Johansson", page, StringComparison.Ordinal);
        Assert.Contains("SIP-stödjare", page, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Each_role_is_offered_its_own_pages_and_no_others(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var menuOf = new Dictionary<Guid, (string Heading, string[] Links)>
        {
            [DemoDirectory.SocialWorker] = ("Planer", ["Starta SIP"]),
            [DemoDirectory.Nurse] = ("Planer", ["Starta SIP"]),
            [DemoDirectory.SipSupport] = ("SIP i ditt område", ["Uppföljning"]),
            [DemoDirectory.Administrator] = ("Administration", ["Administration"]),
        };
        string[] everyLink = ["Starta SIP", "Uppföljning", "Administration"];

        foreach (var (user, (heading, links)) in menuOf)
        {
            using var client = await app.SignedInAsync(user);
            var page = WebUtility.HtmlDecode(await (await client.GetAsync("/")).Content.ReadAsStringAsync());
            var menu = NavMenu().Match(page).Value;

            Assert.Contains($">{heading}</h1>", page, StringComparison.Ordinal);
            foreach (var link in everyLink)
            {
                Assert.Equal(links.Contains(link), menu.Contains($">{link}</", StringComparison.Ordinal));
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("<nav aria-label=\"Huvudmeny\".*?</nav>",
        System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex NavMenu();

    [Theory, SqliteData, PostgresData]
    public async Task Only_the_administrator_reaches_the_administration_page(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var adminPage = WebUtility.HtmlDecode(await (await admin.GetAsync("/administration")).Content.ReadAsStringAsync());
        using var denied = await social.GetAsync("/administration");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var target = denied.Headers.Location!;
        Assert.Equal("/ingen-atkomst", target.IsAbsoluteUri ? target.AbsolutePath : target.OriginalString.Split('?')[0]);
        var socialPage = WebUtility.HtmlDecode(await (await social.GetAsync("/ingen-atkomst")).Content.ReadAsStringAsync());

        Assert.Contains("Länsöverenskommelse", adminPage, StringComparison.Ordinal);
        Assert.Contains("Användare", adminPage, StringComparison.Ordinal);
        Assert.Contains("Ingen åtkomst", socialPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Länsöverenskommelse", socialPage, StringComparison.Ordinal);
    }
}
