using System.Globalization;
using Mediator;
using Sip.Application.Features;
using Sip.Application.Features.Actions;
using Sip.Application.Features.Consent;
using Sip.Application.Features.Deviations;
using Sip.Application.Features.Feedback;
using Sip.Application.Features.FollowUps;
using Sip.Application.Features.Meetings;
using Sip.Application.Features.Participants;
using Sip.Application.Features.Placements;
using Sip.Application.Features.Plans;

namespace Sip.Web.Api;

/// <summary> Every change of a plan, as resources under /api/v1/plans/{planId}. The body is the command; the ids in the route win over any
/// in the body. Each answers with the plan's new version, which the next change must send as expectedVersion (409 otherwise). </summary>
internal static class PlanCommandEndpoints
{
    public static RouteGroupBuilder MapPlanCommandEndpoints(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/plans/{planId:guid}").WithTags("Planer");

        plan.Change<RecordConsent>("POST", "/consents",
            "Registrera samtycke och vilka organisationer som får dela information.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<WithdrawConsent>("POST", "/consents/withdrawal",
            "Återkalla samtycket; enheter utanför den initierande förlorar åtkomst direkt.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<InviteParticipant>("POST", "/participants",
            "Kalla en huvudmans enhet, bjud in en annan aktör, närstående eller vårdnadshavare.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<RespondToInvitation>("PUT", "/participants/{participantId:guid}/response",
            "Besvara en inbjudan (bara den inbjudna enhetens personal).",
            (c, r) => c with { PlanId = r.Id("planId"), ParticipantId = r.Id("participantId") });
        plan.Change<ForwardInvitation>("POST", "/participants/{participantId:guid}/forwarding",
            "Vidarebefordra en kallelse till rätt enhet hos samma huvudman, med skäl (bara den kallade enhetens personal).",
            (c, r) => c with { PlanId = r.Id("planId"), ParticipantId = r.Id("participantId") }, creates: true);
        plan.Change<WithdrawInvitation>("POST", "/participants/{participantId:guid}/withdrawal",
            "Återkalla en kallelse som skickats av misstag, med skäl (bara den initierande enhetens personal).",
            (c, r) => c with { PlanId = r.Id("planId"), ParticipantId = r.Id("participantId") });
        plan.Change<ChangeParticipantEmail>("PUT", "/participants/{participantId:guid}/email",
            "E-post för kallelser och mötestider till personen, närstående eller vårdnadshavare (tom tar bort den).",
            (c, r) => c with { PlanId = r.Id("planId"), ParticipantId = r.Id("participantId") });
        plan.Change<RecordGoalsAndNeeds>("PUT", "/goals",
            "Personens egna mål och behoven.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<RecordReportOfConcernAssessment>("PUT", "/report-of-concern-assessment",
            "Bedömning av om en orosanmälan behövs när barn finns i hushållet.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<RecordChildrenInHousehold>("PUT", "/children",
            "Barn i hushållet (HSL 5 kap. 7 §): ålder, var barnen bor, vårdnadshavare, och om barnens behov av information, råd och stöd "
                + "är ett behov i planen.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<AssignOverallResponsibility>("PUT", "/overall-responsibility",
            "Ge eller överlämna det övergripande ansvaret.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<NameFastCareContact>("PUT", "/fast-care-contact",
            "Ange personens fasta vårdkontakt i regionen (patientlagen 6 kap. 2 §): enhet, namn och telefon.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<RecordCommunicationNeed>("PUT", "/communication-need",
            "Behov av tolk (med språk) eller annat kommunikationsstöd; visas vid varje möte och i kallelsen till enheterna.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<ProposeAction>("POST", "/actions",
            "Föreslå en insats för en deltagande enhet.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<DecideAction>("PUT", "/actions/{actionId:guid}/acceptance",
            "Acceptera eller avvisa en insats (bara ansvarig enhets personal).",
            (c, r) => c with { PlanId = r.Id("planId"), ActionId = r.Id("actionId") });
        plan.Change<ChangeActionStatus>("PUT", "/actions/{actionId:guid}/status",
            "Rapportera att en insats pågår, är genomförd eller avbruten.",
            (c, r) => c with { PlanId = r.Id("planId"), ActionId = r.Id("actionId") });
        plan.Change<ReportActionToIvo>("PUT", "/actions/{actionId:guid}/ivo-report",
            "Registrera vilken dag en beviljad insats som inte påbörjats inom tre månader rapporterades till IVO (ej verkställt beslut).",
            (c, r) => c with { PlanId = r.Id("planId"), ActionId = r.Id("actionId") });
        plan.Change<ScheduleMeeting>("POST", "/meetings",
            "Boka SIP-mötet.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<RescheduleMeeting>("PUT", "/meetings/{meetingId:guid}",
            "Flytta SIP-mötet.",
            (c, r) => c with { PlanId = r.Id("planId"), MeetingId = r.Id("meetingId") });
        plan.Change<CancelMeeting>("POST", "/meetings/{meetingId:guid}/cancellation",
            "Ställ in SIP-mötet.",
            (c, r) => c with { PlanId = r.Id("planId"), MeetingId = r.Id("meetingId") });
        plan.Change<RecordMeetingHeld>("POST", "/meetings/{meetingId:guid}/held",
            "Markera att SIP-mötet hölls; bara ett hållet möte uppfyller en tidsfrist.",
            (c, r) => c with { PlanId = r.Id("planId"), MeetingId = r.Id("meetingId") });
        plan.Change<EstablishPlan>("POST", "/establishment",
            "Fastställ planen: alla villkor kontrolleras och en oföränderlig version sparas.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<ScheduleFollowUp>("POST", "/follow-ups",
            "Planera en uppföljning.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<RecordFollowUp>("POST", "/follow-ups/{followUpId:guid}/record",
            "Genomför uppföljningen; planen revideras i en ny version.",
            (c, r) => c with { PlanId = r.Id("planId"), FollowUpId = r.Id("followUpId") }, creates: true);
        plan.Change<RegisterPlacement>("PUT", "/placement",
            "Registrera en placering på HVB eller annat boende; ger tidsfrister för SIP-möte och kostnadsfördelning.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<ChooseMedicalCare>("PUT", "/placement/medical-care",
            "Regionen väljer hur den medicinska delen av placeringen ges (remiss, egen vård eller vård på boendet).",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<RecordLvmChecklist>("PUT", "/placement/lvm-checklist",
            "Checklistan vid LVM: anmälan enligt 6 § LVM (vem och när) och var läkarintyget skrivs.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<ClassifyAction>("PUT", "/actions/{actionId:guid}/nature",
            "Markera en insats som social eller medicinsk (insatsens egen huvudman).",
            (c, r) => c with { PlanId = r.Id("planId"), ActionId = r.Id("actionId") });
        plan.Change<ProposeCostAllocation>("POST", "/cost-allocations",
            "Föreslå ansvarsförbindelsen: huvudmännens andelar och underlaget.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<AgreeCostAllocation>("POST", "/cost-allocations/current/agreement",
            "Godkänn förslaget som inloggad chef för din huvudman; när båda huvudmännen godkänt är fördelningen klar.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<DisputeCostAllocation>("POST", "/cost-allocations/current/dispute",
            "Invänd mot förslaget; blir en avvikelse om kostnad. Att placeringen redan skett är aldrig skäl att neka kostnadsansvar.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<RaiseDeviation>("POST", "/deviations",
            "Registrera en avvikelse om ansvar eller kostnad mot den andra huvudmannen.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<EscalateDeviation>("POST", "/deviations/{deviationId:guid}/escalation",
            "Lyft avvikelsen ett steg i länets eskaleringstrappa; en kostnadstvist endast avidentifierad.",
            (c, r) => c with { PlanId = r.Id("planId"), DeviationId = r.Id("deviationId") });
        plan.Change<ResolveDeviation>("POST", "/deviations/{deviationId:guid}/resolution",
            "Registrera beslutet som löste avvikelsen.",
            (c, r) => c with { PlanId = r.Id("planId"), DeviationId = r.Id("deviationId") });
        plan.Change<RecordFeedback>("POST", "/feedback",
            "Registrera en synpunkt eller ett klagomål från personen och lämna det till ansvarig enhet.",
            (c, r) => c with { PlanId = r.Id("planId") }, creates: true);
        plan.Change<AnswerFeedback>("POST", "/feedback/{feedbackId:guid}/answer",
            "Registrera svaret personen fick.",
            (c, r) => c with { PlanId = r.Id("planId"), FeedbackId = r.Id("feedbackId") });
        plan.Change<ClosePlan>("POST", "/closure",
            "Avsluta planen.",
            (c, r) => c with { PlanId = r.Id("planId") });
        plan.Change<CancelPlan>("POST", "/cancellation",
            "Makulera en plan som aldrig fastställdes.",
            (c, r) => c with { PlanId = r.Id("planId") });
        return api;
    }

    /// <summary>Maps one plan command, named as its type, with the ids in the route put into the body.</summary>
    private static void Change<TCommand>(
        this RouteGroupBuilder plan, string method, string pattern, string summary,
        Func<TCommand, RouteValueDictionary, TCommand> withRoute, bool creates = false)
        where TCommand : class, ICommand<PlanChanged>
    {
        plan.MapMethods(pattern, [method], async (HttpContext http, TCommand command, ISender sender, CancellationToken ct) =>
            {
                var changed = await sender.Send(withRoute(command, http.Request.RouteValues), ct);
                return creates ? Results.Created($"/api/v1/plans/{changed.PlanId}", changed) : Results.Ok(changed);
            })
            .WithName(typeof(TCommand).Name)
            .WithSummary(summary)
            .Produces<PlanChanged>(creates ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesPlanProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    // The route constraint {x:guid} has already checked the format.
    private static Guid Id(this RouteValueDictionary values, string key) =>
        Guid.Parse(Convert.ToString(values[key], CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
}
