using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 7b over HTTP: the insatser of a wrongly summoned unit follow its forwarded kallelse, with the
/// inbox and the reminders; a withdrawn kallelse leaves none waiting on the unit.
/// </summary>
public sealed class ForwardedInsatserTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid HealthCentreManager = Guid.CreateVersion7();

    [Theory, SqliteData, PostgresData]
    public async Task The_unanswered_insats_follows_the_forwarded_kallelse_and_only_the_new_unit_is_chased(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await AddHealthCentreManagerAsync(app);
        var (planId, wrong, open, decided) = await SummonedWithInsatserAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(3));
        var today = SwedishTime.Today(app.Clock.GetUtcNow());
        using var nurse = await app.SignedInAsync(DemoDirectory.DistrictNurse);
        var version = await VersionAsync(app, planId);

        using (var forwarded = await nurse.PostJsonAsync(
            $"/api/v1/plans/{planId}/participants/{wrong}/forwarding",
            new { expectedVersion = version, toUnitId = DemoDirectory.PsykiatriskaOppenvarden, reason = "Psykiatrin ska kallas." }))
        {
            Assert.Equal(HttpStatusCode.Created, forwarded.StatusCode);
        }

        await using (var db = app.Database.CreateContext())
        {
            var acceptanceDays = (await db.CountyPolicies.FirstAsync()).ActionAcceptanceWorkingDays;
            var moved = await db.InboxEntries.Where(e => e.PlanId == planId && e.ItemId == open).ToListAsync();
            var entry = Assert.Single(moved);
            Assert.Equal((DemoDirectory.PsykiatriskaOppenvarden, InboxItemKind.ActionToAccept), (entry.UnitId, entry.Kind));
            Assert.Equal(SwedishCalendar.AddWorkingDays(today, acceptanceDays), entry.DueOn);
            Assert.False(await db.InboxEntries.AnyAsync(e => e.PlanId == planId && e.UnitId == DemoDirectory.HalsocentralenOdenslund));
            var notices = await db.Outbox.Where(m => m.PlanId == planId && m.Kind != NoticeKind.Reminder).ToListAsync();
            Assert.Contains(notices, m => m.Kind == NoticeKind.ActionProposed && m.SubjectId == open
                && m.RecipientId == DemoDirectory.PsykiatriskaOppenvarden);
            var stayed = Assert.Single(notices, m => m.Kind == NoticeKind.ActionStayedWithUnit);
            Assert.Equal((decided, DemoDirectory.VuxenenhetenOstersund), (stayed.SubjectId, stayed.RecipientId));
        }

        var detail = await DetailAsync(app, planId);
        Assert.Equal(DemoDirectory.PsykiatriskaOppenvarden, detail.Actions.Single(a => a.Id == open).OwningUnitId);
        Assert.Equal(DemoDirectory.HalsocentralenOdenslund, detail.Actions.Single(a => a.Id == decided).OwningUnitId);

        // Past every reminder step: the new unit is chased for the insats, the hälsocentral and its manager never.
        app.Clock.Advance(TimeSpan.FromDays(30));
        await Scenarios.ScanDeadlinesAsync(app);
        await using (var db = app.Database.CreateContext())
        {
            var reminders = await db.Outbox.Where(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder && m.SubjectId == open)
                .ToListAsync();
            Assert.Contains(reminders, m => m.RecipientId == DemoDirectory.PsykiatriskaOppenvarden && m.IsEscalation);
            Assert.DoesNotContain(reminders, m => m.RecipientId == DemoDirectory.HalsocentralenOdenslund);
            Assert.Empty(await db.Outbox.Where(m => m.PlanId == planId && m.RecipientId == HealthCentreManager)
                .Select(m => new { m.Kind, m.Deadline, m.SubjectId }).ToListAsync());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_withdrawn_kallelse_returns_its_unanswered_insats_to_the_initiating_unit(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (planId, wrong, open, decided) = await SummonedWithInsatserAsync(app);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var version = await VersionAsync(app, planId);

        using (var withdrawn = await social.PostJsonAsync(
            $"/api/v1/plans/{planId}/participants/{wrong}/withdrawal", new { expectedVersion = version, reason = "Kallad av misstag." }))
        {
            Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());
        }

        var detail = await DetailAsync(app, planId);
        var returned = detail.Actions.Single(a => a.Id == open);
        Assert.Equal(ActionStatus.Rejected, returned.Status);
        Assert.Equal("Kallelsen till enheten återkallades: Kallad av misstag.", returned.RejectionReason);
        Assert.Equal(ActionStatus.Accepted, detail.Actions.Single(a => a.Id == decided).Status);
        app.Clock.Advance(TimeSpan.FromDays(30));
        await Scenarios.ScanDeadlinesAsync(app);
        await using var db = app.Database.CreateContext();
        Assert.False(await db.InboxEntries.AnyAsync(e => e.PlanId == planId && e.ItemId == open && e.Kind == InboxItemKind.ActionToAccept));
        Assert.True(await db.Outbox.AnyAsync(m => m.PlanId == planId && m.Kind == NoticeKind.ActionRejected && m.SubjectId == open
            && m.RecipientId == DemoDirectory.VuxenenhetenOstersund));
        Assert.False(await db.Outbox.AnyAsync(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder && m.SubjectId == open));
        Assert.Empty(await db.Outbox.Where(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder
                && m.RecipientId == DemoDirectory.HalsocentralenOdenslund)
            .Select(m => new { m.Deadline, m.SubjectId }).ToListAsync());
    }

    private static async Task AddHealthCentreManagerAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        if (!await db.Users.AnyAsync(u => u.Id == HealthCentreManager))
        {
            db.Users.Add(new UserAccount(
                HealthCentreManager, $"chef.{Guid.NewGuid():N}"[..20], "Hanna Chef", UserRole.HealthcareStaff,
                [DemoDirectory.HalsocentralenOdenslund], email: "hanna.chef@regionjh.example.se", isManager: true));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Hälsocentralen Odenslund summoned (wrongly) today, with one insats proposed to it and one it accepted.</summary>
    private static async Task<(Guid PlanId, Guid Wrong, Guid Open, Guid Decided)> SummonedWithInsatserAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var now = app.Clock.GetUtcNow();
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var person = new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(now)), "Ivar Insats", false, false);
        var plan = SipPlan.Start(
            Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Samordning.", OriginKind.SocialServicesCase,
            $"PV-{Guid.NewGuid():N}"[..20], units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy, now);
        plan.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
            DemoDirectory.SocialWorker, now);
        var healthCentre = units[DemoDirectory.HalsocentralenOdenslund];
        var wrong = plan.InviteUnit(healthCentre, policy, now);
        var open = plan.ProposeAction(
            ActionTypeCatalog.Find("region.diagnostik-och-behandling")!, healthCentre, null, "Utredning.", null, null,
            DemoDirectory.SocialWorker, policy, now);
        var decided = plan.ProposeAction(
            ActionTypeCatalog.Find("region.forebyggande-insatser")!, healthCentre, null, "Hälsosamtal.", null, null,
            DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(decided.Id, healthCentre.Id, DemoDirectory.DistrictNurse, now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Id, wrong.Id, open.Id, decided.Id);
    }

    private static async Task<int> VersionAsync(SipWebFactory app, Guid planId) => (await DetailAsync(app, planId)).Version;

    private static async Task<PlanDetail> DetailAsync(SipWebFactory app, Guid planId)
    {
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        return (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;
    }
}
