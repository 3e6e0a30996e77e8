using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sip.Application.Abstractions;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Application.ReadModels.Inbox;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using static Sip.IntegrationTests.Infrastructure.WalkStep;

namespace Sip.IntegrationTests;

/// <summary>
/// The inbox counts a user of one unit by the entries kept with each change to a plan
/// (<see cref="InboxEntries"/>), not by asking the plans. Here a seeded random walk of changes of
/// every kind that moves a count (invitations answered, insatser proposed and decided, consent
/// withdrawn and given anew, meetings booked and called off, follow-ups, overall responsibility,
/// plans closed) runs over the demo county, and after every few steps each unit's counts must equal
/// what the domain says: the items of the plans as loaded, under <see cref="SipPlan.IsVisibleTo"/>.
/// </summary>
public sealed class InboxCountsAgreementTests : IAsyncLifetime
{
    private static readonly FakeTimeProvider Clock = new(SipWebFactory.Now);
    private static readonly DateOnly Today = SwedishTime.Today(SipWebFactory.Now);
    private static readonly Guid Proposer = Guid.Parse("5a1e0000-0000-4000-8000-000000000001");

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
    public async Task Each_units_kept_counts_equal_the_plans_after_every_kind_of_change(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync();
        var random = new Random(20261201);
        var changed = new Dictionary<string, int>();
        var compared = 0;
        var listed = new HashSet<InboxItemKind>();

        // A follow-up due within the week, which the walk's own rarely gives, compared before the walk
        // begins: so that every kind of item is listed and compared at least once.
        var established = await db.Plans.Whole().Where(p => p.Status == PlanStatus.Established && p.OverallResponsibleUnitId != null)
            .OrderBy(p => p.ReferenceNumber).FirstAsync();
        established.ScheduleFollowUp(Today.AddDays(3), Clock.GetUtcNow());

        // Likewise a rejection of the walk's proposer, which the walk's own gives only when it rejects what it
        // proposed itself: the demo county's plans, more of them, make that a matter of chance.
        var vuxen = units.Single(u => u.Id == DemoDirectory.VuxenenhetenOstersund);
        var refused = established.ProposeAction(
            ActionTypeCatalog.Find("kommun.boendestod")!, vuxen, null, "Insats före slumpvandringen.", Today.AddDays(3), null, Proposer,
            await PlanChanges.PolicyAsync(db, CancellationToken.None), Clock.GetUtcNow());
        established.RejectAction(refused.Id, vuxen.Id, Guid.NewGuid(), "Ingår inte i vårt uppdrag.", Clock.GetUtcNow());
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        compared += await AssertCountsAgreeAsync(db, units, listed);

        // Rule 21: a first meeting due within the week waits while its meeting is only booked, and
        // leaves once the meeting is held. The walk's clock stands still, so no booking of its own
        // ever starts: this one was booked two days ago for yesterday.
        var now = Clock.GetUtcNow();
        var policy = await PlanChanges.PolicyAsync(db, CancellationToken.None);
        var draft = await db.Plans.Whole().Where(p => p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited)
            .OrderBy(p => p.ReferenceNumber).FirstAsync();
        draft.RegisterPlacement(new HvbPlacement(Today.AddDays(-3), Today.AddDays(-3), isAcute: false, precededBySip: false, policy), now);
        var meeting = draft.ScheduleMeeting(now.AddDays(-1), TimeSpan.FromHours(1), "Mötesrummet", null, [], now.AddDays(-2));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        compared += await AssertCountsAgreeAsync(db, units, listed);
        draft = await db.Plans.Whole().SingleAsync(p => p.Id == draft.Id);
        draft.RecordMeetingHeld(meeting.Id, now);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        compared += await AssertCountsAgreeAsync(db, units, listed);

        for (var step = 1; step <= 90; step++)
        {
            var what = await ChangeOnePlanAsync(db, units, random);
            if (what is not null)
            {
                changed[what] = changed.GetValueOrDefault(what) + 1;
            }

            if (step % 6 == 0)
            {
                compared += await AssertCountsAgreeAsync(db, units, listed);
            }
        }

        // The walk moved every count, so the comparison is not of zeros that never changed.
        Assert.True(changed.Count >= 10, string.Join(", ", changed.Select(c => $"{c.Key} {c.Value}")));
        Assert.True(compared > 0, "no unit had anything in its inbox");
        // Every kind was listed at some comparison, so the page of each kind was compared, not only its count.
        Assert.True(listed.SetEquals(Enum.GetValues<InboxItemKind>()),
            $"listed: {string.Join(", ", listed)}; changes: {string.Join(", ", changed.Select(c => $"{c.Key} {c.Value}"))}");

        // A user of two units sees an item when either unit sees its plan; those are asked of the plans.
        var pair = units.Where(u => u.OrganizationKind == OrganizationKind.Region).Take(2).Select(u => u.Id).ToList();
        var ofPair = await InboxOfAsync(db, pair);
        Assert.Equal(await ExpectedAsync(db, units, pair), ofPair.Counts);
        Assert.Equal([.. (await ExpectedItemsAsync(db, units, pair)).Order()], ofPair.Items.Select(i => i.ToString()).Order().ToList());
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_nightly_repair_writes_anew_only_the_entries_that_differ_from_their_plans(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var units = await db.Units.AsNoTracking().ToListAsync();
        Assert.Equal(0, await InboxEntries.RepairAsync(db, CancellationToken.None));

        // Entries lost, as when a release that did not keep them wrote the plan, and one that is not so.
        var lost = await db.InboxEntries.Select(e => e.PlanId).Distinct().OrderBy(id => id).Take(2).ToListAsync();
        Assert.Equal(2, lost.Count);
        await db.InboxEntries.Where(e => lost.Contains(e.PlanId)).ExecuteDeleteAsync();
        var closed = await db.Plans.Where(p => p.Status == PlanStatus.Closed).Select(p => p.Id).FirstAsync();
        db.InboxEntries.Add(
            new InboxEntry
            {
                PlanId = closed,
                ItemId = Guid.NewGuid(),
                UnitId = units[0].Id,
                Kind = InboxItemKind.ActionToAccept,
                DueOn = Today
            });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        Assert.Equal(3, await InboxEntries.RepairAsync(db, CancellationToken.None));
        Assert.Equal(0, await InboxEntries.RepairAsync(db, CancellationToken.None));
        Assert.False(await db.InboxEntries.AnyAsync(e => e.PlanId == closed));
        Assert.True(await AssertCountsAgreeAsync(db, units) > 0);
    }

    /// <summary>One change of a kind drawn at random to a plan drawn at random; null when the domain refused it.</summary>
    private static async Task<string?> ChangeOnePlanAsync(SipDbContext db, List<OrganizationUnit> units, Random random)
    {
        // By reference number, which the seeding gives in the same order every time, so that a seed is one walk.
        var ids = await db.Plans.AsNoTracking().Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
            .OrderBy(p => p.ReferenceNumber).Select(p => p.Id).ToListAsync();
        var id = ids[random.Next(ids.Count)];
        var plan = await db.Plans.Whole().SingleAsync(p => p.Id == id);
        var policy = await PlanChanges.PolicyAsync(db, CancellationToken.None);
        var now = Clock.GetUtcNow();
        var unit = units[random.Next(units.Count)];
        T? Any<T>(IEnumerable<T> items) => WalkStep.Any(random, items);

        var invited = Any(plan.Participants.Where(x => x.UnitId != null && x.State == InvitationState.Invited));
        var proposed = Any(plan.Actions.Where(a => a.Status == ActionStatus.Proposed));
        var booked = Any(plan.Meetings.Where(m => m.Status == MeetingStatus.Scheduled));
        var kind = random.Next(16);
        return await WalkStep.SaveAsync(db, () => kind switch
        {
            0 or 1 => Do("invite a unit", () => plan.InviteUnit(unit, policy, now)),
            2 when invited is not null => Do("accept an invitation", () => plan.AcceptInvitation(invited.Id, null, now)),
            3 when invited is not null =>
                Do("decline an invitation", () => plan.DeclineInvitation(invited.Id, null, "Vi har ingen kontakt med personen.", now)),
            4 or 5 => Do("propose an insats",
                () => plan.ProposeAction(
                    Any(ActionTypeCatalog.All.Where(t => (t.Principal == ResponsiblePrincipal.Region)
                            == (unit.OrganizationKind == OrganizationKind.Region)))!, unit, null, "Insats i slumpvandringen.",
                    Today.AddDays(3), null, Proposer, policy, now)),
            6 when proposed is not null =>
                Do("accept an insats", () => plan.AcceptAction(proposed.Id, proposed.OwningUnitId, Guid.NewGuid(), now)),
            7 when proposed is not null => Do("reject an insats",
                () => plan.RejectAction(proposed.Id, proposed.OwningUnitId, Guid.NewGuid(), "Ingår inte i vårt uppdrag.", now)),
            8 => Do("withdraw consent", () => plan.WithdrawConsent("Personen ångrar sig.", now)),
            9 => Do("give consent",
                () => plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written,
                    units.Where(_ => random.Next(2) == 0).Select(u => u.OrganizationId).Distinct().ToList(), false, null, Proposer, now)),
            10 => Do("book a meeting",
                () => plan.ScheduleMeeting(now.AddDays(random.Next(1, 20)), TimeSpan.FromHours(1), "Mötesrummet", null,
                    plan.Participants.Where(x => x.UnitId != null).Select(x => x.Id), now)),
            11 when booked is not null => Do("call off a meeting", () => plan.CancelMeeting(booked.Id, "Personen är sjuk.", now)),
            12 => Do("schedule a follow-up", () => plan.ScheduleFollowUp(Today.AddDays(random.Next(-10, 20)), now)),
            13 when plan.Participants.Any(x => x.UnitId != null) => Do("assign overall responsibility",
                () => plan.AssignOverallResponsibility(Any(plan.Participants.Where(x => x.UnitId != null))!.UnitId!.Value, now)),
            14 when invited is not null => Do(
                "forward a kallelse", () => plan.ForwardInvitation(
                    invited.Id, units.Single(u => u.Id == invited.UnitId), unit, null, "Fel enhet kallad.", policy, now)),
            15 when invited is not null => Do(
                "withdraw a kallelse",
                () => plan.WithdrawInvitation(invited.Id, plan.Origin.InitiatingUnitId, null, "Kallad av misstag.", now)),
            // Rarely, and never the last open plans, which the walk goes on changing.
            _ when random.Next(4) == 0 && ids.Count > 4 => Do("close a plan", () => plan.Close(PlanCloseReason.PersonEnded, null, now)),
            _ => null,
        });
    }

