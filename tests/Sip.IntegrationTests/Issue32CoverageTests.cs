using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The endpoints added for issue 32 stay inside the walks that guard every endpoint: AccessMatrixTests sends
/// every route of the endpoint table to every kind of user, HostileInputTests spoils the example of every
/// operation of the OpenAPI document (OpenApiTests holds that every route is documented with its example),
/// AuditCompletenessTests reads every GET route, and CommandContractTests sends every plan command its 400,
/// 409, 422 and a success that must leave one audit line. A route renamed or a command dropped from the
/// contract fails here by name.
/// </summary>
public sealed class Issue32CoverageTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string Plan = "/api/v1/plans/{planId:guid}";

    /// <summary>The routes of issue 32 and, for a plan command, its row in CommandContractTests.</summary>
    private static readonly (string Method, string Route, string? Contract)[] Issue32 =
    [
        ("POST", "/api/v1/plans/", null),
        ("PUT", $"{Plan}/children", "RecordChildrenInHousehold"),
        ("PUT", $"{Plan}/report-of-concern-assessment", "RecordReportOfConcernAssessment"),
        ("PUT", $"{Plan}/communication-need", "RecordCommunicationNeed"),
        ("POST", $"{Plan}/participants", "InviteParticipant (god man)"),
        ("POST", $"{Plan}/participants/{{participantId:guid}}/forwarding", "ForwardInvitation"),
        ("POST", $"{Plan}/participants/{{participantId:guid}}/withdrawal", "WithdrawInvitation"),
        ("PUT", $"{Plan}/placement", "RegisterPlacement"),
        ("PUT", $"{Plan}/placement/medical-care", "ChooseMedicalCare"),
        ("PUT", $"{Plan}/placement/lvm-checklist", "RecordLvmChecklist"),
        ("PUT", $"{Plan}/actions/{{actionId:guid}}/ivo-report", "ReportActionToIvo"),
        ("PUT", $"{Plan}/fast-care-contact", "NameFastCareContact"),
        ("PUT", "/api/v1/county-policy", null),
        ("POST", "/api/v1/units", null),
        ("PUT", "/api/v1/units/{unitId:guid}", null),
        ("GET", Plan, null),
        ("GET", $"{Plan}/versions/{{number:int}}/document", null),
        ("GET", $"{Plan}/fhir", null),
    ];

    [Theory, SqliteData]
    public async Task Every_endpoint_of_issue_32_is_walked_by_the_access_matrix_the_hostile_input_and_the_command_contract(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var table = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (m, e.RoutePattern.RawText!)))
            .ToHashSet();
        var contract = ((System.Collections.IEnumerable)typeof(CommandContractTests)
                .GetField("Commands", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
            .Cast<object>()
            .Select(c => (string)c.GetType().GetProperty("Name")!.GetValue(c)!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Issue32, e => Assert.True(table.Contains((e.Method, e.Route)), $"{e.Method} {e.Route} is not in the endpoint table"));
        Assert.All(
            Issue32.Where(e => e.Contract is not null),
            e => Assert.True(contract.Contains(e.Contract!), $"{e.Contract} has no row in CommandContractTests"));
        output.WriteLine(string.Join("\n", Issue32.Select(e => $"{e.Method} {e.Route} {e.Contract ?? "(not a plan command)"}")));
    }
}
