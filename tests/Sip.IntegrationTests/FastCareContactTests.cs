using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 29 over HTTP: the fast vårdkontakt is named through the API, shown in the plan's detail,
/// printed in the written plan, refused in Swedish when it is not the region's to name, and hidden
/// from a unit that takes no part.
/// </summary>
public sealed class FastCareContactTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task The_fast_vardkontakt_is_named_shown_on_the_plan_and_printed_in_the_written_plan(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (planId, version) = await ReadyPlanAsync(app);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var url = $"/api/v1/plans/{planId}/fast-care-contact";

        // Every field error at once, in Swedish, and nothing written.
        var invalid = await ProblemAsync(await nurse.PutJsonAsync(url, new { telephone = "ring mig" }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.Equal(
            ["ExpectedVersion", "Name", "Telephone", "UnitId"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Ange namnet på den fasta vårdkontakten.", errors.ToString(), StringComparison.Ordinal);

        // The municipality's unit is not where a fast vårdkontakt works.
        var wrong = await ProblemAsync(
            await social.PutJsonAsync(
                url, new { expectedVersion = version, unitId = DemoDirectory.VuxenenhetenOstersund, name = "Anna Lindqvist" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.FastCareContactNotRegion, wrong.GetProperty("code").GetString());

        // A unit that takes no part sees nothing and changes nothing.
        using var foreign = await app.SignedInAsync(DemoDirectory.ForeignSocialWorker);
        var clinic = DemoDirectory.BeroendemottagningenOstersund;
        using (var hidden = await foreign.PutJsonAsync(url, new { expectedVersion = version, unitId = clinic, name = "X" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var named = await nurse.PutJsonAsync(
            url, new { expectedVersion = version, unitId = clinic, name = "Eva Berg, sjuksköterska", telephone = "063-15 30 00" }))
        {
            Assert.Equal(HttpStatusCode.OK, named.StatusCode);
            version = (await named.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
        }

        var detail = await social.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options);
        Assert.Equal(
            (DemoDirectory.BeroendemottagningenOstersund, "Beroendemottagningen Östersund", "Eva Berg, sjuksköterska", "063-15 30 00"),
            (detail!.FastCareContact!.UnitId, detail.FastCareContact.UnitName, detail.FastCareContact.Name,
                detail.FastCareContact.Telephone));

        using (var established = await social.PostJsonAsync(
            $"/api/v1/plans/{planId}/establishment", new { expectedVersion = version, personParticipated = true, personApproved = true }))
        {
            Assert.Equal(HttpStatusCode.Created, established.StatusCode);
        }

        using var document = await social.GetAsync($"/api/v1/plans/{planId}/versions/1/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var text = PdfText.Read(await document.Content.ReadAsByteArrayAsync()).Text;
        Assert.Contains("Din fasta vårdkontakt", text, StringComparison.Ordinal);
        Assert.Contains(
            "Din fasta vårdkontakt i vården är Eva Berg, sjuksköterska på Beroendemottagningen Östersund.",
            text, StringComparison.Ordinal);
        Assert.Contains("Du når Eva Berg, sjuksköterska på telefon 063-15 30 00.", text, StringComparison.Ordinal);
    }

    /// <summary>A plan that meets every precondition for establishment, with the clinic taking part.</summary>
    private static async Task<(Guid PlanId, int Version)> ReadyPlanAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var identity = PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(now));
        var person = new SubjectPerson(identity, "Vera Vårdkontakt", false, false);
        var plan = SipPlan.Start(
            Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Samordning av beroendevård.", OriginKind.SocialServicesCase,
            $"FV-{Guid.NewGuid():N}"[..20], units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy, now);
        plan.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        var laro = plan.ProposeAction(
            ActionTypeCatalog.Find("region.laro")!, units[DemoDirectory.BeroendemottagningenOstersund], null, "LARO varannan vecka.",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(laro.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, now);
        var housing = plan.ProposeAction(
            ActionTypeCatalog.Find("kommun.boendestod")!, units[DemoDirectory.VuxenenhetenOstersund], null, "Boendestöd.",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(housing.Id, DemoDirectory.VuxenenhetenOstersund, DemoDirectory.SocialWorker, now);
        plan.AssignOverallResponsibility(DemoDirectory.VuxenenhetenOstersund, now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Id, plan.Version);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
    }
}
