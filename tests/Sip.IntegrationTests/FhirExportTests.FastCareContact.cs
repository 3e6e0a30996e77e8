using System.Net;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using FhirOrganization = Hl7.Fhir.Model.Organization;
using Task = System.Threading.Tasks.Task;

namespace Sip.IntegrationTests;

public sealed partial class FhirExportTests
{
    /// <summary>Rule 29 in the export: the fast vårdkontakt is one more member of the care team, in a role at the region's unit.</summary>
    [Theory, SqliteData, PostgresData]
    public async Task The_fast_vardkontakt_is_a_member_of_the_care_team_in_a_role_at_the_regions_unit(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var exported = await EstablishedPlanAsync(app);
        await using (var db = app.Database.CreateContext())
        {
            var plan = await db.Plans.Whole().SingleAsync(p => p.Id == exported.Id);
            var clinic = await db.Units.SingleAsync(u => u.Id == DemoDirectory.BeroendemottagningenOstersund);
            plan.NameFastCareContact(clinic, "Eva Berg, sjuksköterska", "063-15 30 00", SipWebFactory.Now);
            await db.SaveChangesAsync();
        }

        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var response = await social.GetAsync($"/api/v1/plans/{exported.Id}/fhir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = ValidBundle(await response.Content.ReadAsStringAsync());
        var contact = Single<CareTeam>(bundle).Participant.Single(p => p.Role.Any(r => r.Coding.Single().Code == "fast-care-contact"));
        var role = Resolve<PractitionerRole>(bundle, contact.Member!);
        Assert.Equal("Eva Berg, sjuksköterska", Resolve<Practitioner>(bundle, role.Practitioner!).Name.Single().Text);
        Assert.Equal("063-15 30 00", role.Telecom.Single().Value);
        Assert.Equal("Beroendemottagningen Östersund", Resolve<FhirOrganization>(bundle, role.Organization!).Name);
    }
}
