using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Sip.Web.Hosting;

namespace Sip.IntegrationTests;

/// <summary>
/// The embedded default answers its sign-in page before the demo plans are written. Until they
/// are, no signed-in request is answered from a half-written demo county, and the app does not call
/// itself ready; the sign-in page, which needs only the demo users, does not wait.
/// </summary>
public sealed class DemoPlansTests
{
    [Theory, SqliteData, PostgresData]
    public async Task A_signed_in_request_waits_for_the_demo_plans_while_the_sign_in_page_does_not(DatabaseProvider provider)
    {
        TestDatabase database = provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : new PostgresTestDatabase();
        await database.InitializeAsync();
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = new SipWebFactory(database, services => services.AddSingleton(provider =>
        {
            // Held as if the writing took as long as the test likes.
            var plans = ActivatorUtilities.CreateInstance<DemoPlans>(provider);
            plans.Include(hold.Task);
            return plans;
        }))
        { WaitsForDemoPlans = false };
        try
        {
            using var anonymous = app.CreateClient();
            using var signIn = await anonymous.GetAsync("/logga-in");
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains("Anna Lindqvist", WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            using (var ready = await anonymous.GetAsync(HealthEndpoints.Ready))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }

            using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
            var plans = social.GetAsync("/api/v1/plans");
            Assert.NotSame(plans, await Task.WhenAny(plans, Task.Delay(TimeSpan.FromMilliseconds(500))));

            hold.SetResult();
            using var answer = await plans;
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var page = (await answer.Content.ReadFromJsonAsync<PlanPage>(Json.Options))!;
            Assert.Contains(page.Items, p => p.PersonName == "Mikael Öhrn");
            using (var ready = await anonymous.GetAsync(HealthEndpoints.Ready))
            {
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }
        }
        finally
        {
            hold.TrySetResult();
            await database.DisposeAsync();
        }
    }
}
