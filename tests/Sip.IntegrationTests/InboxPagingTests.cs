using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The inbox a page at a time: most urgent first, pages that neither overlap nor skip, counts of
/// every kind over all pages, and the access rule over both the page and the counts.
/// </summary>
public sealed class InboxPagingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task The_pages_walk_the_whole_inbox_most_urgent_first_and_carry_its_counts(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        for (var i = 0; i < 3; i++)
        {
            var plan = await Scenarios.StartWithClinicAsync(social, $"Sida Testsson {i}", "19780923-9846");
            using var proposed = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions",
                new
                {
                    expectedVersion = plan.Version,
                    actionTypeCode = "region.laro",
                    owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                    description = $"LARO-bedömning {i}.",
                    startOn = "2026-12-03"
                });
            Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        }

        var whole = await InboxAsync(nurse, "pageSize=200");
        Assert.True(whole.TotalCount >= 6, $"{whole.TotalCount} items");
        Assert.Equal(whole.TotalCount, whole.Items.Count);
        Assert.Equal(
            (whole.Counts.InvitationsToAnswer, whole.Counts.ActionsToAccept, whole.Counts.FirstMeetingsDue, whole.Counts.FollowUpsDue,
                whole.Counts.ActionsRejected),
            (Count(InboxItemKind.InvitationToAnswer), Count(InboxItemKind.ActionToAccept), Count(InboxItemKind.FirstMeetingDue),
                Count(InboxItemKind.FollowUpDue), Count(InboxItemKind.ActionRejected)));
        int Count(InboxItemKind kind) => whole.Items.Count(i => i.Kind == kind);

        // Overdue first, then by due date, what has none last; within a day, by kind.
        Assert.Equal(whole.Items.Select(i => i.IsOverdue), whole.Items.Select(i => i.IsOverdue).OrderDescending());
        var order = whole.Items.Select(i => (i.DueOn ?? DateOnly.MaxValue, i.Kind)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.All(whole.Items, i => Assert.Equal(i.DueOn < whole.Today, i.IsOverdue));

        // Pages of two, one after the other, are the whole inbox in the same order, each with the same counts.
        var paged = new List<InboxItem>();
        var pages = (whole.TotalCount + 1) / 2;
        for (var page = 1; page <= pages; page++)
        {
            var one = await InboxAsync(nurse, $"page={page}&pageSize=2");
            Assert.Equal((page, 2, whole.TotalCount, whole.Counts), (one.Page, one.PageSize, one.TotalCount, one.Counts));
            paged.AddRange(one.Items);
        }

        Assert.Equal(whole.Items.Select(i => (i.Kind, i.PlanId, i.ItemId)), paged.Select(i => (i.Kind, i.PlanId, i.ItemId)));

        // The first page by default, and a page beyond the end: empty, with the counts still there.
        var first = await InboxAsync(nurse, "");
        Assert.Equal((1, GetUnitInbox.DefaultPageSize), (first.Page, first.PageSize));
        Assert.Equal(whole.Items.Take(GetUnitInbox.DefaultPageSize).Select(i => i.ItemId), first.Items.Select(i => i.ItemId));
        var beyond = await InboxAsync(nurse, $"page={pages + 1}&pageSize=2");
        Assert.Empty(beyond.Items);
        Assert.Equal((whole.TotalCount, whole.Counts), (beyond.TotalCount, beyond.Counts));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Paging_that_cannot_be_is_refused_field_by_field_in_swedish(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);

        using var zero = await nurse.GetAsync(new Uri("/api/v1/inbox?page=0&pageSize=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        var errors = (await zero.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["page", "pageSize"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Sidan måste vara 1 eller större.", errors.GetProperty("page")[0].GetString());
        Assert.Equal("Sidstorleken ska vara 1–200.", errors.GetProperty("pageSize")[0].GetString());

        foreach (var query in new[] { "pageSize=201", "page=-1", "pageSize=abc", $"page={long.MaxValue}" })
        {
            using var bad = await nurse.GetAsync(new Uri("/api/v1/inbox?" + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        // The largest page of the largest size asks for no more than there is, without overflowing.
        using var far = await nurse.GetAsync(new Uri($"/api/v1/inbox?page={int.MaxValue}&pageSize=200", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, far.StatusCode);
    }

    // The rule applies to every candidate, on the page and in the counts: a withdrawn consent takes
    // the clinic's invitation and insats off every page and out of every count at once.
    [Theory, SqliteData, PostgresData]
    public async Task An_item_of_a_plan_the_unit_may_not_see_is_neither_listed_nor_counted(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var plan = await Scenarios.StartWithClinicAsync(social, "Räknad Testsson", "19810412-9849");
        using var proposed = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions",
            new
            {
                expectedVersion = plan.Version,
                actionTypeCode = "region.laro",
                owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                description = "LARO-bedömning.",
                startOn = "2026-12-03"
            });
        var insats = (await proposed.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
        var before = await InboxAsync(nurse, "pageSize=200");
        Assert.Contains(before.Items, i => i.PlanId == plan.PlanId && i.Kind == InboxItemKind.InvitationToAnswer);
        Assert.Contains(before.Items, i => i.PlanId == plan.PlanId && i.Kind == InboxItemKind.ActionToAccept);

        using var withdrawn = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/consents/withdrawal",
            new { expectedVersion = insats.Version, note = "Personen vill inte längre att vården deltar." });
        withdrawn.EnsureSuccessStatusCode();

        var after = await InboxAsync(nurse, "pageSize=200");
        Assert.DoesNotContain(after.Items, i => i.PlanId == plan.PlanId);
        Assert.Equal(before.TotalCount - 2, after.TotalCount);
        Assert.Equal(before.Counts
            with
        { InvitationsToAnswer = before.Counts.InvitationsToAnswer - 1, ActionsToAccept = before.Counts.ActionsToAccept - 1 },
            after.Counts);
        for (var page = 1; page <= after.TotalCount; page++)
        {
            Assert.DoesNotContain((await InboxAsync(nurse, $"page={page}&pageSize=1")).Items, i => i.PlanId == plan.PlanId);
        }
    }

    private static async Task<UnitInbox> InboxAsync(HttpClient user, string query) =>
        (await user.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?" + query, UriKind.Relative), Json.Options))!;
}
