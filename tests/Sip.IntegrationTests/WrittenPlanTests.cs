using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The written plan (rule 16): the PDF of an established version is read back as text, and must
/// hold every part the county agreements ask of the plan, in plain Swedish, as a tagged document.
/// Who may not see the plan gets no document; every document served is one line in the access log.
/// </summary>
public sealed partial class WrittenPlanTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Theory, SqliteData, PostgresData]
    public async Task The_written_plan_of_the_seeded_established_plan_holds_every_part_in_plain_swedish_as_a_tagged_pdf(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var seeded = await SeededEstablishedPlanAsync(app);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);

        using var response = await nurse.GetAsync($"/api/v1/plans/{seeded.PlanId}/versions/1/document");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{seeded.ReferenceNumber}-version-1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        var text = pdf.Text;

        // Who the plan is for, and which version.
        Assert.Contains("Planen gäller Jonas Berglund, personnummer 19780923-9846.", text, StringComparison.Ordinal);
        Assert.Contains($"{seeded.ReferenceNumber}, version 1, fastställd {Date(seeded.EstablishedOn)}.", text, StringComparison.Ordinal);
        Assert.Contains("Du var med när planen gjordes.", text, StringComparison.Ordinal);

        // Each part under its plain-Swedish heading, in the order the person reads them.
        var headings = new[]
        {
            "Det här är din plan", "Vilka som deltar", "Dina mål – med dina egna ord", "Det här behöver du hjälp med",
            "Det här gör vi",
            "Det här gör andra", "Vem har huvudansvaret och hur når du dem", "Nästa uppföljning", "Ditt samtycke",
        };
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions,
            p => Assert.True(p >= 0,
                $"a heading is missing: {string.Join(", ", headings.Where(h => !text.Contains(h, StringComparison.Ordinal)))}"));
        Assert.Equal(positions.Order(), positions);
        string Section(string heading)
        {
            var start = text.IndexOf(heading, StringComparison.Ordinal);
            var next = positions.Where(p => p > start).DefaultIfEmpty(text.Length).Min();
            return text[start..next];
        }

        var participants = Section("Vilka som deltar");
        Assert.Contains("Jonas Berglund – du som planen gäller", participants, StringComparison.Ordinal);
        Assert.Contains("Beroendemottagningen Östersund, Region Jämtland Härjedalen", participants, StringComparison.Ordinal);
        Assert.Contains("Socialtjänsten Östersund – Vuxenenheten, Östersunds kommun", participants, StringComparison.Ordinal);
        Assert.Contains("Arbetsförmedlingen Östersund, Arbetsförmedlingen", participants, StringComparison.Ordinal);

        Assert.Contains("”Jag vill börja jobba igen och ha ordning på min ekonomi.”", Section("Dina mål – med dina egna ord"),
            StringComparison.Ordinal);
        var needs = Section("Det här behöver du hjälp med");
        Assert.All(new[] { "Fortsatt LARO-behandling", "Arbete eller praktik", "Ekonomisk rådgivning" },
            n => Assert.Contains(n, needs, StringComparison.Ordinal));

        // Every insats with its responsible principal and unit; the others' measures apart.
        var ours = Section("Det här gör vi");
        var municipality = ours[
            ours.IndexOf("Kommunen (Östersunds kommun)", StringComparison.Ordinal)..ours.IndexOf("Regionen (Region Jämtland Härjedalen)",
                StringComparison.Ordinal)];
        var region = ours[ours.IndexOf("Regionen (Region Jämtland Härjedalen)", StringComparison.Ordinal)..];
        Assert.Contains("Budget- och skuldrådgivning, t.ex. vid spelproblem", municipality, StringComparison.Ordinal);
        Assert.Contains("Vad: Budget- och skuldrådgivning, tre samtal.", municipality, StringComparison.Ordinal);
        Assert.Contains("Vem: Socialtjänsten Östersund – Vuxenenheten, Östersunds kommun", municipality, StringComparison.Ordinal);
        Assert.Contains($"När: från {Date(seeded.DebtAdviceStart)} till {Date(seeded.DebtAdviceStart.AddDays(60))}", municipality,
            StringComparison.Ordinal);
        Assert.Contains("Läkemedelsassisterad behandling vid opioidberoende (LARO)", region, StringComparison.Ordinal);
        Assert.Contains("Vad: Fortsatt läkemedelsassisterad behandling med besök varannan vecka.", region, StringComparison.Ordinal);
        Assert.Contains("Vem: Beroendemottagningen Östersund, Region Jämtland Härjedalen", region, StringComparison.Ordinal);
        Assert.DoesNotContain("Kartläggning och arbetsträning.", ours, StringComparison.Ordinal);
        var others = Section("Det här gör andra");
        Assert.Contains("Vad: Kartläggning och arbetsträning.", others, StringComparison.Ordinal);
        Assert.Contains("Vem: Arbetsförmedlingen Östersund, Arbetsförmedlingen", others, StringComparison.Ordinal);

        var responsible = Section("Vem har huvudansvaret och hur når du dem");
        Assert.Contains("Region Jämtland Härjedalen (regionen) har huvudansvaret", responsible, StringComparison.Ordinal);
        Assert.Contains("Det är Beroendemottagningen Östersund som gör det.", responsible, StringComparison.Ordinal);
        Assert.Contains("beroende.sip@example.se", responsible, StringComparison.Ordinal);

        Assert.Contains($"Planen följs upp senast {Date(seeded.NextFollowUpOn)}.", Section("Nästa uppföljning"),
            StringComparison.Ordinal);

        var consent = Section("Ditt samtycke");
        Assert.Contains($"Du gav ditt samtycke skriftligt {Date(seeded.ConsentGivenOn)}.", consent, StringComparison.Ordinal);
        Assert.All(new[] { "Östersunds kommun", "Region Jämtland Härjedalen", "Arbetsförmedlingen" },
            o => Assert.Contains(o, consent, StringComparison.Ordinal));
        Assert.Contains("Du har sagt att dina närstående inte ska vara med", consent, StringComparison.Ordinal);

        // Tagged and accessible: marked content, a structure tree with headings, paragraphs and lists, Swedish, a title shown.
        Assert.True(pdf.Marked, "MarkInfo/Marked is not true");
        Assert.Superset(new HashSet<string>(["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody"]),
            new HashSet<string>(pdf.StructureTypes));
        Assert.Equal("sv-SE", pdf.Language);
        Assert.True(pdf.DisplaysTitle);
        Assert.Equal($"Samordnad individuell plan {seeded.ReferenceNumber}, version 1", pdf.Title);

        // Printable: no word runs into the edge of the paper.
        Assert.Empty(pdf.OutsidePrintableArea);
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_older_version_prints_as_it_was_established_and_points_to_the_newer(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var planId = await EstablishedPlanAsync(app, "19920611-9837", "Vera Versionsson", protectedIdentity: false, ["Boende"],
            anonymise: false, revisedGoals: "Jag vill ha ett arbete.");
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var first = await ReadAsync(social, planId, 1);
        var second = await ReadAsync(social, planId, 2);

        Assert.Contains("”Jag vill ha ett eget boende.”", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jag vill ha ett arbete.", first.Text, StringComparison.Ordinal);
        Assert.Contains("Det finns en nyare version av planen (version 2).", first.Text, StringComparison.Ordinal);
        Assert.Contains("”Jag vill ha ett arbete.”", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nyare version", second.Text, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Only_those_who_may_see_the_plan_get_its_written_plan_and_each_document_is_logged_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var seeded = await SeededEstablishedPlanAsync(app);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var districtNurse = await app.SignedInAsync(DemoDirectory.DistrictNurse);
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SipWebFactory.Https });
        var document = $"/api/v1/plans/{seeded.PlanId}/versions/1/document";

        var before = await LinesAsync(app, seeded.PlanId);
        using (var read = await nurse.GetAsync(document))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var logged = (await LinesAsync(app, seeded.PlanId)).Where(l => !before.Contains(l)).ToList();
        Assert.Equal([(DemoDirectory.Nurse, "GetWrittenPlan")], logged.Select(l => (l.UserId, l.Action)));

        // A unit that takes no part: not found, as for the plan itself. A SIP-stödjare never reads the person's plan.
        await AssertProblemAsync(districtNurse, document, HttpStatusCode.NotFound);
        await AssertProblemAsync(support, document, HttpStatusCode.Forbidden);
        using (var unsigned = await anonymous.GetAsync(document))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        // A version that does not exist, a plan that does not exist, and a number that cannot be.
        await AssertProblemAsync(nurse, $"/api/v1/plans/{seeded.PlanId}/versions/2/document", HttpStatusCode.NotFound);
        await AssertProblemAsync(nurse, $"/api/v1/plans/{Guid.NewGuid()}/versions/1/document", HttpStatusCode.NotFound);
        foreach (var number in new[] { 0, -3 })
        {
            var problem = await AssertProblemAsync(nurse, $"/api/v1/plans/{seeded.PlanId}/versions/{number}/document",
                HttpStatusCode.BadRequest);
            Assert.Equal("Versionerna numreras från 1.", problem.GetProperty("errors").GetProperty("number")[0].GetString());
        }

        // Refused reads leave nothing in the log.
        Assert.Equal(before.Count + 1, (await LinesAsync(app, seeded.PlanId)).Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task With_protected_identity_only_the_initiating_unit_reads_the_name_in_the_written_plan(DatabaseProvider provider)
    {
        var app = await apps.For(provider);

        // Many needs, so the plan runs over several pages and every line must still be there.
        var needs = Enumerable.Range(1, 45)
            .Select(i => $"Behov nummer {i} med en förklaring som är lång nog att behöva mer än en rad i den skriftliga planen när " +
            $"den skrivs ut på papper").ToList();
        var planId = await EstablishedPlanAsync(app, "19800101-9804", "Tove Skyddadsson", protectedIdentity: true, needs, anonymise: false);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);

        var asClinic = await ReadAsync(nurse, planId);
        var asOwner = await ReadAsync(social, planId);

        Assert.DoesNotContain("Skyddadsson", asClinic.Text, StringComparison.Ordinal);
        Assert.Contains("Planen gäller Skyddad identitet", asClinic.Text, StringComparison.Ordinal);
        Assert.Contains("Skyddad identitet – du som planen gäller", asClinic.Text, StringComparison.Ordinal);
        Assert.Contains("Planen gäller Tove Skyddadsson", asOwner.Text, StringComparison.Ordinal);
        Assert.True(asOwner.Pages > 1, $"{asOwner.Pages} page(s)");
        Assert.Empty(asOwner.OutsidePrintableArea);
        Assert.All(needs, n => Assert.Contains(n, asOwner.Text, StringComparison.Ordinal));
        Assert.Contains("Vad: Läkemedelsassisterad behandling varannan vecka.", asOwner.Text, StringComparison.Ordinal);

        // The versions themselves, as the Versioner tab shows them, name the person to the initiating unit alone.
        var versionsAsClinic = await nurse.GetStringAsync(new Uri($"/api/v1/plans/{planId}/versions", UriKind.Relative));
        var versionsAsOwner = await social.GetStringAsync(new Uri($"/api/v1/plans/{planId}/versions", UriKind.Relative));
        Assert.DoesNotContain("Skyddadsson", versionsAsClinic, StringComparison.Ordinal);
        Assert.Contains(Sip.Application.Features.Plans.ProtectedIdentity.Shown, versionsAsClinic, StringComparison.Ordinal);
        Assert.Contains("Tove Skyddadsson", versionsAsOwner, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_gallrad_version_says_so_and_shows_only_what_gallring_keeps(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var planId = await EstablishedPlanAsync(app, "19670405-9861", "Gunnar Gallrasson", protectedIdentity: false, ["Hjälp med boende"],
            anonymise: true);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var pdf = await ReadAsync(social, planId);

        Assert.Contains("Den här versionen är gallrad", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gallrasson", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("19670405", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hjälp med boende", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jag vill", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("varannan vecka", pdf.Text, StringComparison.Ordinal);

        // What the follow-up keeps: the units, the kinds of insats and when.
        Assert.Contains("Beroendemottagningen Östersund, Region Jämtland Härjedalen", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Läkemedelsassisterad behandling vid opioidberoende (LARO)", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("När: från 1 december 2026", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_without_fonts_answers_a_clear_503_and_reads_nothing()
    {
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        var emptyFolder = Directory.CreateTempSubdirectory("sip-no-fonts-").FullName;
        try
        {
            await using var app =
                new SipWebFactory(database, settings: new Dictionary<string, string> { ["Pdf:FontDirectory"] = emptyFolder });
            _ = app.Server; // starts the host: migrates and seeds
            var seeded = await SeededEstablishedPlanAsync(app);
            using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
            var before = await LinesAsync(app, seeded.PlanId);

            var problem = await AssertProblemAsync(nurse, $"/api/v1/plans/{seeded.PlanId}/versions/1/document",
                HttpStatusCode.ServiceUnavailable);

            Assert.Contains("typsnitt saknas", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal(before.Count, (await LinesAsync(app, seeded.PlanId)).Count);
        }
        finally
        {
            Directory.Delete(emptyFolder, recursive: true);
            await database.DisposeAsync();
        }
    }

    private sealed record SeededPlan(Guid PlanId, string ReferenceNumber, DateOnly EstablishedOn, DateOnly NextFollowUpOn,
        DateOnly ConsentGivenOn, DateOnly DebtAdviceStart);

    /// <summary>The demo county's established plan (Jonas Berglund), with the dates the seeding gave it.</summary>
    private static async Task<SeededPlan> SeededEstablishedPlanAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var plan = await db.Plans.AsNoTracking().Include(p => p.Versions).Include(p => p.Consents).Include(p => p.Actions)
            .SingleAsync(p => p.Origin.ExternalCaseReference == "BM-2026-0311");
        var version = plan.Versions.Single(v => v.Number == 1);
        var snapshot = PlanSnapshot.FromJson(version.ContentJson);
        var consent = plan.Consents.Single(c => c.Id == snapshot.ConsentId);
        var debtAdvice = plan.Actions.Single(a => a.ActionTypeCode == "kommun.skuldradgivning");
        return new SeededPlan(plan.Id, plan.ReferenceNumber, SwedishTime.Today(version.EstablishedAt), snapshot.NextFollowUpOn,
            SwedishTime.Today(consent.GivenAt), debtAdvice.StartOn!.Value);
    }

    /// <summary>Vuxenenheten's plan with the clinic taking part and an accepted LARO insats, established; gallrad if asked.</summary>
    private static async Task<Guid> EstablishedPlanAsync(SipWebFactory app, string identityNumber, string name, bool protectedIdentity,
        IReadOnlyList<string> needs, bool anonymise, string? revisedGoals = null)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
        var person = new SubjectPerson(PersonalIdentityNumber.Parse(identityNumber, SwedishTime.Today(now)), name, protectedIdentity,
            childrenInHousehold: false);
        var plan = SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Samordning av boende och beroendevård.",
            OriginKind.SocialServicesCase, $"WP-{Guid.NewGuid():N}"[..20], units[DemoDirectory.VuxenenhetenOstersund],
            DemoDirectory.SocialWorker, null, policy, now);
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund, DemoDirectory.RegionJh],
            nextOfKinMayTakePart: true, null, DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        plan.RecordGoalsAndNeeds("Jag vill ha ett eget boende.", needs, now);
        var laro = plan.ProposeAction(ActionTypeCatalog.Find("region.laro")!, units[DemoDirectory.BeroendemottagningenOstersund], null,
            "Läkemedelsassisterad behandling varannan vecka.", new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(laro.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, now);
        plan.AssignOverallResponsibility(DemoDirectory.VuxenenhetenOstersund, now);
        plan.Establish(kinds, new Establishment(true, null, true, null), DemoDirectory.SocialWorker, policy, now);
        if (revisedGoals is not null)
        {
            // The follow-up revises the goals: version 2.
            plan.RecordGoalsAndNeeds(revisedGoals, needs, now.AddDays(30));
            plan.RecordFollowUp(plan.NextFollowUp!.Id, "Målen ändrades.", kinds, new Establishment(true, null, true, null),
                DemoDirectory.SocialWorker, policy, now.AddDays(30));
        }

        if (anonymise)
        {
            plan.Close(PlanCloseReason.PersonEnded, null, now);
            plan.Anonymise(now);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private static async Task<PdfText> ReadAsync(HttpClient client, Guid planId, int number = 1)
    {
        using var response = await client.GetAsync($"/api/v1/plans/{planId}/versions/{number}/document");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return PdfText.Read(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} → {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static async Task<List<(Guid Id, Guid? UserId, string Action)>> LinesAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        var lines = await db.AuditEntries.AsNoTracking().Where(a => a.PlanId == planId).Select(a => new { a.Id, a.UserId, a.Action })
            .ToListAsync();
        return [.. lines.Select(l => (l.Id, l.UserId, l.Action))];
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);
}
