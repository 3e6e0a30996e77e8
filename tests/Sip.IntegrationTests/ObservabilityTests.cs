using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Application.Telemetry;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// What the app tells its operators: a request is a span named by its route, every use case is
/// timed by name and outcome, reminders and e-mails are counted — and nothing about the person is
/// told at all: not in a log line at any level, a span, a metric or the resource, not even when a
/// mail server quotes their address back.
/// </summary>
public sealed class ObservabilityTests(TelemetryApp telemetry) : IClassFixture<TelemetryApp>
{
    private const string RoutedPlan = "/api/v1/plans/{planId:guid}";

    private static readonly (string IdentityNumber, string Name, string Email, string Reason, string Goals) Person =
        ("19640823-3473", "Ottilia Spårsdotter", "ottilia.sparsdotter@example.se", "Spelberoende och skulder sedan våren.",
            "Jag vill flytta närmare min syster i Brunflo.");

    private static readonly (string Name, string Email) Relative = ("Vilgot Spårsson", "vilgot.sparsson@example.se");

    /// <summary>Every form the person can be found by: the personnummer with and without the hyphen, in 12 and 10 digits, the names, the
    /// addresses, what was written.</summary>
    private static readonly string[] Secrets =
    [
        Person.IdentityNumber, "196408233473", "640823-3473", "6408233473",
        Person.Name, "Ottilia", "Spårsdotter", Uri.EscapeDataString("Spårsdotter"), "sparsdotter",
        Relative.Name, "Vilgot", "Spårsson", Uri.EscapeDataString("Spårsson"), "sparsson",
        Person.Email, Relative.Email, Person.Reason, Person.Goals,
    ];

    [Theory, SqliteData, PostgresData]
    public async Task A_request_is_a_span_named_by_its_route_and_each_use_case_is_timed_by_name_and_outcome(DatabaseProvider provider)
    {
        var run = await telemetry.For(provider);
        var app = run.App;
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = await Scenarios.StartWithConsentAsync(social, "Spann Mätarsson", "19780923-9846");

        // The caller's trace id is carried on, which also tells this request's spans from any other test's.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var read = await social.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var missing = await social.GetAsync($"/api/v1/plans/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var invalid = await social.PostJsonAsync("/api/v1/plans", new { initiatingUnitId = DemoDirectory.VuxenenhetenOstersund });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var server = await telemetry.SpanAsync(s => s.TraceId == traceId && s.Kind == ActivityKind.Server);
        Assert.Equal($"GET {RoutedPlan}", server.DisplayName);
        Assert.Equal(RoutedPlan, server.GetTagItem("http.route"));
        Assert.Equal(RoutedPlan, server.GetTagItem("url.path"));
        var useCase = await telemetry.SpanAsync(s => s.TraceId == traceId && s.Source.Name == SipTelemetry.Name && s.DisplayName
            == nameof(GetPlan));
        Assert.Equal((server.SpanId, "query", "success"),
            (useCase.ParentSpanId, useCase.GetTagItem("sip.request.kind") as string, useCase.GetTagItem("sip.request.outcome") as string));
        // A command's span in the trace, with its statement (parameters, not values). Not asserted
        // to be the use case's child: with an app per provider in this process, two SDKs each open
        // a span for every command, and the second nests in the first.
        await telemetry.SpanAsync(s => s.TraceId == traceId && s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore"
            && (s.GetTagItem("db.statement") ?? s.GetTagItem("db.query.text")) is not null);
        var planId = plan.PlanId.ToString();
        Assert.All(telemetry.Spans.Snapshot().Where(s => s.TraceId == traceId), s =>
        {
            Assert.DoesNotContain(planId, s.DisplayName, StringComparison.OrdinalIgnoreCase);
            Assert.All(s.TagObjects,
                tag => Assert.DoesNotContain(planId, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture)
                    ?? string.Empty, StringComparison.OrdinalIgnoreCase));
        });

        var timed = telemetry.Points(run, "sip.request.duration");
        Assert.Contains(timed, Tagged(nameof(StartPlanFromCase), "command", "success"));
        Assert.Contains(timed, Tagged(nameof(StartPlanFromCase), "command", "validation"));
        Assert.Contains(timed, Tagged(nameof(GetPlan), "query", "success"));
        Assert.Contains(timed, Tagged(nameof(GetPlan), "query", "not_found"));

        var resource = app.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(("sip", "All"), (resource["service.name"] as string, resource["sip.role"] as string));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_plan_s_whole_flow_leaves_no_personnummer_name_e_mail_or_text_in_any_log_line_span_or_metric(
        DatabaseProvider provider)
    {
        var run = await telemetry.For(provider);
        var app = run.App;
        run.Smtp.UnknownRecipients.UnionWith([Person.Email, Relative.Email]);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);

        var started = await Read<PlanStarted>(social.PostJsonAsync("/api/v1/plans", new
        {
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            externalCaseReference = $"OT-{Guid.NewGuid():N}"[..20],
            origin = "SocialServicesCase",
            personalIdentityNumber = Person.IdentityNumber,
            personName = Person.Name,
            reason = Person.Reason,
        }), HttpStatusCode.Created);
        var plan = $"/api/v1/plans/{started.PlanId}";

        // The start page's search, by personnummer and by name, goes in the query string.
        await Expect(social.GetAsync($"/api/v1/plans?search={Person.IdentityNumber}"), HttpStatusCode.OK);
        await Expect(social.GetAsync($"/api/v1/plans?search={Uri.EscapeDataString(Person.Name)}"), HttpStatusCode.OK);

