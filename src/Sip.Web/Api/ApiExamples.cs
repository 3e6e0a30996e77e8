using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sip.Infrastructure.Seeding;

namespace Sip.Web.Api;

/// <summary>
/// A worked example for every request body and command answer in the OpenAPI document, in the
/// demo county's terms, so that a municipality's developers can try each call from the reference page.
/// </summary>
internal static class ApiExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly Guid Plan = new("019a2f00-0000-7000-8000-000000000001");
    private static readonly Guid Item = new("019a2f00-0000-7000-8000-0000000000aa");

    // Declared before the dictionaries that use them: static fields initialise in order.
    private static readonly object Policy = new
    {
        invitationResponseWorkingDays = 5,
        daysToFirstMeeting = 21,
        actionAcceptanceWorkingDays = 5,
        followUpIntervalDays = 90,
        sipMeetingDaysAfterPlacement = 7,
        costAllocationWorkingDaysAfterAcutePlacement = 10,
        reminderDaysAfterDeadline = new[] { 1, 5 },
        deviationStepWorkingDays = 10,
        feedbackResponseWorkingDays = 10,
        escalationLadder = "Gavleborg",
        reserveNumberPattern = @"(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}",
        reserveNumberDescription = "ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav",
        reserveNumberSystem = "urn:sip:fhir:reservnummer",
        contractedProvidersMayHoldOverallResponsibility = false,
    };

    // The policy as read: the ladder's steps named as Gävleborg's agreement names them (rule 28).
    private static readonly object PolicyView = new
    {
        id = "0d7c6f1e-5a59-4d39-9f61-2f0b3c1a0001",
        name = "Länsöverenskommelse Gävleborg",
        invitationResponseWorkingDays = 5,
        daysToFirstMeeting = 21,
        actionAcceptanceWorkingDays = 5,
        followUpIntervalDays = 90,
        sipMeetingDaysAfterPlacement = 7,
        costAllocationWorkingDaysAfterAcutePlacement = 10,
        reminderDaysAfterDeadline = new[] { 1, 5 },
        deviationStepWorkingDays = 10,
        feedbackResponseWorkingDays = 10,
        escalationLadder = "Gavleborg",
        escalationSteps = new[]
        {
            new { name = "Närmaste chefsled", isCourt = false },
            new { name = "Länsledning Välfärd", isCourt = false },
        },
        decidedBy = "länets beslut",
        reserveNumberPattern = @"(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}",
        reserveNumberDescription = "ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav",
        reserveNumberSystem = "urn:sip:fhir:reservnummer",
        contractedProvidersMayHoldOverallResponsibility = false,
    };

    private static readonly object Unit = new
    {
        id = DemoDirectory.HalsocentralenOdenslund,
        name = "Hälsocentralen Odenslund",
        kind = "PrimaryCare",
        organizationId = DemoDirectory.RegionJh,
        organizationName = "Region Jämtland Härjedalen",
        organizationKind = "Region",
        hsaId = "SE2321000206-H014",
        invitationMailbox = "hc.odenslund.sip@example.se",
        isActive = true,
        actsForPrincipal = "Region",
    };

    private static readonly object User = new { id = DemoDirectory.Nurse, userName = "erik.johansson", displayName = "Erik Johansson", title = "Sjuksköterska", hsaId = "SE2321000206-E1001", role = "HealthcareStaff", unitIds = new[] { DemoDirectory.BeroendemottagningenOstersund }, areaOrganizationId = (Guid?)null, isActive = true, email = "erik.johansson@regionjh.example.se", isManager = false };

    private static readonly Dictionary<string, object> Requests = new(StringComparer.Ordinal)
    {
        ["StartPlanFromCase"] = new
        {
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            externalCaseReference = "VU-2026-1187",
            origin = "SocialServicesCase",
            personalIdentityNumber = "19850314-9828",
            personName = "Mikael Öhrn",
            hasProtectedIdentity = false,
            childrenInHousehold = false,
            reason = "Alkoholberoende och hemlöshet; behöver samordnad abstinensbehandling och boende.",

            // A case about a placement gives it; its legal basis, motive and care content may come now or on the plan (rule 26b).
            placement = new
            {
                decidedOn = "2026-11-20",
                startedOn = "2026-11-20",
                isAcute = true,
                precededBySip = false,
                legalBasis = "Lvm",
                motive = "SubstanceUse",
                motiveText = (string?)null,
                careContent = "Abstinensbehandling och återfallsprevention.",
            },

            // A person without personnummer: identityKind "ReserveNumber" with reserveNumber and birthDate, or "None" with birthDate.
            identityKind = "PersonalIdentityNumber",
            reserveNumber = (string?)null,
            birthDate = (string?)null,
        },
        ["RecordConsent"] = new { expectedVersion = 1, givenBy = "Person", form = "Written", scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh }, nextOfKinMayTakePart = true },
        ["WithdrawConsent"] = new { expectedVersion = 7, note = "Personen vill inte längre att information delas." },
        ["InviteParticipant"] = new { expectedVersion = 2, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund },
        ["RespondToInvitation"] = new { expectedVersion = 3, accept = true },
        ["ChangeParticipantEmail"] = new { expectedVersion = 3, email = "kontakt@example.se" },
        ["ForwardInvitation"] = new
        {
            expectedVersion = 3,
            toUnitId = DemoDirectory.PsykiatriskaOppenvarden,
            reason = "Personen behöver psykiatrisk öppenvård, inte hälsocentralen.",
        },
        ["WithdrawInvitation"] = new { expectedVersion = 3, reason = "Kallelsen skickades av misstag till fel enhet." },
        ["RegisterPlacement"] = new
        {
            expectedVersion = 5,
            decidedOn = "2026-11-20",
            startedOn = "2026-11-20",
            isAcute = true,
            precededBySip = false,
            placingOrganizationId = DemoDirectory.Ostersund,
            residentialUnitId = DemoDirectory.LjungbackenHvb,
            legalBasis = "Lvm",
            motive = "SubstanceUse",
            careContent = "Abstinensbehandling och återfallsprevention.",
        },
        ["ChooseMedicalCare"] = new { expectedVersion = 6, choice = "RemissToHostRegion" },
        ["RecordLvmChecklist"] = new
        {
            expectedVersion = 6,
            notifiedBy = "Dr Berg, Beroendemottagningen",
            notifiedOn = "2026-11-18",
            certificateWrittenAt = "Hälsocentralen Odenslund",
        },
        ["ClassifyAction"] = new { expectedVersion = 6, nature = "Medical" },
        ["ProposeCostAllocation"] = new { expectedVersion = 7, shareKind = "Percent", municipalityShare = 60, regionShare = 40, basis = "Behandlingen av beroendet är hälso- och sjukvård; boende och stöd i vardagen är socialtjänst." },
        ["AgreeCostAllocation"] = new { expectedVersion = 8 },
        ["DisputeCostAllocation"] = new { expectedVersion = 8, ground = "SharesOrBasis", reason = "Andelen för behandling är för låg i förhållande till vårdtiden." },
        ["RaiseDeviation"] = new { expectedVersion = 8, counterpartOrganizationId = DemoDirectory.RegionJh, description = "Oenighet om vem som ansvarar för abstinensbehandlingen.", isCostDispute = false },
        ["EscalateDeviation"] = new { expectedVersion = 9, deIdentifiedSummary = "Oenighet om kostnad för behandlingsdelen av en HVB-placering." },
        ["ResolveDeviation"] = new { expectedVersion = 10, resolution = "Regionen ansvarar för behandlingsdelen enligt länsöverenskommelsen." },
        ["RecordFeedback"] = new { expectedVersion = 8, kind = "Complaint", text = "Personen upplever att ingen har återkommit om boendet.", receivedOn = "2026-11-23", routedToUnitId = DemoDirectory.VuxenenhetenOstersund },
        ["AnswerFeedback"] = new { expectedVersion = 9, answer = "Handläggaren ringde personen och bokade ett möte." },
        ["RecordGoalsAndNeeds"] = new { expectedVersion = 4, personGoals = "Jag vill ha en egen lägenhet och klara mig utan alkohol.", needs = new[] { "Boende", "Abstinensbehandling" } },
        ["RecordReportOfConcernAssessment"] = new
        {
            expectedVersion = 4,
            assessment = "Barnen har sett pappan berusad flera gånger; orosanmälan gjord.",
            reportMade = true,
            reportMadeOn = "2026-11-20",
            socialServices = "Socialtjänsten i Östersunds kommun",
            parentAndChildInformed = true,
        },
        ["RecordChildrenInHousehold"] = new
        {
            expectedVersion = 4,
            children = new object[]
            {
                new { ageYears = 7, livesWith = "ThePerson", custody = "Joint" },
                new { birthYear = 2012, livesWith = "OtherParent", custody = "Other" },
            },
            childrensNeed = true,
        },
        ["AssignOverallResponsibility"] = new { expectedVersion = 9, unitId = DemoDirectory.VuxenenhetenOstersund },
        ["RecordCommunicationNeed"] = new
        {
            expectedVersion = 4,
            interpreterNeeded = true,
            language = "arabiska",
            otherSupport = "Bildstöd och korta pauser.",
        },
        ["NameFastCareContact"] = new
        {
            expectedVersion = 9,
            unitId = DemoDirectory.BeroendemottagningenOstersund,
            name = "Eva Berg, sjuksköterska",
            telephone = "063-15 30 00",
        },
        ["ProposeAction"] = new { expectedVersion = 5, actionTypeCode = "kommun.boendestod", owningUnitId = DemoDirectory.VuxenenhetenOstersund, description = "Boendestöd två gånger i veckan.", startOn = "2026-12-01" },
        ["DecideAction"] = new { expectedVersion = 6, accept = false, rejectionReason = "Behovet bedöms bättre mötas av hälsocentralen." },
        ["ChangeActionStatus"] = new { expectedVersion = 11, status = "Ongoing" },
        ["ReportActionToIvo"] = new { expectedVersion = 12, reportedOn = "2027-03-01" },
        ["ScheduleMeeting"] = new { expectedVersion = 5, startsAt = "2026-12-02T08:00:00Z", durationMinutes = 60, location = "Rådhusgatan 42, Östersund", attendeeParticipantIds = new[] { Item } },
        ["RescheduleMeeting"] = new { expectedVersion = 6, startsAt = "2026-12-03T08:00:00Z", durationMinutes = 60, videoLink = "https://mote.example.se/sip-123" },
        ["CancelMeeting"] = new { expectedVersion = 7, reason = "Personen är inlagd på sjukhus." },
        ["RecordMeetingHeld"] = new { expectedVersion = 7 },
        ["EstablishPlan"] = new { expectedVersion = 10, personParticipated = true, personApproved = true, nextFollowUpOn = "2027-03-01" },
        ["ScheduleFollowUp"] = new { expectedVersion = 12, dueOn = "2027-06-01" },
        ["RecordFollowUp"] = new { expectedVersion = 13, summary = "Boendet fungerar; behandlingen pågår.", personParticipated = true, personApproved = true, nextFollowUpOn = "2027-06-01" },
        ["ClosePlan"] = new { expectedVersion = 14, reason = "GoalsReached", note = (string?)null },
        ["CancelPlan"] = new { expectedVersion = 2, reason = "Personen ville inte samtycka till en SIP." },
        ["CreateUnit"] = new { organizationId = DemoDirectory.RegionJh, name = "Hälsocentralen Lugnvik", kind = "PrimaryCare", hsaId = "SE2321000206-H020", invitationMailbox = "hc.lugnvik.sip@example.se" },
        ["CreateUser"] = new { userName = "eva.strom", displayName = "Eva Ström", title = "Sjuksköterska", hsaId = "SE2321000206-E2001", role = "HealthcareStaff", unitIds = new[] { DemoDirectory.HalsocentralenOdenslund } },
        ["UpdateUnit"] = new { name = "Hälsocentralen Odenslund", kind = "PrimaryCare", hsaId = "SE2321000206-H014", invitationMailbox = "sip@hc-odenslund.example.se", isActive = true },
        ["UpdateUser"] = new { displayName = "Erik Johansson", title = "Specialistsjuksköterska", hsaId = "SE2321000206-E1001", role = "HealthcareStaff", unitIds = new[] { DemoDirectory.BeroendemottagningenOstersund }, isActive = true, email = "erik.johansson@regionjh.example.se", isManager = false },
        ["ChangeCountyPolicy"] = Policy,
    };

    /// <summary>Answers of the queries and the directory; every plan command answers like <see cref="PlanChangedExample"/>.</summary>
    private static readonly Dictionary<string, object> Responses = new(StringComparer.Ordinal)
    {
        ["StartPlanFromCase"] = new { planId = Plan, referenceNumber = "SIP-2026-000123", alreadyExisted = false },
        ["GetPlan"] = new
        {
            id = Plan,
            referenceNumber = "SIP-2026-000123",
            status = "Invited",
            personalIdentityNumber = "198503149828",
            personName = "Mikael Öhrn",
            hasProtectedIdentity = false,
            childrenInHousehold = false,
            reason = "Alkoholberoende och hemlöshet.",
            origin = "SocialServicesCase",
            externalCaseReference = "VU-2026-1187",
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            initiatingUnitName = "Socialtjänsten Östersund – Vuxenenheten",
            personGoals = "Jag vill ha en egen lägenhet.",
            overallResponsibleUnitId = (Guid?)null,
            overallResponsibleUnitName = (string?)null,
            firstMeetingDueOn = "2026-12-14",
            placement = (object?)null,
            createdAt = "2026-11-23T08:00:00Z",
            updatedAt = "2026-11-23T09:10:00Z",
            version = 6,
            participants = new[] { new { id = Item, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund, displayName = "Beroendemottagningen Östersund", relationship = (string?)null, state = "Invited", respondBy = "2026-11-30", declineReason = (string?)null } },
            consents = new[] { new { id = Item, givenBy = "Person", guardianNames = (string?)null, form = "Written", givenAt = "2026-11-23T08:05:00Z", scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh }, nextOfKinMayTakePart = true, withdrawnAt = (string?)null, supersededAt = (string?)null } },
            needs = new[] { "Boende", "Abstinensbehandling" },
            actions = new[] { new { id = Item, actionTypeCode = "kommun.boendestod", principal = "Municipality", owningUnitId = DemoDirectory.VuxenenhetenOstersund, owningUnitName = "Socialtjänsten Östersund – Vuxenenheten", description = "Boendestöd två gånger i veckan.", startOn = "2026-12-01", dueOn = (string?)null, status = "Proposed", acceptBy = "2026-11-30", rejectionReason = (string?)null } },
            meetings = Array.Empty<object>(),
            followUps = Array.Empty<object>(),
            versions = Array.Empty<object>(),
        },
        ["ListMyPlans"] = new { items = new[] { new { id = Plan, referenceNumber = "SIP-2026-000123", personName = "Mikael Öhrn", status = "Invited", initiatingUnitName = "Socialtjänsten Östersund – Vuxenenheten", firstMeetingDueOn = "2026-12-14", nextFollowUpOn = (string?)null, updatedAt = "2026-11-23T09:10:00Z" } }, page = 1, pageSize = 25, totalCount = 1 },
        ["GetPlanVersions"] = new[] { new { number = 2, establishedAt = "2027-03-01T09:00:00Z", personParticipated = true, personAbsenceReason = (string?)null, content = new { referenceNumber = "SIP-2026-000123" }, changes = new[] { new { area = "needs", kind = "Added", subject = "Sysselsättning", from = (string?)null, to = (string?)null } } } },
        ["GetEstablishmentReadiness"] = new { canBeEstablished = false, gaps = new[] { new { code = "plan.overall-responsible-required", message = "Ange vilken huvudman som har det övergripande ansvaret för planen." } } },
        ["GetPlanAuditTrail"] = new { entries = new[] { new { occurredAt = "2026-11-23T09:12:00Z", userName = "Erik Johansson", unitName = "Beroendemottagningen Östersund", kind = "Read", action = "GetPlan", origin = "10.1.2.3" } }, totalCount = 1 },
        ["GetUnitInbox"] = new { items = new[] { new { kind = "InvitationToAnswer", planId = Plan, referenceNumber = "SIP-2026-000123", planVersion = 4, itemId = Item, what = "Beroendemottagningen Östersund", dueOn = "2026-11-30", isOverdue = false, mayDecline = false } }, page = 1, pageSize = 25, totalCount = 3, counts = new { invitationsToAnswer = 1, actionsToAccept = 2, firstMeetingsDue = 0, followUpsDue = 0, actionsRejected = 0 }, today = "2026-11-23" },
        ["GetReminders"] = new[] { new { kind = "InvitationUnanswered", planId = Plan, referenceNumber = "SIP-2026-000123", owingUnits = "Beroendemottagningen Östersund", deadline = "2026-11-30", step = 1, isEscalation = true, toMeByName = true, lastRemindedAt = "2026-12-07T06:00:00Z", mayOpenPlan = true } },
        ["GetAreaAudit"] = new { today = "2026-11-23", openByStatus = new[] { new { status = "Invited", plans = 14 } }, openByUnit = new[] { new { unitId = DemoDirectory.VuxenenhetenOstersund, unitName = "Socialtjänsten Östersund – Vuxenenheten", plans = 9 } }, findings = new[] { new { finding = "NoOverallResponsible", plans = 6 } }, overdue = new[] { new { kind = "InvitationUnanswered", upToAWeek = 2, upToAMonth = 1, longer = 0 } } },
        ["ReviewAccessLog"] = new { entries = new[] { new { id = "0193a1c2-7f00-7000-8000-00000000a001", occurredAt = "2026-11-20T09:14:00+01:00", userId = "8c3d0000-0000-4000-8000-000000000002", userName = "Maria Nilsson", unitName = "Beroendemottagningen Östersund", planReference = "SIP-2026-000004", kind = "Read", action = "GetPlan", origin = "10.12.0.31", otherUnitsPlan = true } }, page = 1, pageSize = 100, totalCount = 1, readers = new[] { new { userId = "8c3d0000-0000-4000-8000-000000000002", userName = "Maria Nilsson", plansRead = 31, plansOfOtherUnits = 24, unusual = true } } },
        ["GetProcessStatistics"] = new { from = "2026-01-01", to = "2026-12-31", started = 120, established = 88, closed = 40, toFirstMeeting = new { plans = 101, median = 12.0, percentile90 = 25.0 }, toEstablishment = new { plans = 88, median = 19.0, percentile90 = 41.0 }, followUpsDue = 60, followUpsOnTime = 47, withOwnGoals = 97, withNextOfKin = 35, byUnit = new[] { new { name = "Socialtjänsten Östersund – Vuxenenheten", started = 64 } }, byOrganization = new[] { new { name = "Östersunds kommun", started = 80 } }, byPrincipal = new[] { new { name = "Kommunen", started = 80 } } },
        ["GetPlacementStatistics"] = new
        {
            from = "2026-01-01",
            to = "2026-12-31",
            placements = 12,
            acute = 5,
            precededBySip = 6,
            acuteDue = 5,
            acuteSettledInTime = 3,
            disagreements = 4,
            costDisagreements = 2,
            reachedArena = 1,
            resolved = 3,
            medianDaysToResolution = 16.0,
            withoutPriorSip = 6,
            withoutPriorSipDue = 5,
            sipWithinWeek = 3,
        },
        ["ListArenaDeviations"] = new[]
        {
            new
            {
                id = Item, raisedBy = "Östersunds kommun", counterpart = "Region Jämtland Härjedalen", isCostDispute = true,
                raisedOn = "2026-11-02",
                level = "CountyArena", summary = "Oenighet om kostnad för behandlingsdelen av en HVB-placering.", stepDueOn = "2026-12-07",
                resolvedOn = (string?)null, stepName = "Länsövergripande tjänstepersonsarena",
            },
        },
        ["ListAreaPlans"] = new { items = new[] { new { id = Plan, referenceNumber = "SIP-2026-000123", status = "Invited", startedAt = "2026-11-23T08:00:00Z", initiatingUnitName = "Socialtjänsten Östersund – Vuxenenheten", overallResponsibleUnitName = (string?)null, hasActiveConsent = true, unitsTakingPart = 2, actionsAwaitingAcceptance = 1, firstMeetingDueOn = "2026-12-14", firstMeetingAt = (string?)null, establishedAt = (string?)null, nextFollowUpOn = (string?)null, isOverdue = false } }, page = 1, pageSize = 50, totalCount = 1 },
        ["ListUnits"] = new[] { Unit },
        ["CreateUnit"] = Unit,
        ["ListUsers"] = new[] { User },
        ["CreateUser"] = User,
        ["UpdateUnit"] = Unit,
        ["UpdateUser"] = User,
        ["ImportDirectory"] = new
        {
            dryRun = false,
            added = 1,
            changed = 1,
            unchanged = 0,
            rejected = 1,
            rows = new object[]
            {
                new { line = 2, kind = "Unit", key = "SE2321000206-H020", outcome = "Added", changedColumns = Array.Empty<string>(), problems = Array.Empty<object>() },
                new { line = 3, kind = "User", key = "erik.johansson", outcome = "Changed", changedColumns = new[] { "titel", "enheter" }, problems = Array.Empty<object>() },
                new { line = 4, kind = "User", key = "eva.strom", outcome = "Rejected", changedColumns = Array.Empty<string>(), problems = new[] { new { column = "roll", message = "Okänd roll. Skriv socialsekreterare, hälso- och sjukvård, SIP-stödjare eller administratör.", value = "sköterska" } } },
            },
        },
        ["GetCountyPolicy"] = PolicyView,
        ["ChangeCountyPolicy"] = PolicyView,
    };

    private static readonly object PlanChangedExample = new { planId = Plan, version = 8, createdId = Item };

    public static Task AddTo(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null)
        {
            return Task.CompletedTask;
        }

        if (Requests.TryGetValue(name, out var request) && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
        {
            body.Example = JsonSerializer.SerializeToNode(request, Json);
        }

        var answer = Responses.TryGetValue(name, out var response) ? JsonSerializer.SerializeToNode(response, Json)
            : Requests.ContainsKey(name) ? JsonSerializer.SerializeToNode(PlanChangedExample, Json)
            : null;
        if (answer is not null && operation.Responses is not null)
        {
            foreach (var success in operation.Responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
            {
                if (success.Content?.TryGetValue("application/json", out var media) == true)
                {
                    media.Example = answer.DeepClone();
                }
            }
        }

        return Task.CompletedTask;
    }
}