    /// <summary>Compares every unit's counts with the domain's; answers how many units had any.</summary>
    private static async Task<int> AssertCountsAgreeAsync(SipDbContext db, List<OrganizationUnit> units,
        HashSet<InboxItemKind>? listed = null)
    {
        var withItems = 0;
        foreach (var unit in units)
        {
            var expected = await ExpectedAsync(db, units, [unit.Id]);
            var inbox = await InboxOfAsync(db, [unit.Id]);
            Assert.True(expected == inbox.Counts, $"{unit.Name}: the plans say {expected}, the inbox {inbox.Counts}");

            // The items listed, read from the same kept entries: all of them on one page, each as the
            // plans say it, most urgent first (the order within a day and kind is by key, which the
            // databases compare differently from .NET).
            Assert.Equal(inbox.TotalCount, inbox.Items.Count);
            Assert.Equal(
                [.. (await ExpectedItemsAsync(db, units, [unit.Id])).Order()],
                inbox.Items.Select(i => i.ToString()).Order().ToList());
            var urgency = inbox.Items.Select(i => (Undated: i.DueOn is null, i.DueOn, i.Kind)).ToList();
            Assert.Equal(urgency.Order().ToList(), urgency);
            listed?.UnionWith(inbox.Items.Select(i => i.Kind));
            withItems += inbox.TotalCount > 0 ? 1 : 0;
        }

        return withItems;
    }

