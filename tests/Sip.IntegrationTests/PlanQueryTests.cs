using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>The queries of the workflow over HTTP, against the seeded demo county (today is 23 Nov 2026).</summary>
public sealed class PlanQueryTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task The_clinics_inbox_holds_its_invitation_and_the_insats_it_must_answer(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);

        var inbox = await nurse.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options);

        Assert.Equal(new DateOnly(2026, 11, 23), inbox!.Today);
        var invitation = Assert.Single(inbox.Items, i => i.Kind == InboxItemKind.InvitationToAnswer);
        Assert.Equal("SIP-2026-000002", invitation.ReferenceNumber);
        Assert.Equal(new DateOnly(2026, 11, 25), invitation.DueOn);
        var action = Assert.Single(inbox.Items, i => i.Kind == InboxItemKind.ActionToAccept);
        Assert.Equal("Abstinensbehandling i öppen vård med läkarbedömning.", action.What);
        Assert.DoesNotContain(inbox.Items, i => i.ReferenceNumber == "SIP-2026-000006");
        Assert.Equal(inbox.Items.Count, inbox.TotalCount);
        Assert.Equal((1, 1), (inbox.Counts.InvitationsToAnswer, inbox.Counts.ActionsToAccept));
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_social_workers_inbox_warns_of_the_sip_due_a_week_after_the_placement(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var inbox = await social.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options);

        var due = Assert.Single(inbox!.Items, i => i.Kind == InboxItemKind.FirstMeetingDue);
        Assert.Equal("SIP-2026-000004", due.ReferenceNumber);
        Assert.Equal(new DateOnly(2026, 11, 27), due.DueOn);
        Assert.False(due.IsOverdue);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Plans_filter_search_sort_and_page_on_the_server(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        async Task<PlanPage> List(string query) =>
            (await social.GetFromJsonAsync<PlanPage>(new Uri("/api/v1/plans?" + query, UriKind.Relative), Json.Options))!;

        var unit = await List("sortBy=ReferenceNumber&descending=false");
        // The demo's plans of the second round (8–12) are Vuxenenheten's too; 7 is Beroendemottagningen's alone.
        Assert.Equal(
            ["SIP-2026-000001", "SIP-2026-000002", "SIP-2026-000003", "SIP-2026-000004", "SIP-2026-000008", "SIP-2026-000009",
                "SIP-2026-000010", "SIP-2026-000011", "SIP-2026-000012"],
            unit.Items.Select(p => p.ReferenceNumber));
        var mine = await List("scope=Mine&sortBy=ReferenceNumber&descending=false");
        Assert.Equal(
            ["SIP-2026-000001", "SIP-2026-000002", "SIP-2026-000004", "SIP-2026-000008", "SIP-2026-000009", "SIP-2026-000010",
                "SIP-2026-000011", "SIP-2026-000012"],
            mine.Items.Select(p => p.ReferenceNumber));
        Assert.Equal("SIP-2026-000003", Assert.Single((await List("status=Established")).Items).ReferenceNumber);
        Assert.Equal("SIP-2026-000002", Assert.Single((await List("search=mikael")).Items).ReferenceNumber);
        Assert.Equal("SIP-2026-000002", Assert.Single((await List("search=19850314-9828")).Items).ReferenceNumber);
        Assert.Equal("SIP-2026-000006", Assert.Single((await List("includeFinished=true&search=HC-2026-0090")).Items).ReferenceNumber);
        var page3 = await List("sortBy=ReferenceNumber&descending=false&page=3&pageSize=4");
        Assert.Equal(9, page3.TotalCount);
        Assert.Equal("SIP-2026-000012", Assert.Single(page3.Items).ReferenceNumber);

        using var bad = await social.GetAsync("/api/v1/plans?page=0&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_revision_at_follow_up_is_a_new_version_and_the_history_says_what_changed(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        Guid planId;
        int version;
        Guid followUpId;
        await using (var db = app.Database.CreateContext())
        {
            var plan = await db.Plans.Include(p => p.FollowUps).SingleAsync(p => p.ReferenceNumber == "SIP-2026-000003");
            (planId, version, followUpId) = (plan.Id, plan.Version, plan.FollowUps.Single().Id);
        }

        using var goals = await nurse.SendAsync(
            new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/plans/{planId}/goals", UriKind.Relative))
            {
                Content = JsonContent.Create(
                new
                {
                    expectedVersion = version,
                    personGoals = "Jag har fått praktik och vill behålla den.",
                    needs = new[] { "Fortsatt LARO-behandling", "Arbete eller praktik", "Stöd i vardagen" }
                }, options: Json.Options),
            });
        var afterGoals = (await goals.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
        using var recorded = await nurse.PostJsonAsync($"/api/v1/plans/{planId}/follow-ups/{followUpId}/record",
            new
            {
                expectedVersion = afterGoals.Version,
                summary = "Praktik hos Arbetsförmedlingen har börjat.",
                personParticipated = true,
                personApproved = true,
                nextFollowUpOn = "2027-03-01"
            });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var versions = (await nurse.GetFromJsonAsync<List<PlanVersionView>>(new Uri($"/api/v1/plans/{planId}/versions", UriKind.Relative),
            Json.Options))!;

        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.Empty(versions[1].Changes);
        var changes = versions[0].Changes;
        Assert.Contains(changes, c => c.Area == PlanSnapshotDiff.Goals && c.To == "Jag har fått praktik och vill behålla den.");
        Assert.Contains(changes, c => c.Area == PlanSnapshotDiff.Needs && c.Kind == SnapshotChangeKind.Added && c.Subject
            == "Stöd i vardagen");
        Assert.Contains(changes, c => c.Area == PlanSnapshotDiff.Needs && c.Kind == SnapshotChangeKind.Removed && c.Subject
            == "Ekonomisk rådgivning");
        Assert.Contains(changes, c => c.Area == PlanSnapshotDiff.NextFollowUp && c.To == "2027-03-01");
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_audit_trail_shows_who_read_the_plan_to_the_answerable_unit_only(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        Guid planId;
        await using (var db = app.Database.CreateContext())
        {
            planId = await db.Plans.Where(p => p.ReferenceNumber == "SIP-2026-000003").Select(p => p.Id).SingleAsync();
        }

        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var read = await social.GetAsync($"/api/v1/plans/{planId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var denied = await social.GetAsync($"/api/v1/plans/{planId}/audit-trail");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var first = await nurse.GetFromJsonAsync<AuditTrail>(new Uri($"/api/v1/plans/{planId}/audit-trail", UriKind.Relative),
            Json.Options);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await nurse.GetFromJsonAsync<AuditTrail>(new Uri($"/api/v1/plans/{planId}/audit-trail", UriKind.Relative),
            Json.Options);

        Assert.Contains(first!.Entries, e => e.UserName == "Anna Lindqvist" && e.Action == nameof(GetPlan) && e.UnitName
            == "Socialtjänsten Östersund – Vuxenenheten");
        Assert.DoesNotContain(first.Entries, e => e.UserName == "Anna Lindqvist" && e.Action == nameof(GetPlanAuditTrail));

        // Reading the log is itself logged.
        Assert.Equal(first.TotalCount + 1, second!.TotalCount);
        Assert.Equal(nameof(GetPlanAuditTrail), second.Entries[0].Action);
        Assert.Equal("Erik Johansson", second.Entries[0].UserName);
    }
}

/// <summary>Changes the seeded plan the other query tests read, so it has an app of its own.</summary>
public sealed class RejectionNoticeTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task Rejecting_an_insats_tells_the_social_worker_who_proposed_it_why(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        Guid planId, actionId;
        int version;
        await using (var db = app.Database.CreateContext())
        {
            var plan = await db.Plans.Include(p => p.Actions).SingleAsync(p => p.ReferenceNumber == "SIP-2026-000002");
            (planId, version) = (plan.Id, plan.Version);
            actionId = plan.Actions.Single(a => a.OwningUnitId == DemoDirectory.BeroendemottagningenOstersund).Id;
        }

        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var rejected = await nurse.SendAsync(
            new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/plans/{planId}/actions/{actionId}/acceptance", UriKind.Relative))
            {
                Content = JsonContent.Create(
                new { expectedVersion = version, accept = false, rejectionReason = "Abstinensbehandlingen görs på hälsocentralen." },
                options: Json.Options),
            });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var inbox = await social.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options);

        var told = Assert.Single(inbox!.Items, i => i.Kind == InboxItemKind.ActionRejected);
        Assert.Equal("SIP-2026-000002", told.ReferenceNumber);
        Assert.Equal(actionId, told.ItemId);
        Assert.Contains("Abstinensbehandlingen görs på hälsocentralen.", told.What, StringComparison.Ordinal);
        var nurseInbox = await nurse.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options);
        Assert.DoesNotContain(nurseInbox!.Items, i => i.Kind == InboxItemKind.ActionToAccept && i.ItemId == actionId);
    }
}
