using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Application.Features.Statistics;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rules 26b and 27 over HTTP: a placement carries its legal basis, motive and care content; LVU fits the
/// person's age on the decision day; the region alone records how the medical part is given; under LVM the
/// checklist (6 § LVM notification, where the läkarintyg is written) is open until both steps are recorded.
/// </summary>
public sealed class PlacementDetailsTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_placement_is_recorded_with_each_legal_basis_and_LVU_fits_the_age(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var cases = new[]
        {
            ("19780923-9846", "Sol"), ("19780923-9846", "Lvm"), ("20090510-2380", "Lvu"), ("20071115-2389", "LvuYoungAdult"),
        };
        foreach (var (identity, basis) in cases)
        {
            var plan = await Scenarios.StartWithConsentAsync(social, "Placerad Testsson", identity);
            using var placed = await PlaceAsync(social, plan.PlanId, plan.Version, basis, "CoOccurringMentalIllness");
            Assert.True(placed.StatusCode == HttpStatusCode.OK, $"{basis}: {await placed.Content.ReadAsStringAsync()}");

            var detail = await DetailAsync(social, plan.PlanId);
            Assert.Equal(
                (Enum.Parse<PlacementLegalBasis>(basis), PlacementMotive.CoOccurringMentalIllness, "Abstinensbehandling och KBT."),
                (detail.Placement!.LegalBasis!.Value, detail.Placement.Motive!.Value, detail.Placement.CareContent));
            Assert.Equal(basis == "Lvm", detail.Placement.LvmChecklistOpen);
        }

        // A 25-year-old cannot be placed under LVU, neither 1 § nor 3 §.
        var adult = await Scenarios.StartWithConsentAsync(social, "Vuxen Testsson", "20010202-2381");
        var lvu = await ProblemAsync(await PlaceAsync(social, adult.PlanId, adult.Version, "Lvu"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.PlacementLvuAge, lvu.GetProperty("code").GetString());
        var young = await ProblemAsync(
            await PlaceAsync(social, adult.PlanId, adult.Version, "LvuYoungAdult"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.PlacementLvuYoungAdultAge, young.GetProperty("code").GetString());
        Assert.Null((await DetailAsync(social, adult.PlanId)).Placement);

        // A new placement without its details is a Swedish 400 naming each of them.
        using var bare = await social.PutJsonAsync($"/api/v1/plans/{adult.PlanId}/placement", new
        {
            expectedVersion = adult.Version,
            decidedOn = "2026-11-20",
            startedOn = "2026-11-20",
            isAcute = false,
            precededBySip = true,
            placingOrganizationId = DemoDirectory.Ostersund,
        });
        var errors = (await ProblemAsync(bare, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(
            ["careContent", "legalBasis", "motive"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("Beskriv placeringens vård- och behandlingsinnehåll.", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_region_records_how_the_medical_part_is_given_and_the_municipality_cannot(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var plan = await Scenarios.StartWithClinicAsync(social, "Hvb Testsson");
        var version = await VersionOf(await PlaceAsync(social, plan.PlanId, plan.Version, "Sol"));
        var url = $"/api/v1/plans/{plan.PlanId}/placement/medical-care";

        var refused = await ProblemAsync(
            await social.PutJsonAsync(url, new { expectedVersion = version, choice = "CareAtHome" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.PlacementMedicalCareByRegion, refused.GetProperty("code").GetString());

        using (var chosen = await nurse.PutJsonAsync(url, new { expectedVersion = version, choice = "RemissToHostRegion" }))
        {
            Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        }

        Assert.Equal(MedicalCareChoice.RemissToHostRegion, (await DetailAsync(social, plan.PlanId)).Placement!.MedicalCare);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Under_LVM_the_checklist_is_open_until_the_notification_and_the_certificate_place_are_recorded(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var plan = await Scenarios.StartWithClinicAsync(social, "Lvm Testsson");
        var url = $"/api/v1/plans/{plan.PlanId}/placement/lvm-checklist";
        var sol = await VersionOf(await PlaceAsync(social, plan.PlanId, plan.Version, "Sol"));
        var notLvm = await ProblemAsync(
            await nurse.PutJsonAsync(url, new { expectedVersion = sol, certificateWrittenAt = "Hälsocentralen Odenslund" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.PlacementLvmChecklistNotLvm, notLvm.GetProperty("code").GetString());

        var version = await VersionOf(await PlaceAsync(social, plan.PlanId, sol, "Lvm"));
        var half = await ProblemAsync(
            await nurse.PutJsonAsync(url, new { expectedVersion = version, notifiedBy = "Dr Berg" }), HttpStatusCode.BadRequest);
        Assert.Equal(["notifiedOn"], half.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray());

        version = await VersionOf(
            await nurse.PutJsonAsync(
                url, new { expectedVersion = version, notifiedBy = "Dr Berg, Beroendemottagningen", notifiedOn = "2026-11-18" }));
        var placement = (await DetailAsync(social, plan.PlanId)).Placement!;
        Assert.Equal(
            ("Dr Berg, Beroendemottagningen", new DateOnly(2026, 11, 18), true),
            (placement.LvmNotifiedBy, placement.LvmNotifiedOn!.Value, placement.LvmChecklistOpen));

        await VersionOf(
            await nurse.PutJsonAsync(url, new { expectedVersion = version, certificateWrittenAt = "Hälsocentralen Odenslund" }));
        placement = (await DetailAsync(social, plan.PlanId)).Placement!;
        Assert.Equal(("Hälsocentralen Odenslund", false), (placement.LvmCertificateWrittenAt, placement.LvmChecklistOpen));
    }

    // Rule 32: the yearly follow-up's placements "volymer, motiv" — by legal basis and by motive, an older placement
    // without details counted as not stated, and a placement outside the period not counted.
    [Theory, SqliteData, PostgresData]
    public async Task The_stodjare_gets_the_periods_placements_by_legal_basis_and_by_motive(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var unit = await db.Units.SingleAsync(u => u.Id == DemoDirectory.VuxenenhetenOstersund);
            void Placed(DateOnly decided, PlacementLegalBasis? basis, PlacementMotive motive = PlacementMotive.SubstanceUse)
            {
                var at = SwedishTime.FromLocal(decided.ToDateTime(new TimeOnly(12, 0))).ToUniversalTime();
                var identity = PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(at));
                var person = new SubjectPerson(identity, "Motiv Testsson", false, false);
                var plan = SipPlan.Start(
                    Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Statistik.", OriginKind.SocialServicesCase,
                    $"MT-{Guid.NewGuid():N}"[..20], unit, DemoDirectory.SocialWorker, null, policy, at);
                var placement = new HvbPlacement(decided, decided, isAcute: false, precededBySip: true, policy, DemoDirectory.Ostersund);
                plan.RegisterPlacement(
                    basis is { } b
                        ? placement.Describe(b, motive, motive == PlacementMotive.Other ? "Hot i hemmet." : null, "Behandling.")
                        : placement,
                    at);
                db.Plans.Add(plan);
            }

            Placed(new DateOnly(2026, 8, 3), PlacementLegalBasis.Sol);
            Placed(new DateOnly(2026, 8, 4), PlacementLegalBasis.Sol, PlacementMotive.Gambling);
            Placed(new DateOnly(2026, 8, 5), PlacementLegalBasis.Lvm);
            Placed(new DateOnly(2026, 8, 6), PlacementLegalBasis.Lvm, PlacementMotive.CoOccurringMentalIllness);
            Placed(new DateOnly(2026, 8, 7), PlacementLegalBasis.Sol, PlacementMotive.Other);
            Placed(new DateOnly(2026, 8, 10), basis: null);
            Placed(new DateOnly(2026, 9, 1), PlacementLegalBasis.Lvm);
            await db.SaveChangesAsync();
        }

        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var figures = await support.GetFromJsonAsync<PlacementStatistics>(
            new Uri("/api/v1/area/placement-statistics?from=2026-08-01&to=2026-08-31", UriKind.Relative), Json.Options);

        Assert.Equal(6, figures!.Placements);
        Assert.Equal(
            new PlacementBreakdown(
                Sol: 3, Lvm: 2, BasisNotStated: 1,
                SubstanceUse: 2, CoOccurringMentalIllness: 1, Gambling: 1, OtherMotive: 1, MotiveNotStated: 1),
            figures.Breakdown);
    }

    private static Task<HttpResponseMessage> PlaceAsync(
        HttpClient social, Guid planId, int version, string basis, string motive = "SubstanceUse") =>
        social.PutJsonAsync($"/api/v1/plans/{planId}/placement", new
        {
            expectedVersion = version,
            decidedOn = "2026-11-20",
            startedOn = "2026-11-20",
            isAcute = false,
            precededBySip = true,
            placingOrganizationId = DemoDirectory.Ostersund,
            legalBasis = basis,
            motive,
            careContent = "Abstinensbehandling och KBT.",
        });

    private static async Task<PlanDetail> DetailAsync(HttpClient client, Guid planId) =>
        (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;

    private static async Task<int> VersionOf(HttpResponseMessage sent)
    {
        using var response = sent;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<PlanChanged>(body, Json.Options)!.Version;
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
