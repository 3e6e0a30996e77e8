using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Application.ReadModels.Documents;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;
using static Sip.IntegrationTests.Infrastructure.WalkStep;

namespace Sip.IntegrationTests;

/// <summary>
/// <see cref="GetPlan"/> answers from the plan's document (<see cref="PlanDocuments"/>), kept with
/// each change. Here a seeded random walk of changes of every kind runs over the demo county, an
/// insats answered with the insatser alone loaded as the clinic's path does, and after each step the
/// changed plan's document must be the plan as read from its tables. A document left behind by a
/// change past the application or a renamed unit is never read, and the repair writes it anew.
/// </summary>
public sealed class PlanDocumentTests : IAsyncLifetime
{
    private static readonly FakeTimeProvider Clock = new(SipWebFactory.Now);
    private static readonly DateOnly Today = SwedishTime.Today(SipWebFactory.Now);

    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Each_plans_document_is_the_plan_as_its_tables_hold_it_after_every_kind_of_change(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync();
        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.ReferenceNumber).Select(p => p.Id).ToListAsync();

        // The demo county's plans were written through the application, so each has its document.
        foreach (var id in plans)
        {
            await AssertDocumentIsThePlanAsync(db, id);
        }

        var random = new Random(20261202);
        var changed = new Dictionary<string, int>();
        for (var step = 0; step < 120; step++)
        {
            // A gallring is of a finished plan; every other change of an open one.
            var kind = random.Next(19);
            var candidates = await db.Plans.AsNoTracking()
                .Where(p => kind == 14 ? p.Status == PlanStatus.Closed || p.Status == PlanStatus.Cancelled : p.Status != PlanStatus.Closed
                    && p.Status != PlanStatus.Cancelled)
                .OrderBy(p => p.ReferenceNumber).Select(p => p.Id).ToListAsync();
            if (candidates.Count == 0)
            {
                continue;
            }

            var id = candidates[random.Next(candidates.Count)];
            var what = await ChangeAsync(db, id, kind, units, random);
            if (what is not null)
            {
                changed[what] = changed.GetValueOrDefault(what) + 1;
                await AssertDocumentIsThePlanAsync(db, id);
            }
        }

        var walked = string.Join(", ", changed.Select(c => $"{c.Key} {c.Value}"));
        Assert.True(changed.Count >= 12, walked);
        Assert.True(changed.ContainsKey("accept an insats, the insatser alone loaded")
            && changed.ContainsKey("reject an insats, the insatser alone loaded"), walked);
        Assert.True(changed.ContainsKey("gallra a plan"), walked);
        Assert.True(changed.ContainsKey("name the fast vårdkontakt"), walked);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_document_behind_its_plan_is_not_read_and_the_repair_writes_it_anew(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        Assert.Equal(0, await PlanDocuments.RepairAsync(db, CancellationToken.None));
        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.ReferenceNumber).Select(p => p.Id).Take(3).ToListAsync();

