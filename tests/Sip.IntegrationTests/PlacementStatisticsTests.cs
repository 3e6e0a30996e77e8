using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Statistics;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The county agreement's follow-up of placements and disagreements, against figures worked out by
/// hand for September 2026 in Östersund: four placements, three acute, one preceded by a SIP, one
/// acute placement's cost settled in time; three disagreements, one about cost, one taken to the
/// arena, two resolved after 10 and 20 days.
/// </summary>
public sealed class PlacementStatisticsTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task The_stödjare_gets_the_periods_placement_and_disagreement_figures_for_her_area(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var region = await db.Organizations.SingleAsync(o => o.Id == DemoDirectory.RegionJh);
            SipPlan Placed(Guid initiator, DateOnly decided, bool acute, bool precededBySip)
            {
                var at = Noon(decided);
                var plan = SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                    new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(at)), "Statistik Testsson", false,
                        false),
                    "Statistik.", OriginKind.SocialServicesCase, $"ST-{Guid.NewGuid():N}", units[initiator], DemoDirectory.SocialWorker,
                        null, policy, at);
                plan.RegisterPlacement(new HvbPlacement(decided, decided, acute, precededBySip, policy, units[initiator].OrganizationId),
                    at);
                db.Plans.Add(plan);
                return plan;
            }

            void Settle(SipPlan plan, DateOnly on)
            {
                plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, "Lika delar.", DemoDirectory.VuxenenhetenOstersund, Noon(on));
                plan.AgreeCostAllocation(OrganizationKind.Municipality, DemoManagers.Social, Noon(on));
                plan.AgreeCostAllocation(OrganizationKind.Region, DemoManagers.Clinic, Noon(on));
            }

            // Rule 21: a SIP meeting within the week only when held in it, by the day it was held on.
            Meeting Book(SipPlan plan, DateOnly on, DateOnly bookedOn) =>
                plan.ScheduleMeeting(Noon(on), TimeSpan.FromHours(1), "Rådhuset", null, [], Noon(bookedOn));

            // Acute on Tuesday 1 September, due 15 September, settled on the 10th: in time. Its SIP
            // meeting held on Friday the 4th, within the week.
            var p1 = Placed(DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 9, 1), acute: true, precededBySip: false);
            Settle(p1, new DateOnly(2026, 9, 10));
            var friday = new DateOnly(2026, 9, 4);
            p1.RecordMeetingHeld(Book(p1, friday, new DateOnly(2026, 9, 1)).Id, Noon(friday).AddHours(1));
            var d1 = p1.RaiseDeviation(
                DemoDirectory.VuxenenhetenOstersund, region, "Kostnad.", isCostDispute: true, policy, Noon(new DateOnly(2026, 9, 2)));
            p1.ResolveDeviation(d1.Id, "Lika delar.", Noon(new DateOnly(2026, 9, 12)));

            // Acute on 7 September, due 21 September, settled on the 25th: late. A SIP meeting booked
            // within the week, on the 10th, but never marked held: not counted.
            var p2 = Placed(DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 9, 7), acute: true, precededBySip: false);
            Book(p2, new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 7));
            Settle(p2, new DateOnly(2026, 9, 25));
            var d2 = p2.RaiseDeviation(
                DemoDirectory.VuxenenhetenOstersund, region, "Ansvar.", isCostDispute: false, policy, Noon(new DateOnly(2026, 9, 3)));
            p2.EscalateDeviation(d2.Id, null, policy, Noon(new DateOnly(2026, 9, 17)));
            p2.ResolveDeviation(d2.Id, "Regionen.", Noon(new DateOnly(2026, 9, 23)));

            // Acute on 14 September, due 28 September, never settled: due and not in time. Its SIP
            // meeting held on the 24th, three days after the week: not counted.
            var p3 = Placed(DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 9, 14), acute: true, precededBySip: false);
            var thursday = new DateOnly(2026, 9, 24);
            p3.RecordMeetingHeld(Book(p3, thursday, new DateOnly(2026, 9, 14)).Id, Noon(thursday).AddHours(1));
            p3.RaiseDeviation(
                DemoDirectory.VuxenenhetenOstersund, region, "Ansvar.", isCostDispute: false, policy, Noon(new DateOnly(2026, 9, 30)));

            // Planned, after a SIP.
            Placed(DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 9, 20), acute: false, precededBySip: true);

            // Outside the period, and outside the area: not counted.
            var october = Placed(DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 10, 5), acute: true, precededBySip: false);
            october.RaiseDeviation(
                DemoDirectory.VuxenenhetenOstersund, region, "Ansvar.", isCostDispute: false, policy, Noon(new DateOnly(2026, 10, 6)));
            Placed(DemoDirectory.SocialtjanstenKrokom, new DateOnly(2026, 9, 10), acute: true, precededBySip: false);
            await db.SaveChangesAsync();
        }

        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var figures = await support.GetFromJsonAsync<PlacementStatistics>(
            new Uri("/api/v1/area/placement-statistics?from=2026-09-01&to=2026-09-30", UriKind.Relative), Json.Options);

        Assert.Equal(new PlacementStatistics(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), Placements: 4, Acute: 3, PrecededBySip: 1,
            AcuteDue: 3, AcuteSettledInTime: 1,
            Disagreements: 3, CostDisagreements: 1, ReachedArena: 1, Resolved: 2, MedianDaysToResolution: 15.0,
            WithoutPriorSip: 3, WithoutPriorSipDue: 3, SipWithinWeek: 1,
            Breakdown: new PlacementBreakdown(BasisNotStated: 4, MotiveNotStated: 4)), figures);

        using var backwards =
            await support.GetAsync(new Uri("/api/v1/area/placement-statistics?from=2026-09-30&to=2026-09-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var denied = await nurse.GetAsync(
            new Uri("/api/v1/area/placement-statistics?from=2026-09-01&to=2026-09-30", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    private static DateTimeOffset Noon(DateOnly day) => SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(12, 0))).ToUniversalTime();
}
