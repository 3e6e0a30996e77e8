using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sip.Infrastructure.Seeding;

namespace Sip.Web.Api;

/// <summary> A worked example for every request body and command answer in the OpenAPI document, in the demo county's terms, so that a
/// municipality's developers can try each call from the reference page. </summary>
internal static partial class ApiExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // Properties, not fields: the example dictionaries live in other parts, whose initialisation order is unspecified.
    private static Guid Plan => new("019a2f00-0000-7000-8000-000000000001");
    private static Guid Item => new("019a2f00-0000-7000-8000-0000000000aa");

    private static object Policy => new
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
    private static object PolicyView => new
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

    private static object Unit => new
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

    private static object User =>
        new
        {
            id = DemoDirectory.Nurse,
            userName = "erik.johansson",
            displayName = "Erik Johansson",
            title = "Sjuksköterska",
            hsaId = "SE2321000206-E1001",
            role = "HealthcareStaff",
            unitIds = new[] { DemoDirectory.BeroendemottagningenOstersund },
            areaOrganizationId = (Guid?)null,
            isActive = true,
            email = "erik.johansson@regionjh.example.se",
            isManager = false
        };

    private static readonly object PlanChangedExample = new { planId = Plan, version = 8, createdId = Item };

    public static Task AddTo(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null)
        {
            return Task.CompletedTask;
        }

        if (Requests.TryGetValue(name, out var request)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
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
