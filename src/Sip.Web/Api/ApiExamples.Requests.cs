using Sip.Infrastructure.Seeding;

namespace Sip.Web.Api;

/// <summary>The worked example of every request body.</summary>
internal static partial class ApiExamples
{
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
        ["RecordConsent"] =
            new
            {
                expectedVersion = 1,
                givenBy = "Person",
                form = "Written",
                scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                nextOfKinMayTakePart = true
            },
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
        ["ProposeCostAllocation"] =
            new
            {
                expectedVersion = 7,
                shareKind = "Percent",
                municipalityShare = 60,
                regionShare = 40,
                basis = "Behandlingen av beroendet är hälso- och sjukvård; boende och stöd i vardagen är socialtjänst."
            },
        ["AgreeCostAllocation"] = new { expectedVersion = 8 },
        ["DisputeCostAllocation"] =
            new
            {
                expectedVersion = 8,
                ground = "SharesOrBasis",
                reason = "Andelen för behandling är för låg i förhållande till vårdtiden."
            },
        ["RaiseDeviation"] =
            new
            {
                expectedVersion = 8,
                counterpartOrganizationId = DemoDirectory.RegionJh,
                description = "Oenighet om vem som ansvarar för abstinensbehandlingen.",
                isCostDispute = false
            },
        ["EscalateDeviation"] =
            new { expectedVersion = 9, deIdentifiedSummary = "Oenighet om kostnad för behandlingsdelen av en HVB-placering." },
        ["ResolveDeviation"] =
            new { expectedVersion = 10, resolution = "Regionen ansvarar för behandlingsdelen enligt länsöverenskommelsen." },
        ["RecordFeedback"] =
            new
            {
                expectedVersion = 8,
                kind = "Complaint",
                text = "Personen upplever att ingen har återkommit om boendet.",
                receivedOn = "2026-11-23",
                routedToUnitId = DemoDirectory.VuxenenhetenOstersund
            },
        ["AnswerFeedback"] = new { expectedVersion = 9, answer = "Handläggaren ringde personen och bokade ett möte." },
        ["RecordGoalsAndNeeds"] =
            new
            {
                expectedVersion = 4,
                personGoals = "Jag vill ha en egen lägenhet och klara mig utan alkohol.",
                needs = new[] { "Boende", "Abstinensbehandling" }
            },
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
        ["ProposeAction"] =
            new
            {
                expectedVersion = 5,
                actionTypeCode = "kommun.boendestod",
                owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                description = "Boendestöd två gånger i veckan.",
                startOn = "2026-12-01"
            },
        ["DecideAction"] =
            new { expectedVersion = 6, accept = false, rejectionReason = "Behovet bedöms bättre mötas av hälsocentralen." },
        ["ChangeActionStatus"] = new { expectedVersion = 11, status = "Ongoing" },
        ["ReportActionToIvo"] = new { expectedVersion = 12, reportedOn = "2027-03-01" },
        ["ScheduleMeeting"] =
            new
            {
                expectedVersion = 5,
                startsAt = "2026-12-02T08:00:00Z",
                durationMinutes = 60,
                location = "Rådhusgatan 42, Östersund",
                attendeeParticipantIds = new[] { Item }
            },
        ["RescheduleMeeting"] =
            new
            {
                expectedVersion = 6,
                startsAt = "2026-12-03T08:00:00Z",
                durationMinutes = 60,
                videoLink = "https://mote.example.se/sip-123"
            },
        ["CancelMeeting"] = new { expectedVersion = 7, reason = "Personen är inlagd på sjukhus." },
        ["RecordMeetingHeld"] = new { expectedVersion = 7 },
        ["EstablishPlan"] = new { expectedVersion = 10, personParticipated = true, personApproved = true, nextFollowUpOn = "2027-03-01" },
        ["ScheduleFollowUp"] = new { expectedVersion = 12, dueOn = "2027-06-01" },
        ["RecordFollowUp"] =
            new
            {
                expectedVersion = 13,
                summary = "Boendet fungerar; behandlingen pågår.",
                personParticipated = true,
                personApproved = true,
                nextFollowUpOn = "2027-06-01"
            },
        ["ClosePlan"] = new { expectedVersion = 14, reason = "GoalsReached", note = (string?)null },
        ["CancelPlan"] = new { expectedVersion = 2, reason = "Personen ville inte samtycka till en SIP." },
        ["CreateUnit"] =
            new
            {
                organizationId = DemoDirectory.RegionJh,
                name = "Hälsocentralen Lugnvik",
                kind = "PrimaryCare",
                hsaId = "SE2321000206-H020",
                invitationMailbox = "hc.lugnvik.sip@example.se"
            },
        ["CreateUser"] =
            new
            {
                userName = "eva.strom",
                displayName = "Eva Ström",
                title = "Sjuksköterska",
                hsaId = "SE2321000206-E2001",
                role = "HealthcareStaff",
                unitIds = new[] { DemoDirectory.HalsocentralenOdenslund }
            },
        ["UpdateUnit"] =
            new
            {
                name = "Hälsocentralen Odenslund",
                kind = "PrimaryCare",
                hsaId = "SE2321000206-H014",
                invitationMailbox = "sip@hc-odenslund.example.se",
                isActive = true
            },
        ["UpdateUser"] =
            new
            {
                displayName = "Erik Johansson",
                title = "Specialistsjuksköterska",
                hsaId = "SE2321000206-E1001",
                role = "HealthcareStaff",
                unitIds = new[] { DemoDirectory.BeroendemottagningenOstersund },
                isActive = true,
                email =
            "erik.johansson@regionjh.example.se",
                isManager = false
            },
        ["ChangeCountyPolicy"] = Policy,
    };
}
