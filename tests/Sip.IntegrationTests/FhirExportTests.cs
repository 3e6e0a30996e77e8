using System.Net;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Microsoft.EntityFrameworkCore;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using FhirOrganization = Hl7.Fhir.Model.Organization;
using FhirTask = Hl7.Fhir.Model.Task;
using Task = System.Threading.Tasks.Task;

// The SDK's model declares every element nullable, whether FHIR requires it or not; here an element
// that is missing fails the test at the line that reads it, which is what the assertion would say.
#nullable disable warnings

namespace Sip.IntegrationTests;

/// <summary>
/// GET /api/v1/plans/{id}/fhir: the bundle parses with the Firely SDK, has no error against the
/// core FHIR R4 definitions as Firely's validator reads them, and says what the plan says — status,
/// who does which insats, who takes part in which role, the consent, and a Task for each insats
/// still waiting for its unit's answer — under the same access rules and access log as the plan.
/// </summary>
public sealed partial class FhirExportTests(AppFixture apps, FhirValidation validation, ITestOutputHelper output)
    : IClassFixture<AppFixture>, IClassFixture<FhirValidation>
{
    private const string Goals = "Jag vill ha ett eget boende och bli fri från alkoholen.";

    [Theory, SqliteData, PostgresData]
    public async Task An_established_plan_exports_as_a_valid_bundle_that_says_who_does_what(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await EstablishedPlanAsync(app);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        using var response = await social.GetAsync($"/api/v1/plans/{plan.Id}/fhir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        var bundle = ValidBundle(json);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);

        var carePlan = Single<CarePlan>(bundle);
        Assert.Equal((RequestStatus.Active, CarePlan.CarePlanIntent.Plan), (carePlan.Status, carePlan.Intent));
        Assert.Equal(plan.ReferenceNumber, carePlan.Identifier.Single(i => i.System == "urn:sip:fhir:identifier:plan-reference").Value);
        Assert.Equal(Url(bundle, Single<Patient>(bundle)), carePlan.Subject.Reference);
        Assert.Equal("Socialtjänsten Östersund – Vuxenenheten", Resolve<FhirOrganization>(bundle, carePlan.Author).Name);
        Assert.NotNull(carePlan.Period.Start);

        // Rejected insatser are not in the plan the person receives; every other one is, with its unit.
        var activities = carePlan.Activity.Select(a => a.Detail).ToDictionary(d => d.Code.Coding.Single().Code);
        Assert.Equal(["kommun.boendestod", "kommun.kontaktperson", "region.laro", "region.psykologisk-behandling"],
            activities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(CarePlan.CarePlanActivityStatus.Scheduled, activities["kommun.boendestod"].Status);
        Assert.Equal(CarePlan.CarePlanActivityStatus.InProgress, activities["region.psykologisk-behandling"].Status);
        Assert.Equal(CarePlan.CarePlanActivityStatus.NotStarted, activities["region.laro"].Status);
        var clinic = Resolve<FhirOrganization>(bundle, activities["region.psykologisk-behandling"].Performer.Single());
        Assert.Equal(("Beroendemottagningen Östersund", "SE2321000206-B001"),
            (clinic.Name, clinic.Identifier.Single(i => i.System == "urn:oid:1.2.752.29.4.19").Value));
        Assert.Equal("Region Jämtland Härjedalen", Resolve<FhirOrganization>(bundle, clinic.PartOf).Name);
        Assert.Equal("Östersunds kommun",
            Resolve<FhirOrganization>(bundle,
                Resolve<FhirOrganization>(bundle, activities["kommun.boendestod"].Performer.Single()).PartOf).Name);
        Assert.Equal("2026-12-01", activities["kommun.boendestod"].Scheduled is Period p ? p.Start : null);
        Assert.Equal("Boende", Resolve<Condition>(bundle, activities["kommun.boendestod"].ReasonReference.Single()).Code.Text);
        Assert.Equal(Goals, Resolve<Goal>(bundle, carePlan.Goal.Single()).Description.Text);
        Assert.Equal(Goal.GoalLifecycleStatus.Active, Single<Goal>(bundle).LifecycleStatus);

        // One Task per insats waiting for its unit's answer, owned by that unit; none for the others.
        var tasks = bundle.Entry.Select(e => e.Resource).OfType<FhirTask>().ToList();
        Assert.Equal(
            [("Beroendemottagningen Östersund", "region.laro"), ("Socialtjänsten Östersund – Vuxenenheten", "kommun.kontaktperson")],
            tasks.Select(t => (Resolve<FhirOrganization>(bundle, t.Owner).Name,
                ((CodeableConcept)t.Input.Single().Value).Coding.Single().Code)).OrderBy(t => t.Item1, StringComparer.Ordinal));
        Assert.All(tasks, t => Assert.Equal(
            (FhirTask.TaskStatus.Requested, FhirTask.TaskIntent.Order, Url(bundle, carePlan), carePlan.Subject.Reference),
            (t.Status, t.Intent, t.Focus.Reference, t.For.Reference)));
        Assert.All(tasks, t => Assert.NotNull(t.AuthoredOn));

        // The care team: who takes part, in which role; the coordinating unit manages it.
        var team = Single<CareTeam>(bundle);
        var roles = team.Participant.ToDictionary(
            p => p.Member.Reference,
            p => string.Join(" ", p.Role.Select(r => r.Coding.Single().Code)));
        Assert.Equal("person", roles[carePlan.Subject.Reference]);
        Assert.Equal("principal-unit initiating-unit overall-responsible", roles[carePlan.Author.Reference]);
        Assert.Equal("principal-unit", roles[Url(bundle, clinic)]);
        Assert.Equal("principal-unit invitation-pending",
            roles[Url(bundle, Named<FhirOrganization>(bundle, o => o.Name == "Hälsocentralen Odenslund"))]);
        var mother = Single<RelatedPerson>(bundle);
        Assert.Equal(("Maj Exportsson", "mamma"), (mother.Name.Single().Text, mother.Relationship.Single().Text));
        Assert.Equal("next-of-kin invitation-pending", roles[Url(bundle, mother)]);
        Assert.Equal(carePlan.Author.Reference, team.ManagingOrganization.Single().Reference);
        Assert.Equal(5, team.Participant.Count);

        var consent = Single<Consent>(bundle);
        Assert.Equal(Consent.ConsentState.Active, consent.Status);
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy"),
            (consent.Scope.Coding.Single().System, consent.Scope.Coding.Single().Code));
        Assert.Equal(carePlan.Subject.Reference, consent.Patient.Reference);
        Assert.Equal(["Region Jämtland Härjedalen", "Östersunds kommun"],
            consent.Provision.Actor.Select(a => Resolve<FhirOrganization>(bundle, a.Reference).Name).Order(StringComparer.Ordinal));
        Assert.Equal(Consent.ConsentProvisionType.Permit, consent.Provision.Provision.Single().Type);

        var patient = Single<Patient>(bundle);
        Assert.Equal(("urn:oid:1.2.752.129.2.1.3.1", "197809239846"),
            (patient.Identifier.Single().System, patient.Identifier.Single().Value));
        Assert.Equal(("Fhir Exportsson", "1978-09-23"), (patient.Name.Single().Text, patient.BirthDate));
        Assert.Contains("\"Socialtjänsten Östersund – Vuxenenheten\"", json, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Protected_identity_hides_the_name_from_every_unit_but_the_initiating_one_and_marks_the_record_restricted(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await DraftPlanAsync(app, protectedIdentity: true);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        using var asClinic = await nurse.GetAsync($"/api/v1/plans/{plan.Id}/fhir");
        using var asOwner = await social.GetAsync($"/api/v1/plans/{plan.Id}/fhir");

        var clinicJson = await asClinic.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Skyddadsdöttir", clinicJson, StringComparison.Ordinal);
        var seenByClinic = Single<Patient>(ValidBundle(clinicJson));
        Assert.Empty(seenByClinic.Name);
        Assert.Equal("197809239846", seenByClinic.Identifier.Single().Value);
        Assert.Equal("R", seenByClinic.Meta.Security.Single().Code);
        var seenByOwner = Single<Patient>(ValidBundle(await asOwner.Content.ReadAsStringAsync()));
        Assert.Equal("Tove Skyddadsdöttir", seenByOwner.Name.Single().Text);
        Assert.Equal("R", seenByOwner.Meta.Security.Single().Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_draft_with_withdrawn_consent_exports_as_a_draft_with_an_inactive_consent_and_as_xml_on_request(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await DraftPlanAsync(app, protectedIdentity: false, withdrawConsent: true);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        using var response = await social.GetAsync($"/api/v1/plans/{plan.Id}/fhir?_format=xml");

        Assert.Equal("application/fhir+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var bundle = new FhirXmlDeserializer().Deserialize<Bundle>(xml);
        AssertValid(bundle);
        Assert.Equal(RequestStatus.Draft, Single<CarePlan>(bundle).Status);
        Assert.Equal(Consent.ConsentState.Inactive, Single<Consent>(bundle).Status);
        Assert.NotNull(Single<Consent>(bundle).Provision.Period.End);
        Assert.Equal(FhirTask.TaskStatus.Requested, Single<FhirTask>(bundle).Status);

        using var byAccept = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/plans/{plan.Id}/fhir", UriKind.Relative));
        byAccept.Headers.Accept.ParseAdd("application/fhir+xml");
        using var accepted = await social.SendAsync(byAccept);
        Assert.Equal("application/fhir+xml", accepted.Content.Headers.ContentType?.MediaType);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Only_those_who_may_see_the_plan_get_it_and_each_export_is_logged_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await DraftPlanAsync(app, protectedIdentity: false);
        var path = $"/api/v1/plans/{plan.Id}/fhir";
        var refused = new[] { (DemoDirectory.DistrictNurse, HttpStatusCode.NotFound),
            (DemoDirectory.ForeignSocialWorker, HttpStatusCode.NotFound), (DemoDirectory.SipSupport, HttpStatusCode.Forbidden),
            (DemoDirectory.Administrator, HttpStatusCode.Forbidden) };
        foreach (var (user, status) in refused)
        {
            using var client = await app.SignedInAsync(user);
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("197809239846", body, StringComparison.Ordinal);
        }

        using (var anonymous = app.CreateClient(new() { AllowAutoRedirect = false }))
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using (var read = await nurse.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var missing = await nurse.GetAsync($"/api/v1/plans/{Guid.NewGuid()}/fhir");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        await using var db = app.Database.CreateContext();
        var lines = await db.AuditEntries.Where(a => a.PlanId == plan.Id && a.Action == "GetPlanForExport")
            .Select(a => new { a.UserId, a.Kind }).ToListAsync();
        Assert.Equal([(DemoDirectory.Nurse, Sip.Domain.Audit.AuditKind.Read)], lines.Select(l => (l.UserId!.Value, l.Kind)));
    }

    [Theory, SqliteData]
    public async Task The_plan_page_offers_the_export_as_a_download_that_the_signed_in_cookie_opens(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await DraftPlanAsync(app, protectedIdentity: false);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);

        var page = await nurse.GetStringAsync(new Uri($"/planer/{plan.Id}", UriKind.Relative));
        var link = ExportLink().Match(page);
        Assert.True(link.Success, "no export link on the plan page");
        Assert.Contains($"href=\"/api/v1/plans/{plan.Id}/fhir\"", link.Value, StringComparison.Ordinal);
        Assert.Contains($"download=\"{plan.ReferenceNumber}.fhir.json\"", link.Value, StringComparison.Ordinal);

        using var download = await nurse.GetAsync($"/api/v1/plans/{plan.Id}/fhir");
        Assert.Equal("application/fhir+json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(plan.ReferenceNumber,
            Single<CarePlan>(ValidBundle(await download.Content.ReadAsStringAsync())).Identifier.First().Value);
    }

    [Theory, SqliteData]
    public async Task A_format_that_is_neither_json_nor_xml_is_a_400_naming_the_parameter(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await DraftPlanAsync(app, protectedIdentity: false);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        using var response = await social.GetAsync($"/api/v1/plans/{plan.Id}/fhir?_format=turtle");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"_format\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed record ExportedPlan(Guid Id, string ReferenceNumber);

    [Theory, SqliteData, PostgresData]
    public async Task A_reservnummer_is_exported_under_the_regions_system_as_temporary_and_no_number_as_none(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var reserve = ReserveNumber.Parse("20010517-AB12", ReserveNumber.DefaultPattern, ReserveNumber.DefaultDescription);
        var withReserve = await PlanWithoutPersonnummerAsync(app, reserve, new DateOnly(2001, 5, 17));
        var withNone = await PlanWithoutPersonnummerAsync(app, null, new DateOnly(1990, 1, 2));

        using var first = await social.GetAsync($"/api/v1/plans/{withReserve.Id}/fhir");
        var patient = Single<Patient>(ValidBundle(await first.Content.ReadAsStringAsync()));
        var identifier = patient.Identifier.Single();
        Assert.Equal(
            ("urn:sip:fhir:reservnummer", "20010517AB12", Identifier.IdentifierUse.Temp),
            (identifier.System, identifier.Value, identifier.Use));
        var type = identifier.Type.Coding.Single();
        Assert.Equal(("urn:sip:fhir:CodeSystem:identifier-type", "reservnummer"), (type.System, type.Code));
        Assert.DoesNotContain(patient.Identifier, i => i.System is "urn:oid:1.2.752.129.2.1.3.1" or "urn:oid:1.2.752.129.2.1.3.3");
        Assert.Equal("2001-05-17", patient.BirthDate);

        using var second = await social.GetAsync($"/api/v1/plans/{withNone.Id}/fhir");
        var unnumbered = Single<Patient>(ValidBundle(await second.Content.ReadAsStringAsync()));
        Assert.Empty(unnumbered.Identifier);
        Assert.Equal(("1990-01-02", "Namn Utan Nummer"), (unnumbered.BirthDate, unnumbered.Name.Single().Text));
    }

    private static async Task<ExportedPlan> PlanWithoutPersonnummerAsync(SipWebFactory app, ReserveNumber? reserve, DateOnly born)
    {
        await using var db = app.Database.CreateContext();
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var person = SubjectPerson.WithoutPersonalIdentityNumber(
            reserve, born, reserve is null ? "Namn Utan Nummer" : "Amir Haddad", false, false, SwedishTime.Today(SipWebFactory.Now));
        var plan = SipPlan.Start(
            Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Asylsökande.", OriginKind.SocialServicesCase,
            $"FR-{Guid.NewGuid():N}", units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy,
            SipWebFactory.Now);
        plan.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund], false, null, DemoDirectory.SocialWorker,
            SipWebFactory.Now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new ExportedPlan(plan.Id, plan.ReferenceNumber);
    }

    /// <summary>
    /// Started by Vuxenenheten; the clinic accepted, the vårdcentral has not answered, the mother is
    /// invited. Two insatser accepted (one under way), one rejected; established; then two more
    /// proposed at a follow-up, which wait for their units.
    /// </summary>
    private static async Task<ExportedPlan> EstablishedPlanAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
        var plan = Start(units, policy, "Fhir Exportsson", protectedIdentity: false);
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        plan.InviteUnit(units[DemoDirectory.HalsocentralenOdenslund], policy, now);
        plan.InvitePerson(ParticipantKind.NextOfKin, "Maj Exportsson", "mamma", now);
        plan.RecordGoalsAndNeeds(Goals, ["Boende", "Abstinensbehandling"], now);
        var housing = plan.Needs.Single(n => n.Description == "Boende").Id;
        var abstinence = plan.Needs.Single(n => n.Description == "Abstinensbehandling").Id;

        var support = plan.ProposeAction(ActionTypeCatalog.Find("kommun.boendestod")!, units[DemoDirectory.VuxenenhetenOstersund], housing,
            "Boendestöd två gånger i veckan.", new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(support.Id, DemoDirectory.VuxenenhetenOstersund, DemoDirectory.SocialWorker, now);
        var therapy = plan.ProposeAction(ActionTypeCatalog.Find("region.psykologisk-behandling")!,
            units[DemoDirectory.BeroendemottagningenOstersund], abstinence, "KBT varannan vecka.", null, new DateOnly(2027, 3, 1),
            DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(therapy.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, now);
        plan.ChangeActionStatus(therapy.Id, DemoDirectory.BeroendemottagningenOstersund, ActionStatus.Ongoing, now);
        var somatic = plan.ProposeAction(ActionTypeCatalog.Find("region.somatisk-vard")!,
            units[DemoDirectory.BeroendemottagningenOstersund], null, "Somatisk utredning.", new DateOnly(2026, 12, 5), null,
            DemoDirectory.SocialWorker, policy, now);
        plan.RejectAction(somatic.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, "Görs av hälsocentralen.", now);
        plan.AssignOverallResponsibility(DemoDirectory.VuxenenhetenOstersund, now);
        plan.Establish(kinds, new Establishment(true, null, true, new DateOnly(2027, 2, 1)), DemoDirectory.SocialWorker, policy, now);

        plan.ProposeAction(ActionTypeCatalog.Find("region.laro")!, units[DemoDirectory.BeroendemottagningenOstersund], abstinence,
            "LARO-bedömning.", new DateOnly(2026, 12, 10), null, DemoDirectory.SocialWorker, policy, now.AddDays(1));
        plan.ProposeAction(ActionTypeCatalog.Find("kommun.kontaktperson")!, units[DemoDirectory.VuxenenhetenOstersund], null,
            "Kontaktperson.", new DateOnly(2026, 12, 15), null, DemoDirectory.SocialWorker, policy, now.AddDays(1));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new ExportedPlan(plan.Id, plan.ReferenceNumber);
    }

    /// <summary>Started by Vuxenenheten with the clinic taking part and one insats proposed to it; the consent may be withdrawn
    /// afterwards.</summary>
    private static async Task<ExportedPlan> DraftPlanAsync(SipWebFactory app, bool protectedIdentity, bool withdrawConsent = false)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var plan = Start(units, policy, protectedIdentity ? "Tove Skyddadsdöttir" : "Utkast Exportsson", protectedIdentity);
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], false, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        plan.ProposeAction(ActionTypeCatalog.Find("region.laro")!, units[DemoDirectory.BeroendemottagningenOstersund], null, "LARO",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        if (withdrawConsent)
        {
            plan.WithdrawConsent("Vill inte längre.", now.AddDays(1));
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new ExportedPlan(plan.Id, plan.ReferenceNumber);
    }

    private static SipPlan Start(Dictionary<Guid, Sip.Domain.Organizations.OrganizationUnit> units, Sip.Domain.Policies.CountyPolicy policy,
        string name, bool protectedIdentity) =>
        SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
            new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(SipWebFactory.Now)), name, protectedIdentity,
                false),
            "Beroende och bostadslöshet.", OriginKind.SocialServicesCase, $"FH-{Guid.NewGuid():N}",
                units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy, SipWebFactory.Now);

    /// <summary>Parsed by the SDK, every reference resolved inside the bundle, and no validation error in the bundle or any
    /// entry.</summary>
    private Bundle ValidBundle(string json)
    {
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json);
        var urls = bundle.Entry.Select(e => e.FullUrl).ToHashSet(StringComparer.Ordinal);
        Assert.All(urls, u => Assert.Matches(UrnUuid(), u));
        var references = Reference().Matches(json).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(urls.Contains(r), $"{r} is not an entry of the bundle"));
        AssertValid(bundle);
        return bundle;
    }

    private void AssertValid(Bundle bundle)
    {
        var issues = validation.Issues(bundle).Select(i => (i.Severity, Text: $"Bundle: {i.Text}")).ToList();
        foreach (var entry in bundle.Entry)
        {
            issues.AddRange(validation.Issues(entry.Resource)
                .Select(i => (i.Severity, Text: $"{entry.Resource.TypeName} {entry.FullUrl}: {i.Text}")));
        }

        // Warnings (codes of SIP's own systems in extensible bindings, and the like) are shown, not failed.
        output.WriteLine($"{bundle.Entry.Count} entries; {issues.Count} validation issues");
        foreach (var (_, text) in issues)
        {
            output.WriteLine(text);
        }

        var errors = issues.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => i.Text).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "draft", "proposed", "active")]
    [InlineData(PlanStatus.Invited, "draft", "proposed", "active")]
    [InlineData(PlanStatus.Established, "active", "active", "active")]
    [InlineData(PlanStatus.Closed, "completed", "completed", "inactive")]
    [InlineData(PlanStatus.Cancelled, "revoked", "cancelled", "inactive")]
    public void Each_plan_status_reads_as_the_documented_care_plan_goal_and_care_team_status(PlanStatus status, string carePlan,
        string goal, string careTeam)
    {
        var finished = status is PlanStatus.Closed or PlanStatus.Cancelled;
        var bundle = Sip.Web.Fhir.PlanBundle.Build(
            Export(status, new("197809839841", true, new DateOnly(1978, 9, 23), "Samordning Nummersson", false), finished
                ? SipWebFactory.Now.AddDays(30) : null), SipWebFactory.Now);

        AssertValid(bundle);
        Assert.Equal((carePlan, goal, careTeam),
            (Single<CarePlan>(bundle).Status.GetLiteral(), Single<Goal>(bundle).LifecycleStatus.GetLiteral(),
                Single<CareTeam>(bundle).Status.GetLiteral()));
        Assert.Equal(finished, Single<CarePlan>(bundle).Period?.End is not null);
        Assert.Equal(("urn:oid:1.2.752.129.2.1.3.3", "197809839841"),
            (Single<Patient>(bundle).Identifier.Single().System, Single<Patient>(bundle).Identifier.Single().Value));
    }

    [Fact]
    public void A_gallrad_plan_exports_no_identity_number_and_still_validates()
    {
        var bundle = Sip.Web.Fhir.PlanBundle.Build(
            Export(PlanStatus.Closed, new(null, false, null, null, false), SipWebFactory.Now.AddDays(30)), SipWebFactory.Now);

        AssertValid(bundle);
        var patient = Single<Patient>(bundle);
        Assert.Equal((0, 0, (string)null), (patient.Identifier.Count, patient.Name.Count, patient.BirthDate));
        Assert.Equal("212000-2411",
            Named<FhirOrganization>(bundle, o => o.Name == "Östersunds kommun").Identifier.Single(i => i.System
                == "urn:oid:2.5.4.97").Value);
    }

    /// <summary>A plan as the use case answers it, with the person's goal and one need, started by Vuxenenheten.</summary>
    private static Sip.Application.Features.Plans.PlanExport Export(PlanStatus status,
        Sip.Application.Features.Plans.PlanExport.PersonItem person, DateTimeOffset? closedAt)
    {
        var need = Guid.CreateVersion7();
        return new(
            Guid.CreateVersion7(), "SIP-2026-000123", status, person, "Beroende.", Goals, DemoDirectory.VuxenenhetenOstersund, null,
            SipWebFactory.Now, SipWebFactory.Now, status is PlanStatus.Established or PlanStatus.Closed ? SipWebFactory.Now.AddDays(7)
                : null, closedAt,
            [new(Guid.CreateVersion7(), ParticipantKind.Person, null, null, person.Name ?? "Gallrad", null, InvitationState.Accepted),
             new(Guid.CreateVersion7(), ParticipantKind.PrincipalUnit, DemoDirectory.VuxenenhetenOstersund, DemoDirectory.Ostersund,
                 "Vuxenenheten", null, InvitationState.Accepted)],
            [new(Guid.CreateVersion7(), ConsentGiver.Person, ConsentForm.Written, SipWebFactory.Now, [DemoDirectory.Ostersund], false, null,
                null)],
            [new(need, "Boende")],
            [new(Guid.CreateVersion7(), "kommun.boendestod", ResponsiblePrincipal.Municipality, DemoDirectory.VuxenenhetenOstersund, need,
                "Boendestöd.", new DateOnly(2026, 12, 1), null, ActionStatus.Accepted, SipWebFactory.Now, new DateOnly(2026, 11, 30))],
            [new(DemoDirectory.VuxenenhetenOstersund, "Vuxenenheten", Sip.Domain.Organizations.UnitKind.SocialServices, null,
                DemoDirectory.Ostersund)],
            [new(DemoDirectory.Ostersund, "Östersunds kommun", Sip.Domain.Organizations.OrganizationKind.Municipality, "212000-2411")]);
    }

    /// <summary>The check above is only worth something if the validator finds what is wrong.</summary>
    [Fact]
    public void The_validator_finds_a_care_plan_without_status_or_subject_also_inside_a_bundle_and_one_full_url_twice()
    {
        var carePlan = new CarePlan { Intent = CarePlan.CarePlanIntent.Plan };
        var twice = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Entry =
            [
                new Bundle.EntryComponent { FullUrl = "urn:uuid:0d8f6a8e-4c1e-4b8f-9a37-6f1d2b3c4d5e", Resource = new Patient() },
                new Bundle.EntryComponent { FullUrl = "urn:uuid:0d8f6a8e-4c1e-4b8f-9a37-6f1d2b3c4d5e", Resource = carePlan },
            ],
        };

        var carePlanErrors = validation.Errors(carePlan);
        var bundleErrors = validation.Errors(twice);

        Assert.Contains(carePlanErrors, e => e.Contains("status", StringComparison.Ordinal));
        Assert.Contains(carePlanErrors, e => e.Contains("subject", StringComparison.Ordinal));
        Assert.Contains(bundleErrors, e => e.Contains("bdl-7", StringComparison.Ordinal));
        Assert.Contains(bundleErrors, e => e.Contains("Bundle.entry[1].resource", StringComparison.Ordinal)
            && e.Contains("status", StringComparison.Ordinal));
    }

    private static T Single<T>(Bundle bundle)
        where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>().Single();

    private static T Named<T>(Bundle bundle, Func<T, bool> predicate)
        where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>().Single(predicate);

    private static T Resolve<T>(Bundle bundle, ResourceReference reference)
        where T : Resource => (T)bundle.Entry.Single(e => e.FullUrl == reference.Reference).Resource;

    private static string Url(Bundle bundle, Resource resource) => bundle.Entry.Single(e => ReferenceEquals(e.Resource, resource)).FullUrl;

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex UrnUuid();

    [GeneratedRegex("<a[^>]*data-fhir-export[^>]*>")]
    private static partial Regex ExportLink();

    [GeneratedRegex("\"reference\":\"([^\"]+)\"")]
    private static partial Regex Reference();
}
