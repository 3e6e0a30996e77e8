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
/// Rules 12c and 24 in the county's period figures, worked out by hand for March 2025 in Krokom: of the
/// plans started that month five have children in the household; three have an assessment for their
/// current version (one made for a version since replaced does not count, though it led to a report)
/// and one of those led to an orosanmälan. A plan without children and one started in February do not count.
/// </summary>
public sealed class ChildrenStatisticsTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid KrokomSupport = new("8c3d0000-0000-4000-8000-0000000000b3");

    [Theory, SqliteData, PostgresData]
    public async Task The_periods_figures_count_plans_with_children_their_current_assessments_and_the_reports_made(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
            var krokom = units[DemoDirectory.SocialtjanstenKrokom];
            SipPlan Start(DateOnly day, bool children)
            {
                var plan = SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                    new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", day), "Barn Testsson", false, false),
                    "Barn i hushållet.", OriginKind.SocialServicesCase, $"BS-{Guid.NewGuid():N}", krokom,
                    DemoDirectory.ForeignSocialWorker,
                    null, policy, At(day));
                if (children)
                {
                    plan.RecordChildren(
                        [ChildInHousehold.Of(7, null, ChildLivesWith.ThePerson, ChildCustody.Joint, day)], childrensNeed: false, At(day));
                }

                return plan;
            }

            var march = new DateOnly(2025, 3, 3);
            var reported = Start(march, children: true);
            reported.RecordReportOfConcernAssessment(
                "Oro för barnen.", new ReportOfConcern(march, "Socialtjänsten i Krokoms kommun", true), At(march));
            var assessed = Start(march.AddDays(1), children: true);
            assessed.RecordReportOfConcernAssessment("Ingen oro för barnen.", At(march.AddDays(1)));
            var notAssessed = Start(march.AddDays(2), children: true);

            // Assessed for version 1 and again for version 2 at the follow-up: current.
            var revised = Start(march.AddDays(3), children: true);
            Ready(revised, march.AddDays(3));
            revised.RecordReportOfConcernAssessment("Ingen oro.", At(march.AddDays(3)));
            revised.Establish(kinds, FollowUpOn(march.AddDays(10)), DemoDirectory.ForeignSocialWorker, policy, At(march.AddDays(3)));
            revised.RecordReportOfConcernAssessment("Fortfarande ingen oro.", At(march.AddDays(10)));
            revised.RecordFollowUp(revised.FollowUps.Single().Id, "Följd upp.", kinds, FollowUpOn(march.AddDays(90)),
                DemoDirectory.ForeignSocialWorker, policy, At(march.AddDays(10)));

            // Assessed for version 1; the children left before the follow-up and came back after it: not current.
            var stale = Start(march.AddDays(3), children: true);
            Ready(stale, march.AddDays(3));
            stale.RecordReportOfConcernAssessment(
                "Oro.", new ReportOfConcern(march.AddDays(3), "Socialtjänsten i Krokoms kommun", true), At(march.AddDays(3)));
            stale.Establish(kinds, FollowUpOn(march.AddDays(10)), DemoDirectory.ForeignSocialWorker, policy, At(march.AddDays(3)));
            stale.RecordChildren([], childrensNeed: false, At(march.AddDays(9)));
            stale.RecordFollowUp(stale.FollowUps.Single().Id, "Följd upp.", kinds, FollowUpOn(march.AddDays(90)),
                DemoDirectory.ForeignSocialWorker, policy, At(march.AddDays(10)));
            stale.RecordChildren(
                [ChildInHousehold.Of(1, null, ChildLivesWith.ThePerson, ChildCustody.Joint, march.AddDays(11))], false,
                    At(march.AddDays(11)));

            var noChildren = Start(march.AddDays(4), children: false);
            var february = Start(new DateOnly(2025, 2, 20), children: true);
            february.RecordReportOfConcernAssessment(
                "Oro.", new ReportOfConcern(new DateOnly(2025, 2, 20), "Socialtjänsten i Krokoms kommun", false),
                    At(new DateOnly(2025, 2, 20)));

            db.Plans.AddRange(reported, assessed, notAssessed, revised, stale, noChildren, february);
            db.Users.Add(new UserAccount(KrokomSupport, "krokom.barn", "Kim Barn", UserRole.SipSupport, [], title: "SIP-stödjare",
                areaOrganizationId: DemoDirectory.Krokom));
            await db.SaveChangesAsync();

            void Ready(SipPlan plan, DateOnly day)
            {
                plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Krokom,
                    DemoDirectory.RegionJh], false, null,
                    DemoDirectory.ForeignSocialWorker, At(day));
                var taking = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, At(day));
                plan.AcceptInvitation(taking.Id, DemoDirectory.Nurse, At(day));
                plan.RecordGoalsAndNeeds("Jag vill ha ett eget boende.", ["Boende"], At(day));
                var insats = plan.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("kommun.boendestod")!, krokom, null,
                    "Boendestöd.",
                    day.AddDays(7), null, DemoDirectory.ForeignSocialWorker, policy, At(day));
                plan.AcceptAction(insats.Id, DemoDirectory.SocialtjanstenKrokom, DemoDirectory.ForeignSocialWorker, At(day));
                plan.AssignOverallResponsibility(DemoDirectory.SocialtjanstenKrokom, At(day));
            }
        }

        using var support = await app.SignedInAsync(KrokomSupport);
        var figures = (await support.GetFromJsonAsync<ProcessStatistics>(
            new Uri("/api/v1/area/process-statistics?from=2025-03-01&to=2025-03-31", UriKind.Relative), Json.Options))!;

        Assert.Equal(6, figures.Started);
        Assert.Equal(new ProcessStatistics.ChildrenFigures(5, 3, 1), figures.Children);

        var csv = await support.GetStringAsync(new Uri("/api/v1/area/export/process?format=csv&from=2025-03-01&to=2025-03-31",
            UriKind.Relative));
        Assert.Contains("med barn i hushållet;5;6", csv, StringComparison.Ordinal);
        Assert.Contains("varav med aktuell bedömning av orosanmälan;3;5", csv, StringComparison.Ordinal);
        Assert.Contains("varav orosanmälan gjord;1;3", csv, StringComparison.Ordinal);
    }

    private static Establishment FollowUpOn(DateOnly nextFollowUpOn) => new(true, null, true, nextFollowUpOn);

    private static DateTimeOffset At(DateOnly day) => SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(9, 0))).ToUniversalTime();
}
