namespace Sip.Application.Features.Inbox;

/// <summary>
/// The inbox's queries, built once from LINQ helpers and compiled (<see cref="QueryTemplate"/>):
/// from the unit's kept entries for a user of one unit, from the plans for a user of several.
/// </summary>
internal static partial class UnitInboxQueries
{
    // A user of one unit (most are) has the page and the counts from queries compiled once, made
    // from the same helpers as the queries of a user of several units: building, funcletizing and
    // looking up the page's expression tree cost more of each answer than the database did. Each
    // row of the page carries the counts, so that a page with anything on it is one round trip.
    private static readonly CompiledPerModel<Func<DbContext, Guid, List<Guid>, Guid, DateOnly, int, int, int, IAsyncEnumerable<CountedRow>>>
        OneUnitPage = new(context => EF.CompileAsyncQuery(
            QueryTemplate.Parameterize<Func<DbContext, Guid, List<Guid>, Guid, DateOnly, int, int, int, IQueryable<CountedRow>>>(
                WithCounts(
                    (ISipDbContext)context,
                    Page(OneUnitCandidates((ISipDbContext)context, Asked.Template), Asked.Template),
                    Asked.Template),
                Asked.Template,
                nameof(Asked.Unit), nameof(Asked.Units), nameof(Asked.Me), nameof(Asked.Horizon), nameof(Asked.Enough),
                nameof(Asked.Skip), nameof(Asked.Take))));

    /// <summary>The counts alone, for an empty page (an empty inbox, or a page beyond its end).</summary>
    private static readonly CompiledPerModel<Func<DbContext, Guid, List<Guid>, Guid, DateOnly, IAsyncEnumerable<KindCount>>>
        OneUnitCounts = new(context =>
        EF.CompileAsyncQuery(QueryTemplate.Parameterize<Func<DbContext, Guid, List<Guid>, Guid, DateOnly, IQueryable<KindCount>>>(
            Count(OneUnitKinds((ISipDbContext)context, Asked.Template)), Asked.Template,
            nameof(Asked.Unit), nameof(Asked.Units), nameof(Asked.Me), nameof(Asked.Horizon))));


    /// <summary>The page's rows and the counts of every kind over the whole inbox.</summary>
    public static async Task<(List<Row> Rows, InboxCounts Counts)> ReadAsync(
        ISipDbContext db, Asked asked, CancellationToken cancellationToken)
    {
        if (asked.Units is [_])
        {
            // The unit of work is the EF Core context itself (ISipDbContext); a compiled query is given the context.
            var context = (DbContext)db;
            var page = await OneUnitPage.For(context)(
                context, asked.Unit, asked.Units, asked.Me, asked.Horizon, asked.Enough, asked.Skip, asked.Take)
                .ToListAsync(cancellationToken);
            var counts = page is [var first, ..]
                ? new InboxCounts(
                    first.InvitationsToAnswer, first.ActionsToAccept, first.FirstMeetingsDue, first.FollowUpsDue, first.ActionsRejected)
                : Tally(await OneUnitCounts.For(context)(context, asked.Unit, asked.Units, asked.Me, asked.Horizon)
                    .ToListAsync(cancellationToken));
            return ([.. page.Select(r => r.Item)], counts);
        }

        var kinds = SeveralUnitsKinds(db, asked);
        var rows = await Page(kinds.Select(k => Urgent(k).TakeOf(() => asked.Enough)).Aggregate((all, next) => all.Concat(next)), asked)
            .ToListAsync(cancellationToken);
        var kindsOnly = kinds.Select(k => k.Select(r => r.Kind)).Aggregate((all, next) => all.Concat(next));
        return (rows, Tally(await Count(kindsOnly).ToListAsync(cancellationToken)));
    }

    private static InboxCounts Tally(List<KindCount> counted)
    {
        int Of(InboxItemKind kind) => counted.Where(c => c.Kind == kind).Sum(c => c.Count);
        return new InboxCounts(
            Of(InboxItemKind.InvitationToAnswer),
            Of(InboxItemKind.ActionToAccept),
            Of(InboxItemKind.FirstMeetingDue),
            Of(InboxItemKind.FollowUpDue),
            Of(InboxItemKind.ActionRejected));
    }

    /// <summary>
    /// The page's rows, each with the counts of a user of one unit, as subqueries that do not depend
    /// on the row (each a seek on the unit's entries of one kind, run once): the kinds of
    /// <see cref="OneUnitKinds"/>, counted one by one.
    /// </summary>
    private static IQueryable<CountedRow> WithCounts(ISipDbContext db, IQueryable<Row> page, Asked asked)
    {
        var entries = db.InboxEntries.Where(e => e.UnitId == asked.Unit);
        var rejected = Rejected(db, asked);
        return page.AsSingleQuery().Select(r => new CountedRow
        {
            Item = r,
            InvitationsToAnswer = entries.Count(e => e.Kind == InboxItemKind.InvitationToAnswer),
            ActionsToAccept = entries.Count(e => e.Kind == InboxItemKind.ActionToAccept),
            FirstMeetingsDue = entries.Count(e => e.Kind == InboxItemKind.FirstMeetingDue && e.DueOn <= asked.Horizon),
            FollowUpsDue = entries.Count(e => e.Kind == InboxItemKind.FollowUpDue && e.DueOn <= asked.Horizon),
            ActionsRejected = rejected.Count(),
        });
    }

