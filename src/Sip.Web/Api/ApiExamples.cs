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

    private static readonly Dictionary<string, object> Requests = new(StringComparer.Ordinal)
    {
        ["StartPlanFromCase"] = new { initiatingUnitId = DemoDirectory.VuxenenhetenOstersund, externalCaseReference = "VU-2026-1187", origin = "SocialServicesCase", personalIdentityNumber = "19850314-9828", personName = "Mikael Öhrn", hasProtectedIdentity = false, childrenInHousehold = false, reason = "Alkoholberoende och hemlöshet; behöver samordnad abstinensbehandling och boende.", placement = (object?)null },
        ["RecordConsent"] = new { expectedVersion = 1, givenBy = "Person", form = "Written", scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh }, nextOfKinMayTakePart = true },
        ["WithdrawConsent"] = new { expectedVersion = 7, note = "Personen vill inte längre att information delas." },
        ["InviteParticipant"] = new { expectedVersion = 2, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund },
        ["RespondToInvitation"] = new { expectedVersion = 3, accept = true },
        ["RecordGoalsAndNeeds"] = new { expectedVersion = 4, personGoals = "Jag vill ha en egen lägenhet och klara mig utan alkohol.", needs = new[] { "Boende", "Abstinensbehandling" } },
        ["RecordReportOfConcernAssessment"] = new { expectedVersion = 4, assessment = "Barnen bor hos den andra föräldern; ingen orosanmälan behövs nu." },
        ["AssignOverallResponsibility"] = new { expectedVersion = 9, unitId = DemoDirectory.VuxenenhetenOstersund },
        ["ProposeAction"] = new { expectedVersion = 5, actionTypeCode = "kommun.boendestod", owningUnitId = DemoDirectory.VuxenenhetenOstersund, description = "Boendestöd två gånger i veckan.", startOn = "2026-12-01" },
        ["DecideAction"] = new { expectedVersion = 6, accept = false, rejectionReason = "Behovet bedöms bättre mötas av hälsocentralen." },
        ["ChangeActionStatus"] = new { expectedVersion = 11, status = "Ongoing" },
        ["ScheduleMeeting"] = new { expectedVersion = 5, startsAt = "2026-12-02T08:00:00Z", durationMinutes = 60, location = "Rådhusgatan 42, Östersund", attendeeParticipantIds = new[] { Item } },
        ["RescheduleMeeting"] = new { expectedVersion = 6, startsAt = "2026-12-03T08:00:00Z", durationMinutes = 60, videoLink = "https://mote.example.se/sip-123" },
        ["CancelMeeting"] = new { expectedVersion = 7, reason = "Personen är inlagd på sjukhus." },
        ["EstablishPlan"] = new { expectedVersion = 10, personParticipated = true, personApproved = true, nextFollowUpOn = "2027-03-01" },
        ["ScheduleFollowUp"] = new { expectedVersion = 12, dueOn = "2027-06-01" },
        ["RecordFollowUp"] = new { expectedVersion = 13, summary = "Boendet fungerar; behandlingen pågår.", personParticipated = true, personApproved = true, nextFollowUpOn = "2027-06-01" },
        ["ClosePlan"] = new { expectedVersion = 14, reason = "GoalsReached", note = (string?)null },
        ["CancelPlan"] = new { expectedVersion = 2, reason = "Personen ville inte samtycka till en SIP." },
    };

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

        var answer = name == "StartPlanFromCase"
            ? JsonSerializer.SerializeToNode(new { planId = Plan, referenceNumber = "SIP-2026-000123", alreadyExisted = false }, Json)
            : Requests.ContainsKey(name) ? JsonSerializer.SerializeToNode(new { planId = Plan, version = 8, createdId = Item }, Json) : null;
        if (answer is not null && operation.Responses is not null)
        {
            foreach (var response in operation.Responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
            {
                if (response.Content?.TryGetValue("application/json", out var media) == true)
                {
                    media.Example = answer.DeepClone();
                }
            }
        }

        return Task.CompletedTask;
    }
}
