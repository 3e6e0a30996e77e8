using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Plans;

namespace Sip.Web.Tests;

/// <summary>
/// The Versioner tab says what a revision changed in the placement (rules 26b, 27) and in the need of a tolk
/// (rule 25), in the reader's words: the legal basis and the region's choice by their names, not the code's.
/// </summary>
public sealed class VersionChangesTests : ComponentTest
{
    [Fact]
    public async Task A_revision_that_adds_a_placement_and_a_tolk_and_then_the_regions_choice_says_so_in_swedish()
    {
        SignInAs(DemoDirectory.Nurse);
        Guid planId;
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SipDbContext>();
            var plan = await db.Plans.Whole().SingleAsync(p => p.Origin.ExternalCaseReference == "BM-2026-0311");
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
            var established = new Establishment(true, null, true, null);
            var decided = SwedishTime.Today(Now);
            plan.RegisterPlacement(
                new HvbPlacement(decided, decided, isAcute: false, precededBySip: true, policy, DemoDirectory.Ostersund)
                    .Describe(PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, null, "Abstinensbehandling."),
                Now);
            plan.RecordCommunicationNeed(true, "arabiska", null, Now);
            plan.RecordFollowUp(plan.NextFollowUp!.Id, "Placerad.", kinds, established, DemoDirectory.SocialWorker, policy, Now);
            plan.ChooseMedicalCare(MedicalCareChoice.CareAtHome, units[DemoDirectory.BeroendemottagningenOstersund], Now.AddDays(1));
            plan.RecordCommunicationNeed(false, null, null, Now.AddDays(1));
            plan.RecordFollowUp(
                plan.NextFollowUp!.Id, "Vård på boendet.", kinds, established, DemoDirectory.SocialWorker, policy, Now.AddDays(1));
            await db.SaveChangesAsync();
            planId = plan.Id;
        }

        var history = Render<VersionHistory>(p => p.Add(x => x.PlanId, planId).Add(x => x.VersionCount, 3));

        history.WaitForAssertion(() => Assert.Equal(3, history.FindAll("a[data-written-plan]").Count));
        var changes = history.FindAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Placeringen kom med i planen, enligt LVM.", changes);
        Assert.Contains("Tolk behövs: arabiska.", changes);
        Assert.Contains("Regionens val för hälso- och sjukvården vid placeringen: Vård på boendet.", changes);
        Assert.Contains("Tolk behövs inte längre.", changes);
    }
}