        var version = (await Read<PlanChanged>(
            social.PostJsonAsync($"{plan}/consents",
                new
                {
                    expectedVersion = 1,
                    givenBy = "Person",
                    form = "Written",
                    scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                    nextOfKinMayTakePart = true
                }),
            HttpStatusCode.Created)).Version;
        var clinic = await Read<PlanChanged>(
            social.PostJsonAsync($"{plan}/participants",
                new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund }),
            HttpStatusCode.Created);
        var centre = await Read<PlanChanged>(
            social.PostJsonAsync($"{plan}/participants",
                new { expectedVersion = clinic.Version, kind = "PrincipalUnit", unitId = DemoDirectory.HalsocentralenOdenslund }),
            HttpStatusCode.Created);
        version = (await Read<PlanChanged>(
            social.PostJsonAsync($"{plan}/participants",
                new
                {
                    expectedVersion = centre.Version,
                    kind = "NextOfKin",
                    name = Relative.Name,
                    relationship = "Bror",
                    email = Relative.Email
                }), HttpStatusCode.Created)).Version;

        var person = (await social.GetFromJsonAsync<PlanDetail>(new Uri(plan, UriKind.Relative), Json.Options))!.Participants.Single(p =>
            p.Kind == ParticipantKind.Person);
        await Expect(social.PutJsonAsync($"{plan}/participants/{person.Id}/email",
            new { expectedVersion = version, email = "ottilia.sparsdotter@" }), HttpStatusCode.BadRequest);
        version = (await Read<PlanChanged>(
            social.PutJsonAsync($"{plan}/participants/{person.Id}/email", new { expectedVersion = version, email = Person.Email }),
            HttpStatusCode.OK)).Version;
        await Expect(social.PutJsonAsync($"{plan}/goals",
            new { expectedVersion = 1, personGoals = Person.Goals, needs = new[] { "Boende" } }), HttpStatusCode.Conflict);
        version = (await Read<PlanChanged>(
            social.PutJsonAsync($"{plan}/goals",
                new { expectedVersion = version, personGoals = Person.Goals, needs = new[] { "Boende", "Skuldrådgivning" } }),
            HttpStatusCode.OK)).Version;
        version = (await Read<PlanChanged>(
            social.PostJsonAsync($"{plan}/meetings",
                new
                {
                    expectedVersion = version,
                    startsAt = SipWebFactory.Now.AddDays(7),
                    durationMinutes = 60,
                    location = "Rådhuset, rum 3",
                    attendeeParticipantIds = new[] { clinic.CreatedId }
                }), HttpStatusCode.Created)).Version;
        await Expect(nurse.PutJsonAsync($"{plan}/participants/{clinic.CreatedId}/response",
            new { expectedVersion = version, accept = true }), HttpStatusCode.OK);
        await Expect(social.GetAsync(plan), HttpStatusCode.OK);
        await Expect(social.GetAsync($"{plan}/audit-trail"), HttpStatusCode.OK);

        // The mail server turns the person's and the närstående's addresses away, quoting them;
        // a month on, the health centre has still not answered and is reminded.
        await DispatchAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(30));
        await Scenarios.ScanDeadlinesAsync(app);
        await DispatchAsync(app);

        await using (var db = app.Database.CreateContext())
        {
            var refused = await db.Outbox.Where(m => m.PlanId == started.PlanId && m.Attempts > 0).ToListAsync();
            Assert.NotEmpty(refused);
            Assert.All(refused, m => Assert.DoesNotContain("@", m.LastError, StringComparison.Ordinal));
        }

        var exported = telemetry.EverythingExported(run).ToList();

        // The capture saw the flow, so finding nothing in it means something.
        Assert.Contains(exported, e => e.Where == "log"
            && e.Text.StartsWith("Microsoft.EntityFrameworkCore.Database.Command Debug", StringComparison.Ordinal));
        Assert.Contains(exported, e => e.Where == "log" && e.Text.Contains("RecipientNotAccepted", StringComparison.Ordinal));
        Assert.Contains(exported, e => e.Where.EndsWith(" db.statement", StringComparison.Ordinal)
            || e.Where.EndsWith(" db.query.text", StringComparison.Ordinal));
        Assert.Contains(exported,
            e => e.Where.StartsWith($"span {SipTelemetry.Name} {nameof(StartPlanFromCase)}", StringComparison.Ordinal));
        Assert.Contains(telemetry.Points(run, "sip.outbox.messages"), p => p["sip.outbox.outcome"] == "failed" && p["sip.notice.recipient"]
            == nameof(NoticeRecipient.Participant));
        Assert.Contains(telemetry.Points(run, "sip.reminders.written"), p => p["sip.deadline.kind"]
            == nameof(DeadlineKind.InvitationUnanswered));

        var leaks = exported.Where(e => Secrets.Any(secret => e.Text.Contains(secret, StringComparison.OrdinalIgnoreCase))).Take(10)
            .ToList();
        Assert.True(leaks.Count == 0, "Personal data left the app:\n" + string.Join('\n', leaks.Select(l => $"{l.Where}: {l.Text}")));
    }

    [Fact]
    public async Task The_framework_logs_that_quote_what_a_user_sent_stay_off_with_every_other_level_on()
    {
        var loggers = (await telemetry.For(DatabaseProvider.Sqlite)).App.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Trace));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher").IsEnabled(LogLevel.Debug));
    }

    private static Predicate<Dictionary<string, string>> Tagged(string request, string kind, string outcome) =>
        tags => tags.GetValueOrDefault("sip.request.name") == request && tags.GetValueOrDefault("sip.request.kind") == kind
            && tags.GetValueOrDefault("sip.request.outcome") == outcome;

    private static async Task<T> Read<T>(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    private static async Task Expect(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task DispatchAsync(SipWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }
}