        // Written past the application: the plan's reason changed and its version raised, the document not.
        await db.Plans.Where(p => p.Id == plans[0])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reason, "Ändrad utanför SIP.").SetProperty(p => p.Version, p => p.Version + 1));
        // Lost, as with a release that did not keep documents.
        await db.PlanDocuments.Where(d => d.PlanId == plans[1]).ExecuteDeleteAsync();
        // Written by an earlier release's shape of the plan.
        await db.PlanDocuments.Where(d => d.PlanId == plans[2]).ExecuteUpdateAsync(s => s.SetProperty(d => d.Shape, d => d.Shape + 1));

        foreach (var id in plans)
        {
            Assert.Null(await DocumentAsync(db, id));
        }

        Assert.Equal("Ändrad utanför SIP.", (await PlanDocuments.ReadFromTablesAsync(db, plans[0], CancellationToken.None))!.Reason);
        Assert.Equal(3, await PlanDocuments.RepairAsync(db, CancellationToken.None));
        Assert.Equal(0, await PlanDocuments.RepairAsync(db, CancellationToken.None));
        foreach (var id in plans)
        {
            await AssertDocumentIsThePlanAsync(db, id);
        }

        Assert.Equal("Ändrad utanför SIP.", (await DocumentAsync(db, plans[0]))!.Reason);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_renamed_unit_takes_the_documents_that_show_its_name_and_no_other(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var owner = await db.Plans.AsNoTracking().SelectMany(p => p.Actions).GroupBy(a => a.OwningUnitId).OrderByDescending(g => g.Count())
            .Select(g => g.Key).FirstAsync();
        var showing = await db.Plans.AsNoTracking()
            .Where(p => p.Origin.InitiatingUnitId == owner || p.OverallResponsibleUnitId == owner
                || p.Actions.Any(a => a.OwningUnitId == owner)).Select(p => p.Id).ToListAsync();
        var others = await db.Plans.AsNoTracking().Where(p => !showing.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(showing);
        Assert.NotEmpty(others);

        var unit = await db.Units.SingleAsync(u => u.Id == owner);
        unit.Change(unit.Name + " (nytt namn)", unit.Kind, unit.HsaId, unit.InvitationMailbox, unit.IsActive);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        foreach (var id in showing)
        {
            Assert.Null(await DocumentAsync(db, id));
            var fromTables = (await PlanDocuments.ReadFromTablesAsync(db, id, CancellationToken.None))!;
            Assert.Contains(" (nytt namn)", JsonSerializer.Serialize(fromTables), StringComparison.Ordinal);
        }

        foreach (var id in others)
        {
            Assert.NotNull(await DocumentAsync(db, id));
        }

        Assert.Equal(showing.Count, await PlanDocuments.RepairAsync(db, CancellationToken.None));
        foreach (var id in showing)
        {
            await AssertDocumentIsThePlanAsync(db, id);
        }
    }

    /// <summary>The plan's current document as its initiating unit, which always sees the plan, reads it.</summary>
    private static async Task<PlanDetail?> DocumentAsync(SipDbContext db, Guid id)
    {
        var initiating = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Origin.InitiatingUnitId).SingleAsync();
        var read = await PlanDocuments.ReadIfSeenAsync(db, id, [initiating], CancellationToken.None);
        Assert.True(read?.Seen);
        return read?.Detail;
    }

    private static async Task AssertDocumentIsThePlanAsync(SipDbContext db, Guid id)
    {
        var document = await DocumentAsync(db, id);
        Assert.NotNull(document);
        var fromTables = await PlanDocuments.ReadFromTablesAsync(db, id, CancellationToken.None);
        // The records hold lists, which compare by reference; their JSON compares every item.
        Assert.Equal(JsonSerializer.Serialize(fromTables, Compared), JsonSerializer.Serialize(document, Compared));
    }

    /// <summary>
    /// A cost share as a number, whatever its scale: the databases give 60.00 or 60.0 for the 60 a
    /// command wrote, and a document written from the command's plan holds 60 (the page shows all as 60 %).
    /// </summary>
    private static readonly JsonSerializerOptions Compared = new() { Converters = { new NumberOfAnyScale() } };

    private sealed class NumberOfAnyScale : System.Text.Json.Serialization.JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value / 1.0000000000000000000000000000m);
    }

    /// <summary>One change of a kind drawn at random to the plan; null when the domain refused it.</summary>
    private static async Task<string?> ChangeAsync(SipDbContext db, Guid id, int kind, List<OrganizationUnit> units, Random random)
    {
        // An insats is answered with the insatser alone loaded (PlanChanges.LoadForActionAsync).
        var plan = kind is 6 or 7
            ? await db.Plans.Include(p => p.Actions).SingleAsync(p => p.Id == id)
            : await db.Plans.Whole().SingleAsync(p => p.Id == id);
        var policy = await PlanChanges.PolicyAsync(db, CancellationToken.None);
        var now = Clock.GetUtcNow();
        var unit = units[random.Next(units.Count)];
        T? Any<T>(IEnumerable<T> items) => WalkStep.Any(random, items);

        var invited = Any(plan.Participants.Where(x => x.UnitId != null && x.State == InvitationState.Invited));
        var proposed = Any(plan.Actions.Where(a => a.Status == ActionStatus.Proposed));
        var booked = Any(plan.Meetings.Where(m => m.Status == MeetingStatus.Scheduled));
        return await WalkStep.SaveAsync(db, () => kind switch
        {
            0 => Do("invite a unit", () => plan.InviteUnit(unit, policy, now)),
            1 when invited is not null => Do("accept an invitation", () => plan.AcceptInvitation(invited.Id, null, now)),
            2 when invited is not null =>
                Do("decline an invitation", () => plan.DeclineInvitation(invited.Id, null, "Vi har ingen kontakt med personen.", now)),
            15 when random.Next(4) == 0 => Do("close a plan", () => plan.Close(PlanCloseReason.PersonEnded, null, now)),
            3 or 4 or 15 => Do("propose an insats",
                () => plan.ProposeAction(
                    Any(ActionTypeCatalog.All.Where(t => (t.Principal == ResponsiblePrincipal.Region)
                            == (unit.OrganizationKind == OrganizationKind.Region)))!, unit, null, "Insats i vandringen.", Today.AddDays(3),
                    null, Guid.NewGuid(), policy, now)),
            5 => Do("record goals and needs", () => plan.RecordGoalsAndNeeds("Att må bättre.", ["Boende", "Sysselsättning"], now)),
            6 when proposed is not null => Do("accept an insats, the insatser alone loaded",
                () => plan.AcceptAction(proposed.Id, proposed.OwningUnitId, Guid.NewGuid(), now)),
            7 when proposed is not null => Do("reject an insats, the insatser alone loaded",
                () => plan.RejectAction(proposed.Id, proposed.OwningUnitId, Guid.NewGuid(), "Ingår inte i vårt uppdrag.", now)),
            8 => Do("withdraw consent", () => plan.WithdrawConsent("Personen ångrar sig.", now)),
            9 => Do("give consent",
                () => plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written,
                    units.Where(_ => random.Next(2) == 0).Select(u => u.OrganizationId).Distinct().ToList(), false, null, Guid.NewGuid(),
                    now)),
            10 => Do("book a meeting",
                () => plan.ScheduleMeeting(now.AddDays(random.Next(1, 20)), TimeSpan.FromHours(1), "Mötesrummet", null,
                    plan.Participants.Where(x => x.UnitId != null).Select(x => x.Id), now)),
            11 when booked is not null => Do("call off a meeting", () => plan.CancelMeeting(booked.Id, "Personen är sjuk.", now)),
            12 => Do("schedule a follow-up", () => plan.ScheduleFollowUp(Today.AddDays(random.Next(-10, 20)), now)),
            13 when plan.Participants.Any(x => x.UnitId != null) => Do("assign overall responsibility",
                () => plan.AssignOverallResponsibility(Any(plan.Participants.Where(x => x.UnitId != null))!.UnitId!.Value, now)),
            14 when plan.IsFinished => Do("gallra a plan", () => plan.Anonymise(now)),
            16 when units.FirstOrDefault(u => u.OrganizationKind == OrganizationKind.Region && plan.ParticipantForUnit(u.Id) != null)
                is { } region =>
                Do("name the fast vårdkontakt", () => plan.NameFastCareContact(region, "Eva Berg, sjuksköterska", "063-15 30 00", now)),
            17 when invited is not null => Do(
                "forward a kallelse", () => plan.ForwardInvitation(
                    invited.Id, units.Single(u => u.Id == invited.UnitId), unit, null, "Fel enhet kallad.", policy, now)),
            18 when invited is not null => Do(
                "withdraw a kallelse",
                () => plan.WithdrawInvitation(invited.Id, plan.Origin.InitiatingUnitId, null, "Kallad av misstag.", now)),
            _ => null,
        });
    }

    private Task<SipDbContext> SeededAsync(DatabaseProvider provider)
    {
        _database = TestDatabase.For(provider);
        return _database.WithDemoCountyAsync(Clock);
    }
}
