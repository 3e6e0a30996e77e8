using System.Net;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Task = System.Threading.Tasks.Task;

#nullable disable warnings

namespace Sip.IntegrationTests;

public sealed partial class FhirExportTests
{
    /// <summary>
    /// Rule 25 in the export: the person's language and need of a tolk on the Patient; a god man, ombud and stödperson
    /// as RelatedPerson of the Patient, coded from HL7's RoleCode where one fits; the consent's performer is the ombud
    /// who gave it.
    /// </summary>
    [Theory, SqliteData, PostgresData]
    public async Task The_tolk_and_the_representatives_are_on_the_patient_and_the_consent_names_the_ombud_who_gave_it(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var exported = await EstablishedPlanAsync(app);
        var until = SwedishTime.Today(SipWebFactory.Now).AddMonths(6);
        await using (var db = app.Database.CreateContext())
        {
            var plan = await db.Plans.Whole().SingleAsync(p => p.Id == exported.Id);
            var now = SipWebFactory.Now;
            var ombud = plan.InvitePerson(
                ParticipantKind.Ombud, "Ali Said", "bror", now, mandate: new("Företräda mig i vården", true, until));
            plan.InvitePerson(ParticipantKind.GodMan, "Gun Ek", null, now, mandate: new("Sörja för person", true, null));
            plan.InvitePerson(ParticipantKind.SupportPerson, "Lisa Berg", null, now);
            plan.RecordConsent(
                ConsentGiver.Representative, null, ConsentForm.Written, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
                DemoDirectory.SocialWorker, now, representativeParticipantId: ombud.Id);
            plan.RecordCommunicationNeed(true, "arabiska", "Bildstöd", now);
            await db.SaveChangesAsync();
        }

        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var response = await social.GetAsync($"/api/v1/plans/{exported.Id}/fhir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = ValidBundle(await response.Content.ReadAsStringAsync());
        var patient = Single<Patient>(bundle);
        var language = patient.Communication.Single();
        var coding = language.Language.Coding.Single();
        Assert.Equal(("urn:ietf:bcp:47", "ar", "arabiska", true), (coding.System, coding.Code, language.Language.Text, language.Preferred));
        var interpreter = patient.GetExtension("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired");
        Assert.True(((FhirBoolean)interpreter.Value).Value);

        var related = bundle.Entry.Select(e => e.Resource).OfType<RelatedPerson>().ToDictionary(r => r.Name.Single().Text);
        Assert.All(related.Values, r => Assert.Equal(Url(bundle, patient), r.Patient.Reference));
        var ombudPerson = related["Ali Said"];
        Assert.Equal(
            ("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "POWATT"),
            (ombudPerson.Relationship.Single().Coding[0].System, ombudPerson.Relationship.Single().Coding[0].Code));
        Assert.Equal(until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ombudPerson.Period.End);
        Assert.Equal("GUARD", related["Gun Ek"].Relationship.Single().Coding[0].Code);
        Assert.Equal("stödperson", related["Lisa Berg"].Relationship.Single().Text);

        // Each is a member of the care team, by the RelatedPerson the bundle holds.
        var members = Single<CareTeam>(bundle).Participant.Select(p => p.Member.Reference).ToHashSet();
        Assert.All(related.Values, r => Assert.Contains(Url(bundle, r), members));

        var consent = bundle.Entry.Select(e => e.Resource).OfType<Consent>().Single(c => c.Status == Consent.ConsentState.Active);
        Assert.Equal(Url(bundle, ombudPerson), consent.Performer.Single().Reference);
    }

    [Fact]
    public void A_language_without_a_known_tag_is_its_words_and_no_tolk_is_said_plainly()
    {
        var plan = Export(PlanStatus.Established, new("197809239846", false, new DateOnly(1978, 9, 23), "Språk Exportsson", false), null)
            with
        { Communication = new(false, "nubiska", "Hörslinga") };

        var bundle = Sip.Web.Fhir.PlanBundle.Build(plan, SipWebFactory.Now);

        AssertValid(bundle);
        var patient = Single<Patient>(bundle);
        Assert.Equal(("nubiska", 0), (patient.Communication.Single().Language.Text, patient.Communication.Single().Language.Coding.Count));
        var interpreter = patient.GetExtension("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired");
        Assert.False(((FhirBoolean)interpreter.Value).Value);
    }
}
