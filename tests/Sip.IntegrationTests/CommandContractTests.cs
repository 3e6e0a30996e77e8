using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The contract every plan command keeps: bad input is a 400 naming every field and changes
/// nothing; a change made from an old version is a 409 with the current one; a step the rules
/// forbid (here: changing a closed plan) is a 422 with the rule's code.
/// </summary>
public sealed class CommandContractTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private sealed record Ids(Guid Plan, Guid PendingParticipant, Guid PendingAction, Guid AcceptedAction, Guid Meeting, Guid Person,
        Guid Deviation, Guid Feedback);

    private sealed record Command(string Name, string Method, Func<Ids, string> Path, Guid User, Func<int, object> Valid, object Invalid,
        string[] InvalidFields);

    private static readonly string TooLong = new('x', 2001);

    private static readonly Command[] Commands =
    [
        new("RecordConsent", "POST", _ => "/consents", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, givenBy = "Person", form = "Written",
                scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh }, nextOfKinMayTakePart = true }, new { },
            ["expectedVersion", "scopeOrganizationIds"]),
        new("WithdrawConsent", "POST", _ => "/consents/withdrawal", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, note = "Vill inte längre." }, new { note = TooLong }, ["expectedVersion", "note"]),
        new("InviteParticipant", "POST", _ => "/participants", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, kind = "PrincipalUnit", unitId = DemoDirectory.PsykiatriskaOppenvarden },
            new { kind = "Person" }, ["expectedVersion", "kind", "name"]),
        // Rule 25: a representative is invited with the mandate; its fields are refused in Swedish as any other.
        new(
            "InviteParticipant (god man)", "POST", _ => "/participants", DemoDirectory.SocialWorker,
            v => new
            {
                expectedVersion = v, kind = "GodMan", name = "Göran Godman", mandateScope = "Bevaka rätt och sörja för person.",
                mandateCoversConsent = true,
            },
            new { kind = "GodMan", email = "inte en adress", mandateScope = new string('x', 1001) },
            ["expectedVersion", "name", "email", "mandateScope"]),
        new("RespondToInvitation", "PUT", i => $"/participants/{i.PendingParticipant}/response", DemoDirectory.DistrictNurse,
            v => new { expectedVersion = v, accept = true }, new { accept = false }, ["expectedVersion", "declineReason"]),
        new(
            "ForwardInvitation", "POST", i => $"/participants/{i.PendingParticipant}/forwarding", DemoDirectory.DistrictNurse,
            v => new { expectedVersion = v, toUnitId = DemoDirectory.PsykiatriskaOppenvarden, reason = "Psykiatrin ska kallas." },
            new { reason = TooLong }, ["expectedVersion", "toUnitId", "reason"]),
        new(
            "WithdrawInvitation", "POST", i => $"/participants/{i.PendingParticipant}/withdrawal", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, reason = "Kallad av misstag." }, new { }, ["expectedVersion", "reason"]),
        new("ChangeParticipantEmail", "PUT", i => $"/participants/{i.Person}/email", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, email = "kontakt@example.se" }, new { email = "inte en adress" }, ["expectedVersion", "email"]),
        new("RecordGoalsAndNeeds", "PUT", _ => "/goals", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, personGoals = "Eget boende.", needs = new[] { "Boende" } }, new { needs = new[] { "" } },
            ["expectedVersion", "needs[0]"]),
        new("RecordReportOfConcernAssessment", "PUT", _ => "/report-of-concern-assessment", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, assessment = "Ingen orosanmälan behövs." }, new { }, ["expectedVersion", "assessment"]),
        new("RecordChildrenInHousehold", "PUT", _ => "/children", DemoDirectory.SocialWorker,
            v => new
            {
                expectedVersion = v,
                children = new[] { new { ageYears = 7, livesWith = "ThePerson", custody = "Joint" } },
                childrensNeed = true,
            },
            new { children = new[] { new { ageYears = 30 } }, childrensNeed = true },
            ["expectedVersion", "children[0].ageYears", "children[0].livesWith", "children[0].custody"]),
        new("AssignOverallResponsibility", "PUT", _ => "/overall-responsibility", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, unitId = DemoDirectory.VuxenenhetenOstersund }, new { }, ["expectedVersion", "unitId"]),
        new("ProposeAction", "POST", _ => "/actions", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, actionTypeCode = "kommun.boende", owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                description = "Boende.", startOn = "2026-12-01" }, new { },
            ["expectedVersion", "actionTypeCode", "owningUnitId", "description"]),
        new("DecideAction", "PUT", i => $"/actions/{i.PendingAction}/acceptance", DemoDirectory.Nurse,
            v => new { expectedVersion = v, accept = true }, new { accept = false }, ["expectedVersion", "rejectionReason"]),
        new("ChangeActionStatus", "PUT", i => $"/actions/{i.AcceptedAction}/status", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, status = "Ongoing" }, new { status = "Rejected" }, ["expectedVersion", "status"]),
        new(
            "ReportActionToIvo", "PUT", i => $"/actions/{i.AcceptedAction}/ivo-report", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, reportedOn = "2027-03-01" }, new { }, ["expectedVersion", "reportedOn"]),
        new("ScheduleMeeting", "POST", _ => "/meetings", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, startsAt = SipWebFactory.Now.AddDays(10), durationMinutes = 60, location = "Rådhuset" },
            new { durationMinutes = 5, videoLink = "http://osäker.example" },
            ["expectedVersion", "startsAt", "durationMinutes", "videoLink"]),
        new("RescheduleMeeting", "PUT", i => $"/meetings/{i.Meeting}", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, startsAt = SipWebFactory.Now.AddDays(11), durationMinutes = 60, location = "Rådhuset" },
            new { }, ["expectedVersion", "startsAt", "durationMinutes", "location"]),
        new("CancelMeeting", "POST", i => $"/meetings/{i.Meeting}/cancellation", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, reason = "Sjukdom." }, new { }, ["expectedVersion", "reason"]),
        new("RecordMeetingHeld", "POST", i => $"/meetings/{i.Meeting}/held", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v }, new { }, ["expectedVersion"]),
        new("EstablishPlan", "POST", _ => "/establishment", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, personParticipated = true, personApproved = true }, new { nextFollowUpOn = "2020-01-01" },
            ["expectedVersion", "personAbsenceReason", "nextFollowUpOn"]),
        new("ScheduleFollowUp", "POST", _ => "/follow-ups", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, dueOn = "2027-01-15" }, new { dueOn = "2026-01-01" }, ["expectedVersion", "dueOn"]),
        new("RecordFollowUp", "POST", _ => $"/follow-ups/{Guid.NewGuid()}/record", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, summary = "Går bra.", personParticipated = true, personApproved = true }, new { },
            ["expectedVersion", "summary", "personAbsenceReason"]),
        new(
            "RegisterPlacement", "PUT", _ => "/placement", DemoDirectory.SocialWorker,
            v => new
            {
                expectedVersion = v, decidedOn = "2026-11-20", startedOn = "2026-11-21", isAcute = true, precededBySip = false,
                placingOrganizationId = DemoDirectory.Ostersund, legalBasis = "Lvm", motive = "SubstanceUse",
                careContent = "Abstinensbehandling.",
            },
            new
            {
                startedOn = "2026-11-21", placingOrganizationId = DemoDirectory.Arbetsformedlingen, motive = "Other", careContent = TooLong,
            },
            ["expectedVersion", "decidedOn", "placingOrganizationId", "legalBasis", "motiveText", "careContent"]),
        new("ChooseMedicalCare", "PUT", _ => "/placement/medical-care", DemoDirectory.Nurse,
            v => new { expectedVersion = v, choice = "CareAtHome" }, new { choice = 99 }, ["expectedVersion", "choice"]),
        new("RecordLvmChecklist", "PUT", _ => "/placement/lvm-checklist", DemoDirectory.Nurse,
            v => new
            {
                expectedVersion = v, notifiedBy = "Dr Berg", notifiedOn = "2026-11-18", certificateWrittenAt = "Hälsocentralen Odenslund",
            },
            new { notifiedOn = "2030-01-01", certificateWrittenAt = TooLong },
            ["expectedVersion", "notifiedBy", "notifiedOn", "certificateWrittenAt"]),
        new("ClassifyAction", "PUT", i => $"/actions/{i.AcceptedAction}/nature", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, nature = "Social" }, new { nature = 99 }, ["expectedVersion", "nature"]),
        new("ProposeCostAllocation", "POST", _ => "/cost-allocations", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, shareKind = "Percent", municipalityShare = 60, regionShare = 40,
                basis = "Boende och stöd är socialtjänst." }, new { shareKind = "Percent", municipalityShare = 70, regionShare = 10 },
            ["expectedVersion", "regionShare", "basis"]),
        new("AgreeCostAllocation", "POST", _ => "/cost-allocations/current/agreement", DemoDirectory.SocialServicesManager,
            v => new { expectedVersion = v }, new { }, ["expectedVersion"]),
        new("DisputeCostAllocation", "POST", _ => "/cost-allocations/current/dispute", DemoDirectory.Nurse,
            v => new { expectedVersion = v, ground = "SharesOrBasis", reason = "Behandlingsandelen är för hög." }, new { ground = 99 },
            ["expectedVersion", "ground", "reason"]),
        new("RaiseDeviation", "POST", _ => "/deviations", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, counterpartOrganizationId = DemoDirectory.RegionJh,
                description = "Oenighet om abstinensbehandlingen.", isCostDispute = false }, new { },
            ["expectedVersion", "counterpartOrganizationId", "description"]),
        new("EscalateDeviation", "POST", i => $"/deviations/{i.Deviation}/escalation", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v }, new { deIdentifiedSummary = new string('x', 4001) },
            ["expectedVersion", "deIdentifiedSummary"]),
        new("ResolveDeviation", "POST", i => $"/deviations/{i.Deviation}/resolution", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, resolution = "Regionen ansvarar." }, new { }, ["expectedVersion", "resolution"]),
        new("RecordFeedback", "POST", _ => "/feedback", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, kind = "Opinion", text = "Vill ha färre möten.", receivedOn = "2026-11-23",
                routedToUnitId = DemoDirectory.VuxenenhetenOstersund }, new { receivedOn = "2030-01-01" },
            ["expectedVersion", "text", "receivedOn", "routedToUnitId"]),
        new("AnswerFeedback", "POST", i => $"/feedback/{i.Feedback}/answer", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, answer = "Vi ses varannan vecka i stället." }, new { }, ["expectedVersion", "answer"]),
        new("RecordCommunicationNeed", "PUT", _ => "/communication-need", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, interpreterNeeded = true, language = "arabiska" },
            new { language = new string('x', 101) }, ["expectedVersion", "language"]),
        new("NameFastCareContact", "PUT", _ => "/fast-care-contact", DemoDirectory.Nurse,
            v => new { expectedVersion = v, unitId = DemoDirectory.BeroendemottagningenOstersund, name = "Eva Berg, sjuksköterska" },
            new { telephone = "ring mig" }, ["expectedVersion", "name", "telephone", "unitId"]),
        new("ClosePlan", "POST", _ => "/closure", DemoDirectory.SocialWorker, v => new { expectedVersion = v, reason = "GoalsReached" },
            new { reason = "Other" }, ["expectedVersion", "note"]),
        new("CancelPlan", "POST", _ => "/cancellation", DemoDirectory.SocialWorker,
            v => new { expectedVersion = v, reason = "Inget samtycke." }, new { }, ["expectedVersion", "reason"]),
    ];

    [Theory, SqliteData, PostgresData]
    public async Task Every_command_answers_bad_input_with_every_field_error_and_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        foreach (var command in Commands)
        {
            var ids = await CreatePlanAsync(app, closed: false);
            var before = await StateAsync(app, ids.Plan);
            using var client = await app.SignedInAsync(command.User);

            using var response = await SendAsync(client, command, ids, command.Invalid);

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{command.Name}: {(int)response.StatusCode} {text}");
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            var fields = errors.EnumerateObject().Select(e => e.Name).Order().ToArray();
            Assert.True(command.InvalidFields.Order().SequenceEqual(fields),
                $"{command.Name}: expected errors on {string.Join(", ", command.InvalidFields)} but got {string.Join(", ", fields)}");
            Assert.All(errors.EnumerateObject(), e => Assert.False(string.IsNullOrWhiteSpace(e.Value[0].GetString())));
            Assert.True(before == await StateAsync(app, ids.Plan), $"{command.Name} changed the plan on bad input");
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Every_command_made_from_an_old_version_is_a_409_with_the_current_version(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        foreach (var command in Commands)
        {
            var ids = await CreatePlanAsync(app, closed: false);
            var before = await StateAsync(app, ids.Plan);
            using var client = await app.SignedInAsync(command.User);

            using var response = await SendAsync(client, command, ids, command.Valid(before.Version - 1));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{command.Name}: {(int)response.StatusCode} {text}");
            Assert.Equal(before.Version, JsonDocument.Parse(text).RootElement.GetProperty("currentVersion").GetInt32());
            Assert.True(before == await StateAsync(app, ids.Plan), $"{command.Name} changed the plan on a stale version");
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Every_command_on_a_closed_plan_is_a_422_with_the_rules_code(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        foreach (var command in Commands)
        {
            var ids = await CreatePlanAsync(app, closed: true);
            var before = await StateAsync(app, ids.Plan);
            using var client = await app.SignedInAsync(command.User);

            using var response = await SendAsync(client, command, ids, command.Valid(before.Version));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{command.Name}: {(int)response.StatusCode} {text}");
            Assert.Equal(PlanErrors.PlanIsFinished, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
            Assert.True(before == await StateAsync(app, ids.Plan), $"{command.Name} changed a closed plan");
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Every_command_with_a_valid_body_on_the_current_version_succeeds_and_is_audited(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        // A meeting is marked held only once it has started (rule 21); the plan's meeting lies ahead. The plan's
        // boendestöd was granted today: reporting it to IVO as not started in three months is possible only later
        // (NotExecutedActionTests).
        var excepted = new[] { "EstablishPlan", "ScheduleFollowUp", "RecordFollowUp", "RecordMeetingHeld", "ReportActionToIvo" };
        foreach (var command in Commands.Where(c => !excepted.Contains(c.Name)))
        {
            var ids = await CreatePlanAsync(app, closed: false);
            var before = await StateAsync(app, ids.Plan);
            using var client = await app.SignedInAsync(command.User);

            using var response = await SendAsync(client, command, ids, command.Valid(before.Version));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{command.Name}: {(int)response.StatusCode} {text}");
            var after = await StateAsync(app, ids.Plan);
            Assert.Equal(before.Version + 1, after.Version);
            Assert.Equal(before.AuditEntries + 1, after.AuditEntries);
        }
    }

    // Rule 26b at the start: a plan started from a placement's case may carry the placement's details, checked as
    // the placement's own PUT checks them (every field error at once, in Swedish), with LVU fitted to the age (422).
    [Theory, SqliteData, PostgresData]
    public async Task Starting_from_a_placement_takes_its_details_with_the_placements_own_checks_and_writes_nothing_on_refusal(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var decided = SwedishTime.Today(app.Clock.GetUtcNow()).AddDays(-2)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        object Start(string reference, object placement) => new
        {
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            externalCaseReference = reference,
            origin = "SocialServicesCase",
            personalIdentityNumber = "19850314-9828",
            personName = "Placerad Testsson",
            hasProtectedIdentity = false,
            childrenInHousehold = false,
            reason = "Placerad på HVB utan SIP.",
            placement,
        };
        async Task<int> PlansAsync()
        {
            await using var db = app.Database.CreateContext();
            return await db.Plans.CountAsync(p => p.Origin.ExternalCaseReference.StartsWith("PL-" + provider));
        }

        var before = await PlansAsync();
        using (var invalid = await client.PostJsonAsync("/api/v1/plans", Start($"PL-{provider}-1", new
        {
            decidedOn = decided,
            startedOn = decided,
            isAcute = true,
            precededBySip = false,
            motive = "Other",
            careContent = TooLong,
        })))
        {
            var text = await invalid.Content.ReadAsStringAsync();
            Assert.True(invalid.StatusCode == HttpStatusCode.BadRequest, text);
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject()
                .ToDictionary(e => e.Name.ToUpperInvariant(), e => e.Value[0].GetString());
            Assert.Equal(
                ["PLACEMENT.CARECONTENT", "PLACEMENT.LEGALBASIS", "PLACEMENT.MOTIVETEXT"], errors.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("Ange enligt vilken lag placeringen beslutades (SoL, LVM eller LVU).", errors["PLACEMENT.LEGALBASIS"]);
            Assert.Equal("Beskriv motivet när det är ett annat än de uppräknade.", errors["PLACEMENT.MOTIVETEXT"]);
        }

        var lvu = new
        {
            decidedOn = decided,
            startedOn = decided,
            legalBasis = "Lvu",
            motive = "SubstanceUse",
            careContent = "Behandling.",
        };
        using (var tooOld = await client.PostJsonAsync("/api/v1/plans", Start($"PL-{provider}-2", lvu)))
        {
            var text = await tooOld.Content.ReadAsStringAsync();
            Assert.True(tooOld.StatusCode == HttpStatusCode.UnprocessableEntity, text);
            Assert.Equal(PlanErrors.PlacementLvuAge, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        }

        Assert.Equal(before, await PlansAsync());
        var described = lvu with { legalBasis = "Lvm", careContent = "Abstinensbehandling och återfallsprevention." };
        using (var started = await client.PostJsonAsync("/api/v1/plans", Start($"PL-{provider}-3", described)))
        {
            Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        }

        var bareStart = Start($"PL-{provider}-4", new { decidedOn = decided, startedOn = decided });
        using (var bare = await client.PostJsonAsync("/api/v1/plans", bareStart))
        {
            Assert.True(bare.StatusCode == HttpStatusCode.Created, await bare.Content.ReadAsStringAsync());
        }

        await using var check = app.Database.CreateContext();
        var placements = await check.Plans.AsNoTracking()
            .Where(p => p.Origin.ExternalCaseReference.StartsWith("PL-" + provider))
            .Select(p => new { p.Origin.ExternalCaseReference, p.Placement })
            .ToDictionaryAsync(p => p.ExternalCaseReference, p => p.Placement);
        var given = placements[$"PL-{provider}-3"]!;
        Assert.Equal(
            (PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, "Abstinensbehandling och återfallsprevention."),
            (given.LegalBasis, given.Motive, given.CareContent));
        Assert.Null(placements[$"PL-{provider}-4"]!.LegalBasis);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Command command, Ids ids, object body) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(command.Method),
            new Uri($"/api/v1/plans/{ids.Plan}{command.Path(ids)}", UriKind.Relative))
        {
            Content = JsonContent.Create(body, options: Json.Options),
        });

    private static async Task<(int Version, int AuditEntries, int Participants, int Actions)> StateAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        var plan = await db.Plans.AsNoTracking().Include(p => p.Participants).Include(p => p.Actions).SingleAsync(p => p.Id == planId);
        return (plan.Version, await db.AuditEntries.CountAsync(a => a.PlanId == planId), plan.Participants.Count, plan.Actions.Count);
    }

    /// <summary>A plan with consent, the clinic taking part, the health centre yet to answer, one insats each way and a meeting.</summary>
    private static async Task<Ids> CreatePlanAsync(SipWebFactory app, bool closed)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var person = new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(now)), "Kontrakt Testsson", false,
            false);
        var plan = SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Kontraktstest",
            OriginKind.SocialServicesCase, $"CC-{Guid.NewGuid():N}", units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker,
            null, policy, now);
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        var centre = plan.InviteUnit(units[DemoDirectory.HalsocentralenOdenslund], policy, now);
        var pending = plan.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("region.laro")!,
            units[DemoDirectory.BeroendemottagningenOstersund], null, "LARO", new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker,
            policy, now);
        var accepted = plan.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("kommun.boendestod")!,
            units[DemoDirectory.VuxenenhetenOstersund], null, "Boendestöd", new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker,
            policy, now);
        plan.AcceptAction(accepted.Id, DemoDirectory.VuxenenhetenOstersund, DemoDirectory.SocialWorker, now);
        var meeting = plan.ScheduleMeeting(now.AddDays(5), TimeSpan.FromHours(1), "Rådhuset", null, [clinic.Id], now);
        plan.RegisterPlacement(
            new HvbPlacement(
                    new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), isAcute: true, precededBySip: false, policy,
                    DemoDirectory.Ostersund)
                .Describe(PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, null, "Abstinensbehandling."),
            now);
        plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, "Lika delar.", DemoDirectory.VuxenenhetenOstersund, now);
        var deviation = plan.RaiseDeviation(
            DemoDirectory.VuxenenhetenOstersund,
            await db.Organizations.SingleAsync(o => o.Id == DemoDirectory.RegionJh),
            "Oenighet om ansvaret för boendestödet.",
            isCostDispute: false,
            policy,
            now);
        var feedback = plan.RecordFeedback(
            FeedbackKind.Complaint,
            "Ingen har ringt.",
            new DateOnly(2026, 11, 23),
            DemoDirectory.VuxenenhetenOstersund,
            DemoDirectory.SocialWorker,
            policy,
            now);
        if (closed)
        {
            plan.Close(PlanCloseReason.PersonEnded, null, now);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new Ids(plan.Id, centre.Id, pending.Id, accepted.Id, meeting.Id,
            plan.Participants.Single(p => p.Kind == ParticipantKind.Person).Id, deviation.Id, feedback.Id);
    }
}
