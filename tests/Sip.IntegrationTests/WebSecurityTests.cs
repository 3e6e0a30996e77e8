using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// What the browser is told and held to: a Content-Security-Policy without inline script, no
/// framing or sniffing, HSTS over HTTPS, cookies that are Secure, HttpOnly and SameSite=Strict,
/// forms that need their antiforgery token, and an API that stops a client sending too much.
/// </summary>
public sealed class WebSecurityTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData]
    public async Task Every_page_and_answer_carries_the_security_headers_and_https_adds_hsts(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var browser = app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://sip.region.example/") });
        using var plain = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var api = await app.SignedInAsync(DemoDirectory.SocialWorker);

        using var page = await browser.GetAsync(new Uri("/logga-in", UriKind.Relative));
        using var answer = await api.GetAsync(new Uri("/api/v1/plans/", UriKind.Relative));
        using var overHttp = await plain.GetAsync(new Uri("/logga-in", UriKind.Relative));
        foreach (var response in new[] { page, answer, overHttp })
        {
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }

        Assert.Equal("max-age=31536000; includeSubDomains", page.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory, SqliteData]
    public async Task The_session_cookie_is_secure_http_only_and_strict_and_a_form_without_its_token_is_refused(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SipWebFactory.Https });

        // Without the token a forged sign-in (login CSRF) gets nowhere.
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = DemoDirectory.SocialWorker.ToString() });
        using var refused = await client.PostAsync(new Uri("/konto/demo-inloggning", UriKind.Relative), forged);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var none)
            && none.Any(c => c.StartsWith("sip.auth=", StringComparison.Ordinal)));

        using var signedIn = await Forms.PostAsync(client, "/konto/demo-inloggning",
            new Dictionary<string, string> { ["userId"] = DemoDirectory.SocialWorker.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sip.auth=", StringComparison.Ordinal))
            .ToLowerInvariant();
        Assert.Contains("; secure", session, StringComparison.Ordinal);
        Assert.Contains("; httponly", session, StringComparison.Ordinal);
        Assert.Contains("; samesite=strict", session, StringComparison.Ordinal);

        // Signing out is a form too.
        using var forgedOut = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var stayed = await client.PostAsync(new Uri("/konto/logga-ut", UriKind.Relative), forgedOut);
        Assert.Equal(HttpStatusCode.BadRequest, stayed.StatusCode);
        using var plans = await client.GetAsync(new Uri("/api/v1/plans/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, plans.StatusCode);
    }

    [Theory, SqliteData]
    public async Task A_client_over_its_limit_gets_429_with_when_to_try_again_and_other_users_are_not_held_up(DatabaseProvider provider)
    {
        await using var limited = (await apps.For(provider))
            .WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:ApiRequestsPerMinute", "3"));
        async Task<HttpClient> SignIn(Guid user)
        {
            var client = limited.CreateClient(
                new WebApplicationFactoryClientOptions
                {
                    AllowAutoRedirect = false,
                    HandleCookies = true,
                    BaseAddress = SipWebFactory.Https
                });
            using var _ = await Forms.PostAsync(client, "/konto/demo-inloggning",
                new Dictionary<string, string> { ["userId"] = user.ToString() });
            return client;
        }

        using var busy = await SignIn(DemoDirectory.SocialWorker);
        using var other = await SignIn(DemoDirectory.Nurse);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await busy.GetAsync(new Uri("/api/v1/plans/", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType!.MediaType);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0
            and <= 60);
        Assert.Equal("För många anrop.",
            JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        last.Dispose();

        using var unaffected = await other.GetAsync(new Uri("/api/v1/plans/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }
}
