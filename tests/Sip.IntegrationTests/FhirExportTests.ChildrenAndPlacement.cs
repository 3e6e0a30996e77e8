using System.Net;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using FhirOrganization = Hl7.Fhir.Model.Organization;
using FhirTask = Hl7.Fhir.Model.Task;
using Task = System.Threading.Tasks.Task;

#nullable disable warnings

namespace Sip.IntegrationTests;

public sealed partial class FhirExportTests
{
    /// <summary>
    /// Rules 24, 26b and 27 in the export: each child in the household is a RelatedPerson without a name (HSL 5 kap. 7 §);
    /// the placement is an EpisodeOfCare typed by its legal basis, motive and the region's choice, which the care plan
    /// points at; under LVM each checklist step is a Task, done once recorded.
    /// </summary>
    [Theory, SqliteData, PostgresData]
    public async Task Children_in_the_household_and_an_lvm_placement_with_its_checklist_are_in_the_export(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var exported = await EstablishedPlanAsync(app);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var before = ValidBundle(await (await social.GetAsync($"/api/v1/plans/{exported.Id}/fhir")).Content.ReadAsStringAsync());
        Assert.Empty(before.Entry.Select(e => e.Resource).OfType<EpisodeOfCare>());
        Assert.Empty(Single<CarePlan>(before).SupportingInfo);

        var today = SwedishTime.Today(SipWebFactory.Now);
        await using (var db = app.Database.CreateContext())
        {
            var plan = await db.Plans.Whole().SingleAsync(p => p.Id == exported.Id);
            var now = SipWebFactory.Now;
            var policy = await db.CountyPolicies.FirstAsync();
            plan.RecordChildren(
                [
                    ChildInHousehold.Of(7, null, ChildLivesWith.ThePerson, ChildCustody.Joint, today),
                    ChildInHousehold.Of(null, today.Year - 12, ChildLivesWith.OtherParent, ChildCustody.Other, today),
                ],
                childrensNeed: true,
                now);
            plan.RegisterPlacement(
                new HvbPlacement(today.AddDays(-3), today.AddDays(-2), isAcute: false, precededBySip: true, policy,
                        DemoDirectory.Ostersund, DemoDirectory.LjungbackenHvb)
                    .Describe(PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, null, "Abstinensbehandling & återfallsprevention."),
                now);
            var clinic = await db.Units.SingleAsync(u => u.Id == DemoDirectory.BeroendemottagningenOstersund);
            plan.ChooseMedicalCare(MedicalCareChoice.CareAtHome, clinic, now);
            plan.RecordLvmChecklist("Beroendemottagningen Östersund", today.AddDays(-2), null, now);
            await db.SaveChangesAsync();
        }

        using var response = await social.GetAsync($"/api/v1/plans/{exported.Id}/fhir");
        var started = today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = ValidBundle(await response.Content.ReadAsStringAsync());
        var patient = Url(bundle, Single<Patient>(bundle));
        var children = bundle.Entry.Select(e => e.Resource).OfType<RelatedPerson>()
            .Where(r => r.Relationship.Any(c => c.Coding.Any(x => x.Code == "CHILD")))
            .OrderBy(r => r.BirthDate ?? "").ToList();
        Assert.Equal(2, children.Count);
        Assert.All(children, c => Assert.Equal((patient, 0), (c.Patient.Reference, c.Name.Count)));
        Assert.Equal(
            (null, "the-person", "joint"),
            (children[0].BirthDate, Code(children[0], "child-lives-with"), Code(children[0], "child-custody")));
        Assert.Equal("Barn, 7 år", children[0].Relationship[0].Text);
        Assert.Equal(
            ($"{today.Year - 12}", "other-parent", "other"),
            (children[1].BirthDate, Code(children[1], "child-lives-with"), Code(children[1], "child-custody")));

        var episode = Single<EpisodeOfCare>(bundle);
        Assert.Equal([Url(bundle, episode)], Single<CarePlan>(bundle).SupportingInfo.Select(r => r.Reference));
        Assert.Equal((patient, EpisodeOfCare.EpisodeOfCareStatus.Active), (episode.Patient.Reference, episode.Status));
        Assert.Equal("Ljungbackens HVB", Resolve<FhirOrganization>(bundle, episode.ManagingOrganization).Name);
        Assert.Equal(started, episode.Period.Start);
        Assert.Equal(
            ["sip", "placement-legal-basis", "placement-motive", "medical-care-choice"],
            episode.Type.Select(t => t.Coding.Single().System.Split(':').Last()));
        Assert.Equal(["placement", "lvm", "substance-use", "care-at-home"], episode.Type.Select(t => t.Coding.Single().Code));
        Assert.Contains("Abstinensbehandling &amp; återfallsprevention.", episode.Text.Div);

        var steps = bundle.Entry.Select(e => e.Resource).OfType<FhirTask>().Where(t => t.Focus?.Reference == Url(bundle, episode))
            .ToDictionary(t => t.Code.Coding.Single().Code);
        Assert.Equal(["lvm-certificate", "lvm-notification"], steps.Keys.Order());
        Assert.Equal(FhirTask.TaskStatus.Completed, steps["lvm-notification"].Status);
        Assert.Equal("Anmäld av Beroendemottagningen Östersund", steps["lvm-notification"].Note.Single().Text);
        Assert.Equal(FhirTask.TaskStatus.Requested, steps["lvm-certificate"].Status);
        Assert.All(steps.Values, t => Assert.Equal(started, t.Restriction.Period.End));
    }

    private static string Code(RelatedPerson related, string system) =>
        related.Relationship.SelectMany(c => c.Coding).Single(c => c.System.EndsWith(system, StringComparison.Ordinal)).Code;
}