    private static Task<UnitInbox> InboxOfAsync(SipDbContext db, IReadOnlyList<Guid> unitIds) =>
        new GetUnitInboxHandler(db, new InboxUser(unitIds), Clock)
            .Handle(new GetUnitInbox(1, GetUnitInbox.MaxPageSize), CancellationToken.None).AsTask();

    /// <summary>The items as the domain gives them, written as the inbox's items are, in no order: the oracle of the page.</summary>
    private static async Task<List<string>> ExpectedItemsAsync(SipDbContext db, List<OrganizationUnit> units, IReadOnlyList<Guid> unitIds)
    {
        var horizon = Today.AddDays(GetUnitInboxHandler.DaysAhead);
        var mine = units.Where(u => unitIds.Contains(u.Id)).ToList();
        var seen = (await db.Plans.AsNoTracking().Whole().AsSplitQuery()
            .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled).ToListAsync())
            .Where(p => mine.Any(u => p.IsVisibleTo(u.Id, u.OrganizationId))).ToList();
        InboxItem Item(InboxItemKind kind, SipPlan plan, Guid? item, string what, DateOnly? due, bool mayDecline = false) =>
            new(kind, plan.Id, plan.ReferenceNumber, plan.Version, item, what, due, due is { } d && d < Today, mayDecline);
        return seen.SelectMany(p => (IEnumerable<InboxItem>)
        [
            .. p.Participants.Where(x => x.UnitId is { } u && unitIds.Contains(u) && x.State == InvitationState.Invited)
                .Select(x => Item(InboxItemKind.InvitationToAnswer, p, x.Id, x.DisplayName, x.RespondBy, x.Kind
                    == ParticipantKind.OtherActor)),
            .. p.Actions.Where(a => unitIds.Contains(a.OwningUnitId) && a.Status == ActionStatus.Proposed)
                .Select(a => Item(InboxItemKind.ActionToAccept, p, a.Id, a.Description, a.AcceptBy)),
            .. p.Status is PlanStatus.Draft or PlanStatus.Invited && unitIds.Contains(p.Origin.InitiatingUnitId)
                && p.FirstMeetingDueOn <= horizon && p.Meetings.All(m => m.Status != MeetingStatus.Held)
                ? [Item(InboxItemKind.FirstMeetingDue, p, null, "SIP-möte ska hållas", p.FirstMeetingDueOn)]
                : Array.Empty<InboxItem>(),
            .. p.OverallResponsibleUnitId is { } r && unitIds.Contains(r)
                ? p.FollowUps.Where(f => !f.IsDone && f.DueOn <= horizon)
                    .Select(f => Item(InboxItemKind.FollowUpDue, p, f.Id, "Uppföljning", f.DueOn))
                : [],
            .. p.Actions.Where(a => a.ProposedByUserId == Proposer && a.Status == ActionStatus.Rejected)
                .Select(a => Item(InboxItemKind.ActionRejected, p, a.Id, a.Description + " Skäl: " + a.RejectionReason, null)),
        ]).Select(i => i.ToString()).ToList();
    }

    /// <summary>The counts as the domain gives them, from the plans as loaded: the oracle.</summary>
    private static async Task<InboxCounts> ExpectedAsync(SipDbContext db, List<OrganizationUnit> units, IReadOnlyList<Guid> unitIds)
    {
        var horizon = Today.AddDays(GetUnitInboxHandler.DaysAhead);
        var plans = await db.Plans.AsNoTracking().Whole().AsSplitQuery()
            .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled).ToListAsync();
        var mine = units.Where(u => unitIds.Contains(u.Id)).ToList();
        var seen = plans.Where(p => mine.Any(u => p.IsVisibleTo(u.Id, u.OrganizationId))).ToList();
        return new InboxCounts(
            seen.Sum(p => p.Participants.Count(x => x.UnitId is { } u && unitIds.Contains(u) && x.State == InvitationState.Invited)),
            seen.Sum(p => p.Actions.Count(a => unitIds.Contains(a.OwningUnitId) && a.Status == ActionStatus.Proposed)),
            seen.Count(p => p.Status is PlanStatus.Draft or PlanStatus.Invited && unitIds.Contains(p.Origin.InitiatingUnitId)
                && p.FirstMeetingDueOn <= horizon
                && p.Meetings.All(m => m.Status != MeetingStatus.Held)),
            seen.Where(p => p.OverallResponsibleUnitId is { } u && unitIds.Contains(u))
                .Sum(p => p.FollowUps.Count(f => !f.IsDone && f.DueOn <= horizon)),
            seen.Sum(p => p.Actions.Count(a => a.ProposedByUserId == Proposer && a.Status == ActionStatus.Rejected)));
    }

    private Task<SipDbContext> SeededAsync(DatabaseProvider provider)
    {
        _database = TestDatabase.For(provider);
        return _database.WithDemoCountyAsync(Clock);
    }

    /// <summary>A user of these units, who proposed the walk's insatser and so is told of their rejection.</summary>
    private sealed class InboxUser(IReadOnlyList<Guid> unitIds) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid UserId => Proposer;

        public UserRole Role => UserRole.HealthcareStaff;

        public IReadOnlyList<Guid> UnitIds { get; } = unitIds;

        public string? Origin => "test";
    }
}
