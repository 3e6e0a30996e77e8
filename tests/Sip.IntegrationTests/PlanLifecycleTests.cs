using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Audit;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The whole life of a SIP over HTTP, each step by the person whose job it is: the social worker
/// at Vuxenenheten, the nurse at Beroendemottagningen and the district nurse at the health centre.
/// </summary>
public sealed class PlanLifecycleTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_plan_goes_from_start_to_established_to_followed_up_to_closed(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var districtNurse = await app.SignedInAsync(DemoDirectory.DistrictNurse);

        var started = await Read<PlanStarted>(await social.PostJsonAsync("/api/v1/plans", new
        {
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            externalCaseReference = $"LC-{Guid.NewGuid():N}",
            origin = "SocialServicesCase",
            personalIdentityNumber = "19780923-9846",
            personName = "Livscykel Testsson",
            reason = "Alkoholberoende och behov av boende.",
        }), HttpStatusCode.Created);
        var plan = $"/api/v1/plans/{started.PlanId}";
        var version = 1;

        async Task<PlanChanged> Step(HttpClient client, string method, string path, object body, HttpStatusCode expected)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method),
                new Uri(plan + path, UriKind.Relative))
            { Content = JsonContent.Create(body, options: Json.Options) };
            var changed = await Read<PlanChanged>(await client.SendAsync(request), expected);
            Assert.True(changed.Version > version, $"{path} did not raise the version");
            version = changed.Version;
            return changed;
        }

        await Step(social, "POST", "/consents",
            new
            {
                expectedVersion = version,
                givenBy = "Person",
                form = "Written",
                scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                nextOfKinMayTakePart = true
            },
            HttpStatusCode.Created);
        var clinic = (await Step(social, "POST", "/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund },
            HttpStatusCode.Created)).CreatedId!.Value;
        var centre = (await Step(social, "POST", "/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.HalsocentralenOdenslund },
            HttpStatusCode.Created)).CreatedId!.Value;

        // Rule 7 over HTTP: a principal's unit cannot decline; its answer must come from its own staff.
        await Problem(nurse, "PUT", $"{plan}/participants/{clinic}/response",
            new { expectedVersion = version, accept = false, declineReason = "Placeringen har redan skett." },
            HttpStatusCode.UnprocessableEntity, PlanErrors.PrincipalCannotDecline);
        await Problem(districtNurse, "PUT", $"{plan}/participants/{clinic}/response", new { expectedVersion = version, accept = true },
            HttpStatusCode.Forbidden);
        await Step(nurse, "PUT", $"/participants/{clinic}/response", new { expectedVersion = version, accept = true }, HttpStatusCode.OK);
        await Step(districtNurse, "PUT", $"/participants/{centre}/response", new { expectedVersion = version, accept = true },
            HttpStatusCode.OK);

        await Step(social, "POST", "/meetings",
            new
            {
                expectedVersion = version,
                startsAt = SipWebFactory.Now.AddDays(7),
                durationMinutes = 60,
                videoLink = "https://mote.example.se/sip-123",
                attendeeParticipantIds = new[] { clinic, centre }
            }, HttpStatusCode.Created);
        await Step(social, "PUT", "/goals",
            new { expectedVersion = version, personGoals = "Jag vill ha ett eget boende.", needs = new[] { "Boende", "Behandling" } },
            HttpStatusCode.OK);
        var housing = (await Step(social, "POST", "/actions",
            new
            {
                expectedVersion = version,
                actionTypeCode = "kommun.boendestod",
                owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                description = "Boendestöd varje vecka.",
                startOn = "2026-12-01"
            }, HttpStatusCode.Created)).CreatedId!.Value;
        var laro = (await Step(social, "POST", "/actions",
            new
            {
                expectedVersion = version,
                actionTypeCode = "region.laro",
                owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                description = "LARO-bedömning.",
                startOn = "2026-12-03"
            }, HttpStatusCode.Created)).CreatedId!.Value;

        // Only the owning unit's staff answer for an insats.
        await Problem(nurse, "PUT", $"{plan}/actions/{housing}/acceptance", new { expectedVersion = version, accept = true },
            HttpStatusCode.Forbidden);
        await Step(social, "PUT", $"/actions/{housing}/acceptance", new { expectedVersion = version, accept = true }, HttpStatusCode.OK);
        await Step(nurse, "PUT", $"/actions/{laro}/acceptance", new { expectedVersion = version, accept = true }, HttpStatusCode.OK);

        // Establishing too early names the missing precondition.
        await Problem(social, "POST", $"{plan}/establishment",
            new { expectedVersion = version, personParticipated = true, personApproved = true }, HttpStatusCode.UnprocessableEntity,
            PlanErrors.OverallResponsibleRequired);
        await Step(social, "PUT", "/overall-responsibility",
            new { expectedVersion = version, unitId = DemoDirectory.VuxenenhetenOstersund }, HttpStatusCode.OK);
        await Step(social, "POST", "/establishment",
            new { expectedVersion = version, personParticipated = true, personApproved = true, nextFollowUpOn = "2027-02-23" },
            HttpStatusCode.Created);

        var established = await social.GetFromJsonAsync<PlanDetail>(new Uri(plan, UriKind.Relative), Json.Options);
        Assert.Equal(PlanStatus.Established, established!.Status);
        var followUp = Assert.Single(established.FollowUps);
        Assert.Equal(new DateOnly(2027, 2, 23), followUp.DueOn);

        // An acute placement at the HVB: the principals mark the insatser, share the cost and agree;
        // refusing because the placement is already made is not allowed (rule 7).
        await Step(social, "PUT", "/placement", new
        {
            expectedVersion = version,
            decidedOn = "2026-11-23",
            startedOn = "2026-11-23",
            isAcute = true,
            precededBySip = true,
            placingOrganizationId = DemoDirectory.Ostersund,
            residentialUnitId = DemoDirectory.LjungbackenHvb,
            legalBasis = "Sol",
            motive = "SubstanceUse",
            careContent = "Behandling och boendestöd.",
        }, HttpStatusCode.OK);
        await Step(social, "PUT", $"/actions/{housing}/nature", new { expectedVersion = version, nature = "Social" }, HttpStatusCode.OK);
        await Step(nurse, "PUT", $"/actions/{laro}/nature", new { expectedVersion = version, nature = "Medical" }, HttpStatusCode.OK);
        await Step(social, "POST", "/cost-allocations",
            new
            {
                expectedVersion = version,
                shareKind = "Percent",
                municipalityShare = 70,
                regionShare = 30,
                basis = "Boende och stöd är socialtjänst, LARO är hälso- och sjukvård."
            }, HttpStatusCode.Created);
        await Problem(nurse, "POST", $"{plan}/cost-allocations/current/dispute",
            new { expectedVersion = version, ground = "PlacementAlreadyMade", reason = "Placeringen var redan gjord när vi kallades." },
            HttpStatusCode.UnprocessableEntity, PlanErrors.CostRefusedBecausePlaced);
        // Agreed "på chefsnivå" (rule 26): a typed name from the social worker no longer counts; the signed-in managers agree.
        await Problem(
            social, "POST", $"{plan}/cost-allocations/current/agreement", new { expectedVersion = version },
            HttpStatusCode.UnprocessableEntity, PlanErrors.CostSignatoryNotManager);
        using var socialManager = await app.SignedInAsync(DemoDirectory.SocialServicesManager);
        using var clinicManager = await app.SignedInAsync(DemoDirectory.DependenceClinicManager);
        await Step(socialManager, "POST", "/cost-allocations/current/agreement", new { expectedVersion = version }, HttpStatusCode.OK);
        await Step(clinicManager, "POST", "/cost-allocations/current/agreement", new { expectedVersion = version }, HttpStatusCode.OK);
        var placed = await social.GetFromJsonAsync<PlanDetail>(new Uri(plan, UriKind.Relative), Json.Options);
        Assert.Equal((new DateOnly(2026, 12, 7), new DateOnly(2026, 11, 23)),
            (placed!.Placement!.CostAllocationDueOn, placed.Placement.CostAllocationSettledOn));
        var agreed = Assert.Single(placed.CostAllocations!);
        Assert.Equal(CostAllocationState.Agreed, agreed.State);
        Assert.Equal(("Helena Sandberg", "Enhetschef", "Per Åberg", "Verksamhetschef"),
            (agreed.MunicipalitySignatory, agreed.MunicipalitySignatoryTitle, agreed.RegionSignatory, agreed.RegionSignatoryTitle));
        Assert.Equal([ActionNature.Social, ActionNature.Medical], placed.Actions.OrderBy(a => a.StartOn).Select(a => a.Nature));

        // A disagreement about responsibility is recorded and resolved while the insatser go on.
        var deviation = (await Step(nurse, "POST", "/deviations",
            new
            {
                expectedVersion = version,
                counterpartOrganizationId = DemoDirectory.Ostersund,
                description = "Vem ansvarar för stödet efter utskrivning från HVB?",
                isCostDispute = false
            },
            HttpStatusCode.Created)).CreatedId!.Value;
        await Step(nurse, "PUT", $"/actions/{laro}/status", new { expectedVersion = version, status = "Ongoing" }, HttpStatusCode.OK);
        await Step(social, "POST", $"/deviations/{deviation}/resolution",
            new { expectedVersion = version, resolution = "Kommunen ansvarar för stödet; regionen för behandlingen." },
            HttpStatusCode.OK);

        // The person's complaint goes to the clinic, which answers.
        var complaint = (await Step(social, "POST", "/feedback",
            new
            {
                expectedVersion = version,
                kind = "Complaint",
                text = "Ingen har hört av sig om LARO.",
                receivedOn = "2026-11-23",
                routedToUnitId = DemoDirectory.BeroendemottagningenOstersund
            }, HttpStatusCode.Created)).CreatedId!.Value;
        await Step(nurse, "POST", $"/feedback/{complaint}/answer",
            new { expectedVersion = version, answer = "Sjuksköterskan ringde och bokade tid." }, HttpStatusCode.OK);
        await Step(social, "POST", $"/follow-ups/{followUp.Id}/record",
            new
            {
                expectedVersion = version,
                summary = "Boendet fungerar; LARO pågår.",
                personParticipated = true,
                personApproved = true
            }, HttpStatusCode.Created);
        await Step(social, "POST", "/closure", new { expectedVersion = version, reason = "GoalsReached" }, HttpStatusCode.OK);

        var closed = await social.GetFromJsonAsync<PlanDetail>(new Uri(plan, UriKind.Relative), Json.Options);
        Assert.Equal(PlanStatus.Closed, closed!.Status);
        Assert.Equal([1, 2], closed.Versions.Select(v => v.Number));
        Assert.Equal(version, closed.Version);

        await using var db = app.Database.CreateContext();
        var changes = await db.AuditEntries.CountAsync(a => a.PlanId == started.PlanId && a.Kind == AuditKind.Change);
        Assert.Equal(27, changes);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_change_made_against_an_old_version_is_a_409_with_the_current_version(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var planId = await PlanIdAsync(app, "SIP-2026-000001");
        var current = await CurrentVersionAsync(app, planId);

        using var first = await social.SendAsync(
            Put($"/api/v1/plans/{planId}/goals", new { expectedVersion = current, personGoals = "Först" }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var stale = await social.SendAsync(
            Put($"/api/v1/plans/{planId}/goals", new { expectedVersion = current, personGoals = "Sist" }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(current + 1, problem.GetProperty("currentVersion").GetInt32());
        await using var db = app.Database.CreateContext();
        Assert.Equal("Först", (await db.Plans.SingleAsync(p => p.Id == planId)).PersonGoals);
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_invalid_command_lists_every_field_error_and_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var planId = await PlanIdAsync(app, "SIP-2026-000002");
        var before = await CurrentVersionAsync(app, planId);

        using var response = await social.PostJsonAsync($"/api/v1/plans/{planId}/actions",
            new
            {
                expectedVersion = 0,
                actionTypeCode = "kommun.finns-inte",
                owningUnitId = Guid.NewGuid(),
                description = "",
                startOn = "2026-12-10",
                dueOn = "2026-12-01"
            });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Ange vilken version av planen du utgår från.", errors.GetProperty("expectedVersion")[0].GetString());
        Assert.Equal("Insatstypen finns inte i katalogen.", errors.GetProperty("actionTypeCode")[0].GetString());
        Assert.Equal("Enheten finns inte.", errors.GetProperty("owningUnitId")[0].GetString());
        Assert.Equal("Beskriv insatsen.", errors.GetProperty("description")[0].GetString());
        Assert.Equal("Slutdatum kan inte ligga före startdatum.", errors.GetProperty("dueOn")[0].GetString());
        Assert.Equal(before, await CurrentVersionAsync(app, planId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_unit_outside_the_plan_cannot_change_it_and_learns_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var foreign = await app.SignedInAsync(DemoDirectory.ForeignSocialWorker);
        var planId = await PlanIdAsync(app, "SIP-2026-000002");
        var before = await CurrentVersionAsync(app, planId);

        using var response =
            await foreign.SendAsync(Put($"/api/v1/plans/{planId}/goals", new { expectedVersion = before, personGoals = "Intrång" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await CurrentVersionAsync(app, planId));
    }

    private static HttpRequestMessage Put(string url, object body) =>
        new(HttpMethod.Put, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json.Options) };

    private static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
            return JsonSerializer.Deserialize<T>(text, Json.Options)!;
        }
    }

    private static async Task Problem(HttpClient client, string method, string url, object body, HttpStatusCode expected,
        string? code = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method),
            new Uri(url, UriKind.Relative))
        { Content = JsonContent.Create(body, options: Json.Options) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        if (code is not null)
        {
            Assert.Equal(code, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        }
    }

    private static async Task<Guid> PlanIdAsync(SipWebFactory app, string reference)
    {
        await using var db = app.Database.CreateContext();
        return await db.Plans.Where(p => p.ReferenceNumber == reference).Select(p => p.Id).SingleAsync();
    }

    private static async Task<int> CurrentVersionAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        return await db.Plans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync();
    }
}
