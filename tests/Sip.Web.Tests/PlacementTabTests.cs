using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Sip.Application.Features;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// The placement tab of the demo county's acute placement: refusing cost responsibility because the
/// placement is already made is refused in Swedish at the form (rule 7), and nothing is saved;
/// an objection on another ground becomes a cost disagreement.
/// </summary>
public sealed class PlacementTabTests : ComponentTest
{
    private const string Reference = "SIP-2026-000004";

    [Fact]
    public async Task Refusing_cost_because_the_placement_is_made_is_refused_with_the_reason_and_another_ground_is_recorded()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Ansvarsförbindelse", page.Markup, StringComparison.Ordinal));

        await ObjectAsync(page, CostDisputeGround.PlacementAlreadyMade, "Placeringen var redan gjord när vi fick veta.");

        page.WaitForAssertion(
            () => Assert.Contains("Ingen huvudman får neka kostnadsansvar med hänvisning till att placeringen redan är gjord.",
                page.Markup, StringComparison.Ordinal));
        Assert.Equal((CostAllocationState.Proposed, 0), State());

        await ObjectAsync(page, CostDisputeGround.SharesOrBasis, "Boendets andel är för hög.");

        page.WaitForAssertion(() => Assert.Equal((CostAllocationState.Disputed, 1), State()));
    }

    // Rule 26b: a placement stored before its details were asked for shows them as not stated, and only the
    // region's side is offered to record how the medical part is given; the LVM checklist belongs to LVM.
    [Fact]
    public void An_older_placement_shows_its_details_as_not_stated_and_the_municipality_is_not_offered_the_regions_choice()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Lagrum", page.Markup, StringComparison.Ordinal));

        var rows = page.FindAll("tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(rows, r => r.StartsWith("Lagrum", StringComparison.Ordinal) && r.EndsWith("ej angivet", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Motiv", StringComparison.Ordinal) && r.EndsWith("ej angivet", StringComparison.Ordinal));
        Assert.Contains(
            rows,
            r => r.StartsWith("Medicinsk del", StringComparison.Ordinal)
                && r.EndsWith("Regionen har inte valt ännu", StringComparison.Ordinal));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Spara regionens val");
        Assert.DoesNotContain("Checklista LVM", page.Markup, StringComparison.Ordinal);
    }

    // Rule 26: the ansvarsförbindelse is agreed "på chefsnivå": the social worker is not offered the button,
    // the signed-in manager agrees with the name and title of their own account.
    [Fact]
    public void A_social_worker_is_not_offered_to_agree_and_is_told_a_manager_agrees()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));

        page.WaitForAssertion(
            () => Assert.Contains("Be en chef i er organisation logga in och godkänna.", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Godkänn fördelningen");
    }

    [Fact]
    public async Task A_signed_in_manager_agrees_under_the_name_and_title_of_their_own_account()
    {
        SignInAs(DemoDirectory.SocialServicesManager);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Godkänn fördelningen"));

        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Godkänn fördelningen").Click());

        page.WaitForAssertion(() => Assert.Equal(
            ("Helena Sandberg", "Enhetschef", (Guid?)DemoDirectory.SocialServicesManager),
            Query(db =>
            {
                var allocation = db.Plans.Include(p => p.CostAllocations).Single(p => p.Id == planId).CurrentCostAllocation!;
                return (allocation.MunicipalitySignatory, allocation.MunicipalitySignatoryTitle, allocation.MunicipalitySignatoryUserId);
            })));
    }

    // Rule 26b: the region's unit taking part chooses how the medical part is given; saving without a choice is
    // refused in Swedish and nothing is saved.
    [Fact]
    public async Task The_regions_unit_chooses_how_the_medical_part_is_given_and_no_choice_is_refused_in_swedish()
    {
        var psychiatrist = Guid.CreateVersion7();
        Query(db =>
        {
            db.Users.Add(new UserAccount(
                psychiatrist, "psyk.bunit", "Pia Psyk", UserRole.HealthcareStaff, [DemoDirectory.PsykiatriskaOppenvarden]));
            return db.SaveChanges();
        });
        SignInAs(psychiatrist);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Spara regionens val"));

        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara regionens val").Click());

        page.WaitForAssertion(
            () => Assert.Contains("Välj hur den medicinska delen av placeringen ges.", page.Markup, StringComparison.Ordinal));
        Assert.Null(Query(db => db.Plans.Single(p => p.Id == planId).Placement!.MedicalCare));

        var choice = page.FindComponents<MudSelect<MedicalCareChoice?>>().Single(s => s.Instance.Label == "Regionens val");
        await page.InvokeAsync(() => choice.Instance.ValueChanged.InvokeAsync(MedicalCareChoice.CareAtHome));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara regionens val").Click());

        page.WaitForAssertion(() => Assert.Equal(
            MedicalCareChoice.CareAtHome, Query(db => db.Plans.Single(p => p.Id == planId).Placement!.MedicalCare)));
        page.WaitForAssertion(() => Assert.Contains(
            page.FindAll("tr").Select(r => r.TextContent.Trim()),
            r => r.StartsWith("Medicinsk del", StringComparison.Ordinal)
                && !r.EndsWith("Regionen har inte valt ännu", StringComparison.Ordinal)));
    }

    // Rule 27: under LVM the checklist stands open; a notification without its day is refused in Swedish, and the
    // place of the läkarintyg may be recorded alone.
    [Fact]
    public async Task Under_LVM_the_checklist_refuses_a_notification_without_its_day_and_records_the_certificates_place()
    {
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SipDbContext>();
            var plan = await db.Plans.Whole().SingleAsync(p => p.Id == planId);
            var lvm = plan.Placement!.Describe(PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, null, "Abstinensbehandling.");
            plan.RegisterPlacement(lvm, Now);
            await db.SaveChangesAsync();
        }

        SignInAs(DemoDirectory.SocialWorker);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Checklista LVM", page.Markup, StringComparison.Ordinal));

        await LvmFieldAsync(page, "Anmälan enligt 6 § LVM gjordes av", "Dr Berg, Beroendemottagningen");
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara checklistan").Click());

        page.WaitForAssertion(() => Assert.Contains("Ange när anmälan enligt 6 § LVM gjordes.", page.Markup, StringComparison.Ordinal));
        Assert.Null(Query(db => db.Plans.Single(p => p.Id == planId).Placement!.LvmNotifiedBy));

        await LvmFieldAsync(page, "Anmälan enligt 6 § LVM gjordes av", string.Empty);
        await LvmFieldAsync(page, "Läkarintyg skrivs vid", "Hälsocentralen Odenslund");
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara checklistan").Click());

        page.WaitForAssertion(() => Assert.Equal(
            "Hälsocentralen Odenslund", Query(db => db.Plans.Single(p => p.Id == planId).Placement!.LvmCertificateWrittenAt)));
        Assert.True(Query(db => db.Plans.Single(p => p.Id == planId).Placement!.LvmChecklistOpen));
    }

    private static Task LvmFieldAsync(IRenderedComponent<PlanWorkspace> page, string label, string value)
    {
        var field = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label);
        return page.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(value));
    }

    private static async Task ObjectAsync(IRenderedComponent<PlanWorkspace> page, CostDisputeGround ground, string reason)
    {
        var select = page.FindComponents<MudSelect<CostDisputeGround>>().Single();
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(ground));
        var text = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Vad ni inte är överens om");
        await page.InvokeAsync(() => text.Instance.ValueChanged.InvokeAsync(reason));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Registrera invändning").Click();
    }

    private (CostAllocationState, int) State() => Query(db =>
    {
        var plan = db.Plans.Include(p => p.CostAllocations).Include(p => p.Deviations).Single(p => p.ReferenceNumber == Reference);
        return (plan.CurrentCostAllocation!.State, plan.Deviations.Count);
    });
}
