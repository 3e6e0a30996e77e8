using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Audit;
using Sip.Domain.Audit;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Loggkontroll over March 2025, worked out by hand. Three plans: two started by Vuxenenheten, one
/// of them with Beroendemottagningen holding overall responsibility, and one Beroendemottagningen
/// started itself. Lena, a nurse of Beroendemottagningen, read all four (one twice) and changed
/// one: two of them are other units' plans. Olle of Vuxenenheten read two of his own unit's plans,
/// once half an hour into 1 March Swedish time (still 28 February in UTC). A read half an hour into
/// 1 April Swedish time falls outside.
/// </summary>
public sealed class AccessLogReviewTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid Lena = new("8c3d0000-0000-4000-8000-0000000000c1");
    private static readonly Guid Olle = new("8c3d0000-0000-4000-8000-0000000000c2");

    [Theory, SqliteData, PostgresData]
    public async Task The_administrator_reviews_who_opened_which_plan_and_sees_the_unusual_reader_highlighted(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        string p1, p3;
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var started = new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero);
            SipPlan Start(Guid unitId, OriginKind origin) => SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(started)), "Logg Testsson", false, false),
                "Loggkontroll.", origin, $"LK-{Guid.NewGuid():N}", units[unitId], DemoDirectory.SocialWorker, null, policy, started);

            var plan1 = Start(DemoDirectory.VuxenenhetenOstersund, OriginKind.SocialServicesCase);
            var plan2 = Start(DemoDirectory.VuxenenhetenOstersund, OriginKind.SocialServicesCase);
            var plan3 = Start(DemoDirectory.VuxenenhetenOstersund, OriginKind.SocialServicesCase);
            plan3.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], false,
                null, DemoDirectory.SocialWorker, started);
            var clinic = plan3.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, started);
            plan3.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, started);
            plan3.AssignOverallResponsibility(DemoDirectory.BeroendemottagningenOstersund, started);
            var plan4 = Start(DemoDirectory.BeroendemottagningenOstersund, OriginKind.HealthCareContact);
            db.Plans.AddRange(plan1, plan2, plan3, plan4);
            db.Users.AddRange(
                new UserAccount(Lena, "lena.lasare", "Lena Läsare", UserRole.HealthcareStaff,
                    [DemoDirectory.BeroendemottagningenOstersund], title: "Sjuksköterska"),
                new UserAccount(Olle, "olle.egen", "Olle Egen", UserRole.SocialWorker, [DemoDirectory.VuxenenhetenOstersund],
                    title: "Socialsekreterare"));

            AuditEntry Entry(Guid user, Guid unit, SipPlan plan, AuditKind kind, DateTimeOffset at) =>
                new(Guid.CreateVersion7(), at, user, unit, plan.Id, kind, kind == AuditKind.Read ? "GetPlan" : "RecordGoalsAndNeeds",
                    "10.0.0.7");
            var march = new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);
            var beroende = DemoDirectory.BeroendemottagningenOstersund;
            var vuxen = DemoDirectory.VuxenenhetenOstersund;
            db.AuditEntries.AddRange(
                Entry(Lena, beroende, plan1, AuditKind.Read, march),
                Entry(Lena, beroende, plan1, AuditKind.Read, march.AddHours(1)),
                Entry(Lena, beroende, plan1, AuditKind.Change, march.AddHours(2)),
                Entry(Lena, beroende, plan2, AuditKind.Read, march.AddDays(1)),
                Entry(Lena, beroende, plan3, AuditKind.Read, march.AddDays(2)),
                Entry(Lena, beroende, plan4, AuditKind.Read, march.AddDays(3)),
                Entry(Lena, beroende, plan2, AuditKind.Read, new DateTimeOffset(2025, 3, 31, 22, 30, 0, TimeSpan.Zero)),
                Entry(Olle, vuxen, plan1, AuditKind.Read, march.AddMinutes(30)),
                Entry(Olle, vuxen, plan2, AuditKind.Read, new DateTimeOffset(2025, 2, 28, 23, 30, 0, TimeSpan.Zero)));
            await db.SaveChangesAsync();
            (p1, p3) = (plan1.ReferenceNumber, plan3.ReferenceNumber);
        }

        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        async Task<AccessLogReview> Review(string filter) =>
            (await admin.GetFromJsonAsync<AccessLogReview>(
                new Uri($"/api/v1/access-log?from=2025-03-01&to=2025-03-31{filter}", UriKind.Relative), Json.Options))!;

        var all = await Review("&unusualFrom=2");
        Assert.Equal(8, all.TotalCount);
        Assert.Equal([new AccessLogReader(Lena, "Lena Läsare", 4, 2, true)], all.Readers);
        Assert.Equal(
            [("Lena Läsare", "GetPlan"), ("Lena Läsare", "GetPlan"), ("Lena Läsare", "GetPlan"), ("Lena Läsare", "RecordGoalsAndNeeds"),
                ("Lena Läsare", "GetPlan"), ("Olle Egen", "GetPlan"), ("Lena Läsare", "GetPlan"), ("Olle Egen", "GetPlan")],
            all.Entries.Select(e => (e.UserName, e.Action)));

        // The threshold decides what is unusual; the count stays.
        Assert.Equal([new AccessLogReader(Lena, "Lena Läsare", 4, 2, false)], (await Review("&unusualFrom=3")).Readers);

        // By user, by the unit acted for, by plan: each entry on another unit's plan marked.
        Assert.Equal(6, (await Review($"&userId={Lena}")).TotalCount);
        Assert.Equal(["Olle Egen", "Olle Egen"],
            (await Review($"&unitId={DemoDirectory.VuxenenhetenOstersund}")).Entries.Select(e => e.UserName));
        var onPlan1 = await Review($"&plan={p1}");
        Assert.Equal([("Lena Läsare", true), ("Lena Läsare", true), ("Olle Egen", false), ("Lena Läsare", true)],
            onPlan1.Entries.Select(e => (e.UserName, e.OtherUnitsPlan)));
        Assert.All((await Review($"&plan={p3}")).Entries, e => Assert.False(e.OtherUnitsPlan));
        var paged = await Review("&page=2&pageSize=3");
        Assert.Equal((8, 3), (paged.TotalCount, paged.Entries.Count));
        Assert.Equal(all.Entries.Skip(3).Take(3).Select(e => e.Id), paged.Entries.Select(e => e.Id));

        // Reading the log is itself in the log.
        await using (var db = app.Database.CreateContext())
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.UserId == DemoDirectory.Administrator && a.Action == nameof(ReviewAccessLog)
                && a.Kind == AuditKind.Read));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Only_the_administrator_reviews_the_log_and_a_bad_question_gets_every_field_error(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        using var forbidden = await social.GetAsync(new Uri("/api/v1/access-log?from=2025-03-01&to=2025-03-31", UriKind.Relative));
        using var alsoForbidden = await support.GetAsync(new Uri("/api/v1/access-log?from=2025-03-01&to=2025-03-31", UriKind.Relative));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (forbidden.StatusCode, alsoForbidden.StatusCode));

        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        using var invalid = await admin.GetAsync(
            new Uri($"/api/v1/access-log?pageSize=0&page=0&unusualFrom=0&plan={new string('x', 41)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["from", "page", "pageSize", "plan", "to", "unusualFrom"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        using var backwards = await admin.GetAsync(new Uri("/api/v1/access-log?from=2025-03-31&to=2025-03-01", UriKind.Relative));
        Assert.Equal("Periodens slut kan inte ligga före dess början.",
            (await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("to")[0].GetString());
    }
}
