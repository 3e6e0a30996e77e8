using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Sip.Web.Auth;

namespace Sip.IntegrationTests;

/// <summary>
/// Sign-in through the county's identity provider. The provider's discovery document is given to
/// the app here, as a county's would be fetched, so no provider needs to run.
/// </summary>
public sealed class OidcSignInTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Authorize = "https://idp.region.example/authorize";

    [Theory, SqliteData]
    public async Task The_sign_in_page_sends_the_user_to_the_county_provider_and_the_demo_sign_in_is_gone(DatabaseProvider provider)
    {
        await using var app = OidcApp(await apps.For(provider));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var page = await client.GetAsync(new Uri("/logga-in?returnUrl=%2Fstarta-sip", UriKind.Relative));
        Assert.True(page.StatusCode == HttpStatusCode.Redirect,
            $"{(int)page.StatusCode} {page.Headers.Location} {await page.Content.ReadAsStringAsync()}");
        Assert.Equal($"{OidcSignIn.Path}?returnUrl=%2Fstarta-sip", page.Headers.Location!.PathAndQuery);

        using var challenge = await client.GetAsync(page.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var target = challenge.Headers.Location!.ToString();
        Assert.StartsWith(Authorize, target, StringComparison.Ordinal);
        Assert.Contains("client_id=sip-test", target, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", target, StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = DemoDirectory.Administrator.ToString() });
        using var demo = await client.PostAsync(new Uri("/konto/demo-inloggning", UriKind.Relative), form);
        Assert.True(demo.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
            $"demo sign-in answered {(int)demo.StatusCode}");
        var signInPage = await (await client.GetAsync(new Uri("/logga-in?fel=oidc", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Logga in som", signInPage, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task The_directory_decides_who_the_provider_s_user_is_and_refuses_strangers_and_the_deactivated(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryAccounts>();
        static ClaimsPrincipal From(string type, string value) => new(new ClaimsIdentity([new Claim(type, value)], "oidc"));

        var byName = await Principal(db, From("preferred_username", "erik.johansson"), "preferred_username", matchOnHsaId: false,
            CancellationToken.None);
        Assert.Equal(DemoDirectory.Nurse, SipClaims.UserIdOf(byName!));
        Assert.Equal(Sip.Domain.Users.UserRole.HealthcareStaff, SipClaims.RoleOf(byName!));
        Assert.Equal([DemoDirectory.BeroendemottagningenOstersund], SipClaims.UnitsOf(byName!));

        var byHsa = await Principal(db, From("hsa_identity", "SE2321000206-E1001"), "hsa_identity", matchOnHsaId: true,
            CancellationToken.None);
        Assert.Equal(DemoDirectory.Nurse, SipClaims.UserIdOf(byHsa!));

        Assert.Null(await Principal(db, From("preferred_username", "okand.person"), "preferred_username", false, CancellationToken.None));
        Assert.Null(await Principal(db, From("email", "erik.johansson"), "preferred_username", false, CancellationToken.None));
    }

    private static async Task<ClaimsPrincipal?> Principal(
        DirectoryAccounts accounts, ClaimsPrincipal external, string userClaim, bool matchOnHsaId, CancellationToken cancellationToken) =>
        await OidcSignIn.DirectoryUserAsync(accounts, external, userClaim, matchOnHsaId, cancellationToken) is { } user
            ? SipClaims.For(user) : null;

    [Theory, SqliteData]
    public async Task An_unreachable_provider_sends_the_person_back_to_a_page_that_says_so(DatabaseProvider provider)
    {
        await using var app = OidcApp(await apps.For(provider), providerAnswers: false);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var challenge = await client.GetAsync(new Uri(OidcSignIn.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/logga-in?fel=oidc", challenge.Headers.Location!.OriginalString);
        var page = System.Net.WebUtility.HtmlDecode(await (await client.GetAsync(challenge.Headers.Location)).Content.ReadAsStringAsync());
        Assert.Contains("Inloggningen misslyckades", page, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> OidcApp(SipWebFactory app, bool providerAnswers = true) =>
        app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Auth:Mode", "Oidc");
        builder.UseSetting("Auth:Oidc:ClientId", "sip-test");
        builder.UseSetting("Database:MigrateAtStartup", "false");
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Auth:Oidc:Authority", providerAnswers ? "https://idp.region.example" : "https://idp.invalid");
        builder.ConfigureTestServices(services => services.PostConfigure<OpenIdConnectOptions>(OidcSignIn.Scheme, options =>
        {
            if (!providerAnswers)
            {
                return;
            }

            options.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = "https://idp.region.example",
                AuthorizationEndpoint = Authorize,
                TokenEndpoint = "https://idp.region.example/token"
            };
            options.ConfigurationManager =
                new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
        }));
    });
}
