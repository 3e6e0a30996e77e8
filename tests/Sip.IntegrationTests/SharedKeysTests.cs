using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Sip.Web.Hosting;

namespace Sip.IntegrationTests;

/// <summary>
/// Web nodes share one key ring, kept in the database: what one node protects, another reads, so
/// a session cookie or an antiforgery token is good whichever node the next request reaches.
/// </summary>
public sealed partial class SharedKeysTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task What_one_node_protects_another_installed_elsewhere_reads_and_the_key_is_in_the_database(DatabaseProvider provider)
    {
        TestDatabase database = provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : new PostgresTestDatabase();
        await database.InitializeAsync();
        try
        {
            await using (var db = database.CreateContext())
            {
                await db.Database.MigrateAsync();
            }

            // Two installations in different folders: without one application name, each folder
            // would be a key ring purpose of its own.
            await using var nodeA = Node(database, "/srv/sip-a");
            await using var nodeB = Node(database, "/opt/sip-b");
            var protectedOnA = nodeA.GetRequiredService<IDataProtectionProvider>().CreateProtector("SharedKeysTests")
                .Protect("sip-2026-000123");

            Assert.Equal("sip-2026-000123",
                nodeB.GetRequiredService<IDataProtectionProvider>().CreateProtector("SharedKeysTests").Unprotect(protectedOnA));
            await using var check = database.CreateContext();
            Assert.Single(await check.DataProtectionKeys.ToListAsync());
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_sign_in_form_from_one_node_is_accepted_by_another_and_its_session_cookie_by_the_first(DatabaseProvider provider)
    {
        var nodeA = await apps.For(provider);
        await using var nodeB = new SipWebFactory(nodeA.Database);
        var options = new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = SipWebFactory.Https
        };
        using var onA = nodeA.CreateClient(options);
        using var onB = nodeB.CreateClient(options);

        using var page = await onA.GetAsync("/logga-in");
        var token = WebUtility.HtmlDecode(FormToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/konto/demo-inloggning", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["userId"] = DemoDirectory.SocialWorker.ToString(),
                    ["__RequestVerificationToken"] = token
                }),
        };
        signIn.Headers.Add("Cookie", Cookies(page));
        using var signedIn = await onB.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var plans = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/plans", UriKind.Relative));
        plans.Headers.Add("Cookie", Cookies(signedIn));
        using var answer = await onA.SendAsync(plans);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        await using var db = nodeA.Database.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "the nodes agreed on a key ring that is not the database's");
    }

    private static ServiceProvider Node(TestDatabase database, string installedIn)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Sip"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(
            new HostingEnvironment { ApplicationName = "Sip.Web", EnvironmentName = "Production", ContentRootPath = installedIn });
        services.AddInfrastructure(configuration);
        services.AddSharedDataProtection();
        return services.BuildServiceProvider();
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
