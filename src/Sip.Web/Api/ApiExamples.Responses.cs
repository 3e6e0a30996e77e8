using Sip.Infrastructure.Seeding;

namespace Sip.Web.Api;

/// <summary>The worked example of every query's and directory call's answer.</summary>
internal static partial class ApiExamples
{
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
            personName =
                "Mikael Öhrn",
            hasProtectedIdentity = false,
            childrenInHousehold = false,
            reason = "Alkoholberoende och hemlöshet.",
            origin = "SocialServicesCase",
            externalCaseReference = "VU-2026-1187",
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            initiatingUnitName = "Socialtjänsten Östersund – Vuxenenheten",
            personGoals = "Jag vill ha en egen lägenhet.",
            overallResponsibleUnitId = (Guid?)null,
            overallResponsibleUnitName =
                (string?)null,
            firstMeetingDueOn = "2026-12-14",
            placement = (object?)null,
            createdAt = "2026-11-23T08:00:00Z",
            updatedAt =
                "2026-11-23T09:10:00Z",
            version = 6,
            participants =
                new[] { new { id = Item, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund,
                displayName = "Beroendemottagningen Östersund", relationship = (string?)null, state = "Invited", respondBy = "2026-11-30",
                declineReason = (string?)null } },
            consents = new[] { new { id = Item, givenBy = "Person", guardianNames = (string?)null, form = "Written",
                givenAt = "2026-11-23T08:05:00Z", scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                nextOfKinMayTakePart = true, withdrawnAt = (string?)null, supersededAt = (string?)null } },
            needs = new[] { "Boende", "Abstinensbehandling" },
            actions = new[] { new { id = Item, actionTypeCode = "kommun.boendestod", principal = "Municipality",
                owningUnitId = DemoDirectory.VuxenenhetenOstersund, owningUnitName = "Socialtjänsten Östersund – Vuxenenheten",
                description = "Boendestöd två gånger i veckan.", startOn = "2026-12-01", dueOn = (string?)null, status = "Proposed",
                acceptBy = "2026-11-30", rejectionReason = (string?)null } },
            meetings = Array.Empty<object>(),
            followUps = Array.Empty<object>(),
            versions = Array.Empty<object>(),
        },
        ["ListMyPlans"] =
            new
            {
                items = new[] { new { id = Plan, referenceNumber = "SIP-2026-000123", personName = "Mikael Öhrn", status = "Invited",
            initiatingUnitName = "Socialtjänsten Östersund – Vuxenenheten", firstMeetingDueOn = "2026-12-14", nextFollowUpOn =
            (string?)null, updatedAt = "2026-11-23T09:10:00Z" } },
                page = 1,
                pageSize = 25,
                totalCount = 1
            },
        ["GetPlanVersions"] =
            new[] { new { number = 2, establishedAt = "2027-03-01T09:00:00Z", personParticipated = true,
            personAbsenceReason = (string?)null, content = new { referenceNumber = "SIP-2026-000123" }, changes =
            new[] { new { area = "needs", kind = "Added", subject = "Sysselsättning", from = (string?)null, to = (string?)null } } } },
        ["GetEstablishmentReadiness"] =
            new
            {
                canBeEstablished = false,
                gaps = new[] { new { code = "plan.overall-responsible-required",
            message = "Ange vilken huvudman som har det övergripande ansvaret för planen." } }
            },
        ["GetPlanAuditTrail"] =
            new
            {
                entries = new[] { new { occurredAt = "2026-11-23T09:12:00Z", userName = "Erik Johansson",
            unitName = "Beroendemottagningen Östersund", kind = "Read", action = "GetPlan", origin = "10.1.2.3" } },
                totalCount = 1
            },
        ["GetUnitInbox"] =
            new
            {
                items = new[] { new { kind = "InvitationToAnswer", planId = Plan, referenceNumber = "SIP-2026-000123", planVersion = 4,
            itemId = Item, what = "Beroendemottagningen Östersund", dueOn = "2026-11-30", isOverdue = false, mayDecline = false } },
                page = 1,
                pageSize = 25,
                totalCount = 3,
                counts =
            new { invitationsToAnswer = 1, actionsToAccept = 2, firstMeetingsDue = 0, followUpsDue = 0, actionsRejected = 0 },
                today =
            "2026-11-23"
            },
        ["GetReminders"] =
            new[] { new { kind = "InvitationUnanswered", planId = Plan, referenceNumber = "SIP-2026-000123",
            owingUnits = "Beroendemottagningen Östersund", deadline = "2026-11-30", step = 1, isEscalation = true, toMeByName = true,
            lastRemindedAt = "2026-12-07T06:00:00Z", mayOpenPlan = true } },
        ["GetAreaAudit"] =
            new
            {
                today = "2026-11-23",
                openByStatus = new[] { new { status = "Invited", plans = 14 } },
                openByUnit =
            new[] { new { unitId = DemoDirectory.VuxenenhetenOstersund, unitName = "Socialtjänsten Östersund – Vuxenenheten",
            plans = 9 } },
                findings = new[] { new { finding = "NoOverallResponsible", plans = 6 } },
                overdue = new[] { new { kind = "InvitationUnanswered", upToAWeek = 2, upToAMonth = 1, longer = 0 } }
            },
        ["ReviewAccessLog"] =
            new
            {
                entries = new[] { new { id = "0193a1c2-7f00-7000-8000-00000000a001", occurredAt = "2026-11-20T09:14:00+01:00",
            userId = "8c3d0000-0000-4000-8000-000000000002", userName = "Maria Nilsson", unitName = "Beroendemottagningen Östersund",
            planReference = "SIP-2026-000004", kind = "Read", action = "GetPlan", origin = "10.12.0.31", otherUnitsPlan = true } },
                page = 1,
                pageSize = 100,
                totalCount = 1,
                readers =
            new[] { new { userId = "8c3d0000-0000-4000-8000-000000000002", userName = "Maria Nilsson", plansRead = 31,
            plansOfOtherUnits = 24, unusual = true } }
            },
        ["GetProcessStatistics"] =
            new
            {
                from = "2026-01-01",
                to = "2026-12-31",
                started = 120,
                established = 88,
                closed = 40,
                toFirstMeeting = new { plans = 101, median = 12.0, percentile90 = 25.0 },
                toEstablishment =
            new { plans = 88, median = 19.0, percentile90 = 41.0 },
                followUpsDue = 60,
                followUpsOnTime = 47,
                withOwnGoals = 97,
                withNextOfKin = 35,
                byUnit = new[] { new { name = "Socialtjänsten Östersund – Vuxenenheten", started = 64 } },
                byOrganization = new[] { new { name = "Östersunds kommun", started = 80 } },
                byPrincipal =
            new[] { new { name = "Kommunen", started = 80 } }
            },
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
        ["ListAreaPlans"] =
            new
            {
                items = new[] { new { id = Plan, referenceNumber = "SIP-2026-000123", status = "Invited",
            startedAt = "2026-11-23T08:00:00Z", initiatingUnitName = "Socialtjänsten Östersund – Vuxenenheten",
            overallResponsibleUnitName = (string?)null, hasActiveConsent = true, unitsTakingPart = 2, actionsAwaitingAcceptance = 1,
            firstMeetingDueOn = "2026-12-14", firstMeetingAt = (string?)null, establishedAt = (string?)null, nextFollowUpOn = (string?)null,
            isOverdue = false } },
                page = 1,
                pageSize = 50,
                totalCount = 1
            },
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
                new { line = 2, kind = "Unit", key = "SE2321000206-H020", outcome = "Added", changedColumns = Array.Empty<string>(),
                    problems = Array.Empty<object>() },
                new { line = 3, kind = "User", key = "erik.johansson", outcome = "Changed", changedColumns = new[] { "titel", "enheter" },
                    problems = Array.Empty<object>() },
                new { line = 4, kind = "User", key = "eva.strom", outcome = "Rejected", changedColumns = Array.Empty<string>(),
                    problems = new[] { new { column = "roll",
                    message = "Okänd roll. Skriv socialsekreterare, hälso- och sjukvård, SIP-stödjare eller administratör.", value =
                    "sköterska" } } },
            },
        },
        ["GetCountyPolicy"] = PolicyView,
        ["ChangeCountyPolicy"] = PolicyView,
    };
}
