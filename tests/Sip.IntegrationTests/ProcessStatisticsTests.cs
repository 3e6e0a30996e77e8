using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Statistics;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The process figures of November 2026 in Krokom, worked out by hand: three plans started — one met
/// after 7 days and established after 14 with the person's goals and a närstående, one with a meeting
/// booked after 20 days but not held (rule 21: not a meeting yet), one closed; a plan started in
/// October does not count as started.
/// </summary>
public sealed class ProcessStatisticsTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid KrokomSupport = new("8c3d0000-0000-4000-8000-0000000000a2");

    [Theory, SqliteData, PostgresData]
    public async Task The_stödjare_gets_the_periods_process_figures_for_her_area(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
            var krokom = units[DemoDirectory.SocialtjanstenKrokom];
            SipPlan Start(DateOnly day) => SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", day), "Process Testsson", false, false),
                "Process.", OriginKind.SocialServicesCase, $"PS-{Guid.NewGuid():N}", krokom, DemoDirectory.ForeignSocialWorker, null,
                    policy, At(day));

            // Started Monday 2 November, met on the 9th, established on the 16th; follow-up due the 20th, not done.
            var a = Start(new DateOnly(2026, 11, 2));
            a.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Krokom, DemoDirectory.RegionJh], true, null,
                DemoDirectory.ForeignSocialWorker, At(new DateOnly(2026, 11, 2)));
            var clinic = a.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, At(new DateOnly(2026, 11, 2)));
            a.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, At(new DateOnly(2026, 11, 3)));
            a.InvitePerson(ParticipantKind.NextOfKin, "Nära Testsson", "syster", At(new DateOnly(2026, 11, 3)));
            var met = a.ScheduleMeeting(At(new DateOnly(2026, 11, 9)), TimeSpan.FromHours(1), "Kommunhuset", null, [clinic.Id],
                At(new DateOnly(2026, 11, 3)));
            a.RecordMeetingHeld(met.Id, At(new DateOnly(2026, 11, 9)).AddHours(1));
            a.RecordGoalsAndNeeds("Jag vill bo kvar hemma.", ["Boende"], At(new DateOnly(2026, 11, 9)));
            var housing = a.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("kommun.boendestod")!, krokom, null, "Boendestöd.",
                new DateOnly(2026, 11, 16), null, DemoDirectory.ForeignSocialWorker, policy, At(new DateOnly(2026, 11, 9)));
            a.AcceptAction(housing.Id, DemoDirectory.SocialtjanstenKrokom, DemoDirectory.ForeignSocialWorker,
                At(new DateOnly(2026, 11, 9)));
            a.AssignOverallResponsibility(DemoDirectory.SocialtjanstenKrokom, At(new DateOnly(2026, 11, 9)));
            a.Establish(kinds, new Establishment(true, null, true, new DateOnly(2026, 11, 20)), DemoDirectory.ForeignSocialWorker, policy,
                At(new DateOnly(2026, 11, 16)));

            // Started Thursday 5 November, a meeting booked for the 25th: not held, so not counted.
            var b = Start(new DateOnly(2026, 11, 5));
            b.ScheduleMeeting(At(new DateOnly(2026, 11, 25)), TimeSpan.FromHours(1), "Kommunhuset", null, [],
                At(new DateOnly(2026, 11, 6)));

            // Started 10 November, closed on the 12th.
            var c = Start(new DateOnly(2026, 11, 10));
            c.Close(PlanCloseReason.PersonEnded, null, At(new DateOnly(2026, 11, 12)));

            // Ready to establish on the given day: consent, the clinic taking part, goals, an accepted insats, the overall responsibility.
            void Ready(SipPlan plan, DateOnly day)
            {
                plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Krokom, DemoDirectory.RegionJh], false,
                    null, DemoDirectory.ForeignSocialWorker, At(day));
                var taking = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, At(day));
                plan.AcceptInvitation(taking.Id, DemoDirectory.Nurse, At(day));
                plan.RecordGoalsAndNeeds("Jag vill ha ett eget boende.", ["Boende"], At(day));
                var insats = plan.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("kommun.boendestod")!, krokom, null,
                    "Boendestöd.", day.AddDays(7), null, DemoDirectory.ForeignSocialWorker, policy, At(day));
                plan.AcceptAction(insats.Id, DemoDirectory.SocialtjanstenKrokom, DemoDirectory.ForeignSocialWorker, At(day));
                plan.AssignOverallResponsibility(DemoDirectory.SocialtjanstenKrokom, At(day));
            }

            // Started in October and established in November: counted as established in November,
            // though not started then.
            var d = Start(new DateOnly(2026, 10, 20));
            Ready(d, new DateOnly(2026, 10, 21));
            d.Establish(kinds, FollowUpOn(new DateOnly(2026, 12, 4)), DemoDirectory.ForeignSocialWorker, policy,
                At(new DateOnly(2026, 11, 4)));

            // Established in October and revised at its follow-up in November: the revision is not an establishment.
            var e = Start(new DateOnly(2026, 10, 1));
            Ready(e, new DateOnly(2026, 10, 2));
            e.Establish(kinds, FollowUpOn(new DateOnly(2026, 11, 18)), DemoDirectory.ForeignSocialWorker, policy,
                At(new DateOnly(2026, 10, 15)));
            e.RecordFollowUp(e.FollowUps.Single().Id, "Planen följd upp.", kinds, FollowUpOn(new DateOnly(2027, 2, 18)),
                DemoDirectory.ForeignSocialWorker, policy, At(new DateOnly(2026, 11, 18)));

            db.Plans.AddRange(a, b, c, d, e);
            db.Users.Add(new UserAccount(KrokomSupport, "krokom.process", "Kim Process", UserRole.SipSupport, [], title: "SIP-stödjare",
                areaOrganizationId: DemoDirectory.Krokom));
            await db.SaveChangesAsync();
        }

        using var support = await app.SignedInAsync(KrokomSupport);
        var figures = (await support.GetFromJsonAsync<ProcessStatistics>(
            new Uri("/api/v1/area/process-statistics?from=2026-11-01&to=2026-11-30", UriKind.Relative), Json.Options))!;

        Assert.Equal((3, 2, 1), (figures.Started, figures.Established, figures.Closed));
        Assert.Equal(new ProcessStatistics.Days(1, 7, 7), figures.ToFirstMeeting);
        Assert.Equal(new ProcessStatistics.Days(1, 14, 14), figures.ToEstablishment);
        Assert.Equal((2, 1, 1, 1), (figures.FollowUpsDue, figures.FollowUpsOnTime, figures.WithOwnGoals, figures.WithNextOfKin));
        Assert.Equal([new ProcessStatistics.Breakdown("Socialtjänsten Krokom – Individ och familj", 3)], figures.ByUnit);
        Assert.Equal([new ProcessStatistics.Breakdown("Krokoms kommun", 3)], figures.ByOrganization);
        Assert.Equal([new ProcessStatistics.Breakdown("Kommunen", 3)], figures.ByPrincipal);
    }

    /// <summary>Established with the person, who approved, and the next follow-up on the given day.</summary>
    private static Establishment FollowUpOn(DateOnly nextFollowUpOn) => new(true, null, true, nextFollowUpOn);

    private static DateTimeOffset At(DateOnly day) => SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(9, 0))).ToUniversalTime();
}
