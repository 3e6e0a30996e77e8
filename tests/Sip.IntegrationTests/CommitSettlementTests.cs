using System.Data.Common;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Domain.Audit;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The connection is lost at the worst moment of a command: just before its commit reaches the
/// database, or just after the database committed but before the app heard so. Either way the
/// social worker is answered 201 once the database answers again, and the insats is stored exactly
/// once: a lost commit is tried again, a committed one is recognised by its access-log line and not
/// repeated. If the database stays away longer than the app waits, the answer is 503, and nothing
/// of the command is stored.
/// </summary>
public sealed class CommitSettlementTests
{
    [Theory, SqliteData, PostgresData]
    public Task A_command_cut_before_its_commit_reached_the_database_is_tried_again_and_stored_once(DatabaseProvider provider) =>
        CutAndCheckAsync(provider, CommitCut.BeforeCommit);

    [Theory, SqliteData, PostgresData]
    public Task A_command_committed_before_the_cut_is_recognised_by_its_log_line_and_not_repeated(DatabaseProvider provider) =>
        CutAndCheckAsync(provider, CommitCut.AfterCommit);

    private static async Task CutAndCheckAsync(DatabaseProvider provider, CommitCut cut)
    {
        await using var run = await RunAsync(provider);
        var (app, fault) = (run.App, run.Fault);
        using var anna = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = await Scenarios.StartWithConsentAsync(anna, "Avbruten Testsson");

        fault.Arm(cut, times: 1);
        using var response = await anna.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions",
            new
            {
                expectedVersion = plan.Version,
                actionTypeCode = "kommun.boende",
                owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                description = "Boendestöd två gånger i veckan.",
                startOn = "2026-12-01"
            });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, fault.Remaining);
        var answered = JsonSerializer.Deserialize<PlanChanged>(await response.Content.ReadAsStringAsync(), Json.Options)!;
        Assert.Equal(plan.Version + 1, answered.Version);
        await using var db = app.Database.CreateContext();
        var stored = await db.Plans.AsNoTracking().Where(p => p.Id == plan.PlanId)
            .Select(p => new { p.Version, Actions = p.Actions.Count(a => a.Description == "Boendestöd två gånger i veckan.") })
            .SingleAsync();
        Assert.Equal(1, stored.Actions);
        Assert.Equal(plan.Version + 1, stored.Version);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.PlanId == plan.PlanId && a.Action == "ProposeAction" && a.Kind
            == AuditKind.Change));
    }

    [Theory, SqliteData]
    public async Task A_command_whose_commit_fails_for_longer_than_the_app_waits_is_answered_503_and_stores_nothing(
        DatabaseProvider provider)
    {
        await using var run = await RunAsync(provider);
        var (app, fault) = (run.App, run.Fault);
        using var anna = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = await Scenarios.StartWithConsentAsync(anna, "Avbruten Testsson");

        fault.Arm(CommitCut.BeforeCommit, times: int.MaxValue);
        using var response = await anna.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions",
            new
            {
                expectedVersion = plan.Version,
                actionTypeCode = "kommun.boende",
                owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                description = "Boendestöd.",
                startOn = "2026-12-01"
            });
        fault.Arm(CommitCut.BeforeCommit, times: 0);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = app.Database.CreateContext();
        Assert.Equal(plan.Version, await db.Plans.Where(p => p.Id == plan.PlanId).Select(p => p.Version).SingleAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.PlanId == plan.PlanId && a.Action == "ProposeAction"));
    }

    private enum CommitCut
    {
        BeforeCommit,
        AfterCommit,
    }

    private static async Task<Run> RunAsync(DatabaseProvider provider)
    {
        TestDatabase database = provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : new PostgresTestDatabase();
        await database.InitializeAsync();
        var fault = new CommitFault();
        var app = new SipWebFactory(database, services =>
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                services.ConfigureDbContext<SqliteSipDbContext>(o => o.AddInterceptors(fault));
            }
            else
            {
                services.ConfigureDbContext<PostgresSipDbContext>(o => o.AddInterceptors(fault));
            }
        });
        return new Run(app, fault, database);
    }

    private sealed record Run(SipWebFactory App, CommitFault Fault, TestDatabase Database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    /// <summary>Cuts the connection at the commit of the next commands, as a network fault would.</summary>
    private sealed class CommitFault : DbTransactionInterceptor
    {
        private CommitCut _cut;
        private int _remaining;

        public int Remaining => Volatile.Read(ref _remaining);

        public void Arm(CommitCut cut, int times) => (_cut, _remaining) = (cut, times);

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            _cut == CommitCut.BeforeCommit && Take() ? throw new ConnectionCut() : ValueTask.FromResult(result);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default) =>
            _cut == CommitCut.AfterCommit && Take() ? throw new ConnectionCut() : Task.CompletedTask;

        private bool Take()
        {
            for (var left = Remaining; left > 0; left = Remaining)
            {
                if (Interlocked.CompareExchange(ref _remaining, left == int.MaxValue ? left : left - 1, left) == left)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class ConnectionCut() : DbException("The connection was cut (by the test).")
    {
        public override bool IsTransient => true;
    }
}
