using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>A municipality's case system calls the API with JWT bearer tokens from its identity provider.</summary>
public sealed class BearerTokenTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_case_system_starts_a_plan_for_its_social_worker_with_a_bearer_token(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.WithToken(TestTokens.ForUser(DemoDirectory.SocialWorker));

        using var created = await client.PostJsonAsync("/api/v1/plans", new
        {
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            externalCaseReference = $"CS-{Guid.NewGuid():N}",
            origin = "SocialServicesCase",
            personalIdentityNumber = "19920611-9837",
            personName = "Token Testsson",
            reason = "Startad från verksamhetssystemet.",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var started = await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);
        using var read = await client.GetAsync($"/api/v1/plans/{started!.PlanId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_token_may_name_the_user_by_hsa_id(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.WithToken(TestTokens.For([new Claim("hsa_id", "SE2321000206-E1001")]));

        var inbox = await client.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox", UriKind.Relative), Json.Options);

        Assert.Contains(inbox!.Items, i => i.Kind == InboxItemKind.InvitationToAnswer && i.ReferenceNumber == "SIP-2026-000002");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Role_and_units_come_from_the_directory_not_from_the_token(DatabaseProvider provider)
    {
        var app = await apps.For(provider);

        // A SIP-stödjare's token that claims to be a social worker of Vuxenenheten is still a SIP-stödjare.
        using var client = app.WithToken(
            TestTokens.ForUser(DemoDirectory.SipSupport, new Claim(ClaimTypes.Role, "SocialWorker"),
                new Claim("sip:unit", DemoDirectory.VuxenenhetenOstersund.ToString())));

        using var response = await client.GetAsync("/api/v1/plans");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Expired_forged_foreign_and_unknown_user_tokens_are_401(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var user = new Claim("sip:user", DemoDirectory.SocialWorker.ToString());
        var tokens = new[]
        {
            TestTokens.For([user], expires: DateTime.UtcNow.AddMinutes(-5)),
            TestTokens.For([user], signingKey: Convert.ToBase64String(new byte[32])),
            TestTokens.For([user], issuer: "https://someone-else.example"),
            TestTokens.ForUser(Guid.NewGuid()),
            "not-a-token",
        };

        foreach (var token in tokens)
        {
            using var client = app.WithToken(token);
            using var response = await client.GetAsync("/api/v1/plans");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
