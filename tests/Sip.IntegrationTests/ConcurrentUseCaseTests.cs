using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Sip.Web.Auth;

namespace Sip.IntegrationTests;

/// <summary>
/// A Blazor page's components load at the same time through one circuit's ISender. Each use case
/// must get its own DbContext, or the second query collides with the first.
/// </summary>
public sealed class ConcurrentUseCaseTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task Use_cases_sent_at_once_from_one_circuit_each_run_in_their_own_scope(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using var circuit = app.Services.CreateAsyncScope();
        await using (var db = app.Database.CreateContext())
        {
            var anna = await db.Users.AsNoTracking().SingleAsync(u => u.Id == DemoDirectory.SocialWorker);
            circuit.ServiceProvider.GetRequiredService<CurrentUser>().Adopt(SipClaims.For(anna));
        }

        var sender = circuit.ServiceProvider.GetRequiredService<ISender>();
        var seen = (await sender.Send(new ListMyPlans())).TotalCount;
        Assert.True(seen > 0, "the social worker sees none of the demo plans");
        var work = Enumerable.Range(0, 10)
            .SelectMany(_ => new Task[] { sender.Send(new ListMyPlans()).AsTask(), sender.Send(new GetUnitInbox()).AsTask() });

        await Task.WhenAll(work);

        var page = await sender.Send(new ListMyPlans());
        Assert.Equal(seen, page.TotalCount);
    }
}