    /// <summary>
    /// The candidates merged, ordered by urgency and cut to the page. Each of the inbox's statements
    /// is said to be single: under the app's default of split queries EF Core copies every result
    /// into a buffer before handing out its first row, which only a split query needs.
    /// </summary>
    private static IQueryable<Row> Page(IQueryable<Row> candidates, Asked asked) => candidates
        .AsSingleQuery()
        .OrderBy(r => r.DueOn == null)
        .ThenBy(r => r.DueOn)
        .ThenBy(r => r.Kind)
        .ThenBy(r => r.Key)
        .SkipOf(() => asked.Skip)
        .TakeOf(() => asked.Take);

    /// <summary>How many there are of each kind, in one statement, without reading the items.</summary>
    private static IQueryable<KindCount> Count(IQueryable<InboxItemKind> kinds) => kinds
        .GroupBy(kind => kind)
        .Select(g => new KindCount { Kind = g.Key, Count = g.Count() })
        .AsSingleQuery();

    /// <summary>
    /// A user of one unit: the page's candidates from the unit's kept entries (<see cref="Kept"/>),
    /// and the user's own rejected proposals, which are few and are asked for as they are.
    /// </summary>
    private static IQueryable<Row> OneUnitCandidates(ISipDbContext db, Asked asked) =>
        Kept(db, asked).Concat(Urgent(Rejected(db, asked)).TakeOf(() => asked.Enough));

    /// <summary>
    /// The kinds of every item of a user of one unit: the unit's entries, kept with each change under
    /// the access rule (testing the rule here for every item instead was most of a clinic's answer,
    /// thousands of items), and the user's rejected proposals.
    /// </summary>
    private static IQueryable<InboxItemKind> OneUnitKinds(ISipDbContext db, Asked asked) => db.InboxEntries
        .Where(e => e.UnitId == asked.Unit
            && (e.Kind == InboxItemKind.InvitationToAnswer || e.Kind == InboxItemKind.ActionToAccept || e.DueOn <= asked.Horizon))
        .Select(e => e.Kind)
        .Concat(Rejected(db, asked).Select(r => r.Kind));

    /// <summary>
    /// The first page × size (<see cref="Asked.Enough"/>) of the unit's kept entries, which hold only what it may see:
    /// one index seek per kind in the page's order, merged and cut once, then each joined to its plan and its item.
    /// An item gone past the application is left out until the repair removes its entry (docs/performance.md).
    /// </summary>
    private static IQueryable<Row> Kept(ISipDbContext db, Asked asked)
    {
        IQueryable<InboxEntry> First(InboxItemKind kind, bool dated)
        {
            var rows = db.InboxEntries.Where(e => e.UnitId == asked.Unit && e.Kind == kind);
            rows = dated ? rows.Where(e => e.DueOn <= asked.Horizon) : rows;
            return rows.OrderBy(e => e.DueOn).ThenBy(e => e.ItemId).TakeOf(() => asked.Enough);
        }

        return First(InboxItemKind.InvitationToAnswer, dated: false)
            .Concat(First(InboxItemKind.ActionToAccept, dated: false))
            .Concat(First(InboxItemKind.FirstMeetingDue, dated: true))
            .Concat(First(InboxItemKind.FollowUpDue, dated: true))
            .OrderBy(e => e.DueOn).ThenBy(e => e.Kind).ThenBy(e => e.ItemId)
            .TakeOf(() => asked.Enough)
            .Join(db.Plans, e => e.PlanId, p => p.Id, (e, p) => new { Entry = e, Plan = p })
            .LeftJoin(
                db.Participants,
                t => new { Id = t.Entry.ItemId, t.Entry.Kind },
                x => new { x.Id, Kind = InboxItemKind.InvitationToAnswer },
                (t, x) => new { t.Entry, t.Plan, Invited = x })
            .LeftJoin(
                db.Actions,
                t => new { Id = t.Entry.ItemId, t.Entry.Kind },
                a => new { a.Id, Kind = InboxItemKind.ActionToAccept },
                (t, a) => new { t.Entry, t.Plan, t.Invited, Action = a })
            .Where(t => t.Invited != null || t.Action != null
                || t.Entry.Kind == InboxItemKind.FirstMeetingDue || t.Entry.Kind == InboxItemKind.FollowUpDue)
            .Select(t => new Row
            {
                Kind = t.Entry.Kind,
                PlanId = t.Plan.Id,
                ReferenceNumber = t.Plan.ReferenceNumber,
                PlanVersion = t.Plan.Version,
                Key = t.Entry.ItemId,
                What = t.Entry.Kind == InboxItemKind.InvitationToAnswer ? t.Invited!.DisplayName
                    : t.Entry.Kind == InboxItemKind.ActionToAccept ? t.Action!.Description
                    : t.Entry.Kind == InboxItemKind.FirstMeetingDue ? "SIP-möte ska hållas"
                    : "Uppföljning",
                DueOn = t.Entry.DueOn,
                MayDecline = t.Invited != null && t.Invited.Kind == ParticipantKind.OtherActor,
            });
    }

    /// <summary>
    /// One kind by urgency: by due date, then by key, so the order is total and follows the unit's indexes. Only
    /// rejections lack a due date, and all of them do, so nulls, which databases sort differently, never mix in a kind.
    /// </summary>
    private static IOrderedQueryable<Row> Urgent(IQueryable<Row> kind) =>
        kind.OrderBy(r => r.DueOn).ThenBy(r => r.Key);
}
