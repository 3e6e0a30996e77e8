using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Retention;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Gallring with the default five years: a plan established and closed six years ago is
/// anonymised — name, personnummer and every text about the person gone, from the plan and its
/// established version — while what the follow-up counts stays. A plan closed a year ago, and an
/// open plan, are untouched. A second run finds nothing to do.
/// </summary>
public sealed class RetentionTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_plan_closed_longer_ago_than_the_retention_period_is_anonymised_and_nothing_else_is(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var now = SipWebFactory.Now;
        Guid old, recent, open;
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
            var krokom = units[DemoDirectory.SocialtjanstenKrokom];
            SipPlan Start(DateTimeOffset at) => SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(at)), "Gunnel Gallringsson", false, true),
                "Alkohol och ensamhet.", OriginKind.SocialServicesCase, $"GA-{Guid.NewGuid():N}", krokom, DemoDirectory.ForeignSocialWorker,
                    null, policy, at);

            var then = now.AddYears(-6);
            var a = Start(then);
            a.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Krokom, DemoDirectory.RegionJh], true, null,
                DemoDirectory.ForeignSocialWorker, then);
            var clinic = a.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, then);
            a.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, then);
            a.InvitePerson(ParticipantKind.NextOfKin, "Nils Gallringsson", "bror", then);
            a.ScheduleMeeting(then.AddDays(7), TimeSpan.FromHours(1), "Gunnels kök, Storgatan 3", null, [clinic.Id], then);
            a.RecordGoalsAndNeeds("Jag vill sluta dricka.", ["Stöd i hemmet"], then.AddDays(7));
            var housing = a.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("kommun.boendestod")!, krokom, null,
                "Boendestöd hos Gunnel tre dagar i veckan.", SwedishTime.Today(then.AddDays(14)), null, DemoDirectory.ForeignSocialWorker,
                policy, then.AddDays(7));
            a.AcceptAction(housing.Id, DemoDirectory.SocialtjanstenKrokom, DemoDirectory.ForeignSocialWorker, then.AddDays(7));
            a.AssignOverallResponsibility(DemoDirectory.SocialtjanstenKrokom, then.AddDays(7));
            a.RecordReportOfConcernAssessment("Gunnels barnbarn bor där ibland; ingen orosanmälan behövs.", then.AddDays(7));
            a.Establish(kinds, new Establishment(true, null, true, SwedishTime.Today(then.AddDays(90))), DemoDirectory.ForeignSocialWorker,
                policy, then.AddDays(8));
            a.Close(PlanCloseReason.Other, "Gunnel flyttade till sin dotter i Umeå.", then.AddDays(100));

            var b = Start(now.AddYears(-2));
            b.Close(PlanCloseReason.PersonEnded, null, now.AddYears(-1));
            var c = Start(now.AddYears(-7));

            db.Plans.AddRange(a, b, c);
            await db.SaveChangesAsync();
            (old, recent, open) = (a.Id, b.Id, c.Id);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var retention = scope.ServiceProvider.GetRequiredService<PlanRetention>();
            Assert.Equal(1826, retention.DaysAfterClosing);
            Assert.Equal(1, await retention.AnonymiseAsync(CancellationToken.None));
            Assert.Equal(0, await retention.AnonymiseAsync(CancellationToken.None));
        }

        await using (var db = app.Database.CreateContext())
        {
            var plans = await db.Plans.AsNoTracking()
                .Include(p => p.Participants).Include(p => p.Consents).Include(p => p.Actions).Include(p => p.Needs)
                .Include(p => p.Meetings).Include(p => p.FollowUps).Include(p => p.Versions)
                .Where(p => p.Id == old || p.Id == recent || p.Id == open).ToDictionaryAsync(p => p.Id);
            var gallrad = plans[old];
            Assert.Equal((SipPlan.Redacted, PersonalIdentityNumber.Removed), (gallrad.Person.FullName, gallrad.Person.IdentityNumber));
            Assert.Equal(now, gallrad.AnonymisedAt);

            // Everything said about Gunnel, wherever it stood, is gone...
            var everything = string.Join("|",
                new[] { gallrad.Reason, gallrad.PersonGoals, gallrad.CloseNote, gallrad.ReportOfConcernAssessment,
                    gallrad.Origin.ExternalCaseReference }
                .Concat(gallrad.Participants.Select(p => $"{p.DisplayName} {p.Relationship}"))
                .Concat(gallrad.Actions.Select(x => x.Description))
                .Concat(gallrad.Needs.Select(n => n.Description))
                .Concat(gallrad.Meetings.Select(m => m.Location))
                .Concat(gallrad.Versions.Select(v => v.ContentJson)));
            foreach (var said in new[] { "Gallringsson", "Gunnel", "Alkohol", "sluta dricka", "Stöd i hemmet", "Storgatan", "Umeå",
                "bror", "barnbarn", "GA-" })
            {
                Assert.DoesNotContain(said, everything, StringComparison.Ordinal);
            }

            // ...while what the follow-up counts stays: the established version, the units, the insats and its dates.
            var version = Assert.Single(gallrad.Versions);
            Assert.NotNull(version.RedactedAt);
            Assert.Equal((PlanStatus.Closed, DemoDirectory.SocialtjanstenKrokom), (gallrad.Status, gallrad.OverallResponsibleUnitId));
            Assert.Contains(gallrad.Participants, p => p.UnitId == DemoDirectory.BeroendemottagningenOstersund);
            Assert.Equal(("kommun.boendestod", ActionStatus.Accepted),
                (gallrad.Actions.Single().ActionTypeCode, gallrad.Actions.Single().Status));
            Assert.Equal(DemoDirectory.SocialtjanstenKrokom, PlanSnapshot.FromJson(version.ContentJson).OverallResponsibleUnitId);

            Assert.Equal("Gunnel Gallringsson", plans[recent].Person.FullName);
            Assert.Null(plans[recent].AnonymisedAt);
            Assert.Equal("Gunnel Gallringsson", plans[open].Person.FullName);
        }
    }
}
