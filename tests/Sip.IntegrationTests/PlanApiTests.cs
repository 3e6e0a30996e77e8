using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Plans;
using Sip.Domain.Audit;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>StartPlanFromCase and GetPlan end to end: HTTP → Mediator pipeline → EF Core → database.</summary>
public sealed class PlanApiTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static object StartBody(string caseReference, string identityNumber = "19850314-9828", object? placement = null) => new
    {
        initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
        externalCaseReference = caseReference,
        origin = "SocialServicesCase",
        personalIdentityNumber = identityNumber,
        personName = "Testa Testsson",
        hasProtectedIdentity = false,
        childrenInHousehold = false,
        reason = "Behöver samordning mellan socialtjänst och beroendevård.",
        placement,
    };

    [Theory, SqliteData, PostgresData]
    public async Task Starting_a_plan_from_a_case_creates_it_and_the_initiating_unit_can_read_it(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);

        using var created = await client.PostJsonAsync("/api/v1/plans", StartBody($"T-{Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var started = await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);
        Assert.NotNull(started);
        Assert.Matches(@"^SIP-2026-\d{6}$", started.ReferenceNumber);
        Assert.Equal($"/api/v1/plans/{started.PlanId}", created.Headers.Location?.OriginalString);

        using var read = await client.GetAsync($"/api/v1/plans/{started.PlanId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var plan = await read.Content.ReadFromJsonAsync<PlanDetail>(Json.Options);
        Assert.NotNull(plan);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal("198503149828", plan.PersonalIdentityNumber);
        Assert.Equal("Socialtjänsten Östersund – Vuxenenheten", plan.InitiatingUnitName);
        Assert.Contains(plan.Participants, p => p.Kind == ParticipantKind.Person);
        Assert.Contains(plan.Participants, p => p.UnitId == DemoDirectory.VuxenenhetenOstersund && p.State == InvitationState.Accepted);

        // County policy default: the first SIP meeting within 21 days of the start.
        Assert.Equal(new DateOnly(2026, 12, 14), plan.FirstMeetingDueOn);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Starting_twice_from_the_same_case_returns_the_same_plan(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var body = StartBody($"T-{Guid.NewGuid():N}");

        using var first = await client.PostJsonAsync("/api/v1/plans", body);
        using var second = await client.PostJsonAsync("/api/v1/plans", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);
        var b = await second.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);
        Assert.Equal(a!.PlanId, b!.PlanId);
        Assert.True(b.AlreadyExisted);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Invalid_input_gets_every_field_error_in_Swedish_and_writes_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var before = await CountsAsync(app);

        var body = new
        {
            initiatingUnitId = Guid.NewGuid(),
            externalCaseReference = "",
            origin = "SocialServicesCase",
            personalIdentityNumber = "19850314-9827",
            personName = "",
            reason = "",
            placement = new { decidedOn = "2026-11-20", startedOn = "2026-11-01", isAcute = true, precededBySip = false },
        };
        using var response = await client.PostJsonAsync("/api/v1/plans", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal("Enheten finns inte.", errors.GetProperty("initiatingUnitId")[0].GetString());
        Assert.Equal("Ange ärendets referens i verksamhetssystemet.", errors.GetProperty("externalCaseReference")[0].GetString());
        Assert.Equal("Personnumret har fel kontrollsiffra.", errors.GetProperty("personalIdentityNumber")[0].GetString());
        Assert.Equal("Ange personens namn.", errors.GetProperty("personName")[0].GetString());
        Assert.Equal("Ange skälet till att en SIP behövs.", errors.GetProperty("reason")[0].GetString());
        Assert.Equal("Placeringen kan inte börja före beslutet.", errors.GetProperty("placement.startedOn")[0].GetString());
        Assert.Equal(before, await CountsAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Malformed_json_is_a_400_problem_not_a_500(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var content = new StringContent("{\"initiatingUnitId\": 42, \"origin\": \"Nowhere\"", System.Text.Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync(new Uri("/api/v1/plans", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_user_may_only_start_a_plan_for_a_unit_they_work_in(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.ForeignSocialWorker);
        var before = await CountsAsync(app);

        using var response = await client.PostJsonAsync("/api/v1/plans", StartBody($"T-{Guid.NewGuid():N}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountsAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_unit_that_takes_no_part_in_a_plan_gets_404_and_no_data(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var owner = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var created = await owner.PostJsonAsync("/api/v1/plans", StartBody($"T-{Guid.NewGuid():N}"));
        var started = await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);

        using var foreign = await app.SignedInAsync(DemoDirectory.ForeignSocialWorker);
        using var response = await foreign.GetAsync($"/api/v1/plans/{started!.PlanId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Testa Testsson", body, StringComparison.Ordinal);
        Assert.DoesNotContain("198503149828", body, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_sip_support_user_cannot_read_the_persons_plan(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var planId = await SeededPlanIdAsync(app, "SIP-2026-000003");
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);

        using var response = await support.GetAsync($"/api/v1/plans/{planId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Without_signing_in_the_api_answers_401(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/v1/plans/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Reading_a_plan_and_starting_one_each_write_exactly_one_audit_entry(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var created = await client.PostJsonAsync("/api/v1/plans", StartBody($"T-{Guid.NewGuid():N}"));
        var started = await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);
        using var read = await client.GetAsync($"/api/v1/plans/{started!.PlanId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        await using var db = app.Database.CreateContext();
        var entries = await db.AuditEntries.Where(a => a.PlanId == started.PlanId).ToListAsync();
        Assert.Single(entries, e => e.Kind == AuditKind.Change && e.Action == nameof(StartPlanFromCase) && e.UserId
            == DemoDirectory.SocialWorker);
        Assert.Single(entries, e => e.Kind == AuditKind.Read && e.Action == nameof(GetPlan) && e.UserId == DemoDirectory.SocialWorker);
        Assert.Equal(2, entries.Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Reads_answered_at_the_same_time_each_leave_their_own_line_before_they_are_answered(DatabaseProvider provider)
    {
        // Reads in flight together share one insert of their log lines (ReadLog); each answer still
        // waits for its own line, so every line is there the moment the answers are.
        const int Readers = 24;
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var created = await client.PostJsonAsync("/api/v1/plans", StartBody($"T-{Guid.NewGuid():N}"));
        var started = await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);

        var reads = await Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => client.GetAsync($"/api/v1/plans/{started!.PlanId}")));
        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var read in reads)
        {
            read.Dispose();
        }

        await using var db = app.Database.CreateContext();
        var lines = await db.AuditEntries.Where(a => a.PlanId == started!.PlanId && a.Kind == AuditKind.Read).ToListAsync();
        Assert.Equal(Readers, lines.Count);
        Assert.All(lines, l => Assert.Equal((nameof(GetPlan), DemoDirectory.SocialWorker), (l.Action, l.UserId!.Value)));
    }

    [Theory, PostgresData]
    public async Task Log_lines_sent_together_without_a_transaction_are_stored_all_or_none(DatabaseProvider provider)
    {
        // ReadLog leaves out EF Core's transaction on PostgreSQL, trusting the batch to be atomic:
        // a line that cannot be stored must take the others of its batch with it.
        var app = await apps.For(provider);

        // EF Core sends a table's inserts in key order: the line that can be stored goes first, so
        // that only an atomic batch, not one that merely skips what follows a failure, passes.
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid()];
        Array.Sort(ids);
        var taken = new AuditEntry(ids[1], SipWebFactory.Now, DemoDirectory.SocialWorker, null, null, AuditKind.Read, nameof(GetPlan),
            "127.0.0.1");
        await using (var db = app.Database.CreateContext())
        {
            db.AuditEntries.Add(taken);
            await db.SaveChangesAsync();
        }

        var fresh = new AuditEntry(ids[0], SipWebFactory.Now, DemoDirectory.SocialWorker, null, null, AuditKind.Read, nameof(GetPlan),
            "127.0.0.1");
        await using (var db = app.Database.CreateContext())
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            db.AuditEntries.AddRange(fresh,
                new AuditEntry(taken.Id, SipWebFactory.Now, DemoDirectory.SocialWorker, null, null, AuditKind.Read, nameof(GetPlan),
                    "127.0.0.1"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = app.Database.CreateContext();
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Id == fresh.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_placement_without_prior_sip_brings_the_meeting_deadline_to_within_a_week(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var placement = new { decidedOn = "2026-11-19", startedOn = "2026-11-20", isAcute = true, precededBySip = false };

        using var created = await client.PostJsonAsync("/api/v1/plans", StartBody($"T-{Guid.NewGuid():N}", placement: placement));
        var started = await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options);
        var plan = await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{started!.PlanId}", UriKind.Relative), Json.Options);

        Assert.Equal(new DateOnly(2026, 11, 27), plan!.FirstMeetingDueOn);
        Assert.Equal(new DateOnly(2026, 11, 27), plan.Placement!.SipMeetingDueOn);

        // 10 working days after Thursday 19 November 2026.
        Assert.Equal(new DateOnly(2026, 12, 3), plan.Placement.CostAllocationDueOn);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_start_the_rules_forbid_is_422_with_the_rule_code_and_writes_nothing(DatabaseProvider provider)
    {
        // Rule 10: only staff of a principal (or a provider under contract) initiate a SIP.
        var app = await apps.For(provider);
        var afUser = Guid.NewGuid();
        await using (var db = app.Database.CreateContext())
        {
            db.Users.Add(new Sip.Domain.Users.UserAccount(afUser, $"af-{afUser:N}", "Arbetsförmedlare",
                Sip.Domain.Users.UserRole.SocialWorker, [DemoDirectory.ArbetsformedlingenOstersund]));
            await db.SaveChangesAsync();
        }

        using var client = await app.SignedInAsync(afUser);
        var before = await CountsAsync(app);
        var body = new
        {
            initiatingUnitId = DemoDirectory.ArbetsformedlingenOstersund,
            externalCaseReference = $"AF-{Guid.NewGuid():N}",
            origin = "SocialServicesCase",
            personalIdentityNumber = "19850314-9828",
            personName = "Testa Testsson",
            reason = "Behöver samordning.",
        };

        using var response = await client.PostJsonAsync("/api/v1/plans", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PlanErrors.InitiatorMustBePrincipal, problem.GetProperty("code").GetString());
        Assert.Equal(before, await CountsAsync(app));
    }

    private static async Task<(int Plans, int Audit)> CountsAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        return (await db.Plans.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private static async Task<Guid> SeededPlanIdAsync(SipWebFactory app, string reference)
    {
        await using var db = app.Database.CreateContext();
        return await db.Plans.Where(p => p.ReferenceNumber == reference).Select(p => p.Id).SingleAsync();
    }
}
