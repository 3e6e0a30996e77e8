using System.Text.Json;
using Sip.Application.Features;
using Sip.Application.Features.Plans;

namespace Sip.Application.ReadModels.Documents;

/// <summary>
/// Keeps <see cref="PlanDocument"/> equal to the plan it stands for: written with each change, repaired
/// each night, and read only at the plan's version and this release's shape.
/// </summary>
public static partial class PlanDocuments
{
    // One left behind (a plan written past the application, a unit renamed, a rolling upgrade) is never
    // shown: the plan is read from its tables instead. PlanDocumentTests hold the two equal.

    /// <summary>How many plans <see cref="RepairAsync"/> writes at a time.</summary>
    private const int Batch = 500;

    /// <summary>
    /// A number that changes whenever <see cref="PlanDetail"/> or a type in it gains, loses or
    /// changes a member, so that no release reads a document written in another's shape.
    /// </summary>
    public static int Shape { get; } = ShapeOf(typeof(PlanDetail));

    private static readonly CompiledPerModel<Func<DbContext, Guid, int, int, IAsyncEnumerable<string>>> ContentAt = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid id, int version, int shape) =>
            db.Set<PlanDocument>().Where(d => d.PlanId == id && d.Version == version && d.Shape == shape).Select(d => d.Content)));


    /// <summary>
    /// Writes the documents of the plans this save changed, in the transaction that saved them. A collection the
    /// change did not load (an insats answered loads the insatser alone) is taken from the previous document.
    /// </summary>
    public static async Task WriteAsync(
        ISipDbContext db, IReadOnlyCollection<(SipPlan Plan, int? PreviousVersion)> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changed);
        var context = (DbContext)db;
        var added = new List<PlanDocument>();
        foreach (var (plan, previousVersion) in changed)
        {
            var entry = context.Entry(plan);
            var previous = previousVersion is { } version ? await ContentAtAsync(context, plan.Id, version, cancellationToken) : null;
            var unloaded = previousVersion is null ? [] : entry.Collections.Where(c => !c.IsLoaded).ToList();
            if (previous is null)
            {
                foreach (var collection in unloaded)
                {
                    await collection.LoadAsync(cancellationToken);
                }

                unloaded.Clear();
            }

            var names = await NamesAsync(db, [plan], cancellationToken, previous);
            var content = Serialize(Of(plan, names, previous, name => !unloaded.Any(c => c.Metadata.Name == name)));
            var updated = previousVersion is null ? 0 : await db.PlanDocuments.Where(d => d.PlanId == plan.Id)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Version, plan.Version).SetProperty(d => d.Shape, Shape).SetProperty(d => d.Content, content),
                    cancellationToken);
            if (updated == 0)
            {
                added.Add(new PlanDocument { PlanId = plan.Id, Version = plan.Version, Shape = Shape, Content = content });
            }
        }

        await AddAsync(db, added, cancellationToken);
    }

    /// <summary>
    /// Forgets the documents that show one of these units' names, after the units were renamed in
    /// the caller's transaction. The plans' rows are written first, so a change under way to one of
    /// them (which read the old name) commits before the documents go, and the next one reads the new name.
    /// </summary>
    public static async Task ForgetUnitsAsync(ISipDbContext db, IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = unitIds.ToList();
        var plans = db.Plans.Where(p => ids.Contains(p.Origin.InitiatingUnitId)
            || (p.OverallResponsibleUnitId != null && ids.Contains(p.OverallResponsibleUnitId.Value))
            || p.Actions.Any(a => ids.Contains(a.OwningUnitId))
            || (p.FastCareContact != null && ids.Contains(p.FastCareContact.UnitId)));
        await plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
        await db.PlanDocuments.Where(d => plans.Any(p => p.Id == d.PlanId)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Writes a current document, a batch at a time, for every plan that lacks one (written past the application, or
    /// a unit renamed). The batch's plans are locked first unless <paramref name="lockPlans"/> is false, where nothing
    /// else writes (the benchmark's generator). Answers how many documents it wrote.
    /// </summary>
    public static async Task<int> RepairAsync(ISipDbContext db, CancellationToken cancellationToken, bool lockPlans = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = Guid.Empty;
        var shape = Shape;
        var written = 0;
        while (true)
        {
            var from = after;
            var batch = await db.Plans.AsNoTracking()
                .Where(p => p.Id.CompareTo(from) > 0
                    && !db.PlanDocuments.Any(d => d.PlanId == p.Id && d.Version == p.Version && d.Shape == shape))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return written;
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                if (lockPlans)
                {
                    await db.Plans.Where(p => batch.Contains(p.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
                }

                var plans = await db.Plans.AsNoTracking().Whole().AsSplitQuery().Where(p => batch.Contains(p.Id))
                    .ToListAsync(cancellationToken);
                var names = await NamesAsync(db, plans, cancellationToken);
                await db.PlanDocuments.Where(d => batch.Contains(d.PlanId)).ExecuteDeleteAsync(cancellationToken);
                var documents = plans.Select(p => new PlanDocument
                {
                    PlanId = p.Id,
                    Version = p.Version,
                    Shape = shape,
                    Content = Serialize(Of(p, names, null, _ => true)),
                });
                await AddAsync(db, [.. documents], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                written += plans.Count;
            }

            after = batch[^1];
        }
    }

    private static async Task<PlanDetail?> ContentAtAsync(DbContext context, Guid planId, int version, CancellationToken cancellationToken)
    {
        await foreach (var content in ContentAt.For(context)(context, planId, version, Shape).WithCancellation(cancellationToken))
        {
            return Deserialize(content);
        }

        return null;
    }

    /// <summary>Inserted, not saved: the documents are written while the context is still saving the plans.</summary>
    private static Task AddAsync(ISipDbContext db, List<PlanDocument> documents, CancellationToken cancellationToken) =>
        RowInsert.InsertAsync((DbContext)db, documents, cancellationToken);

    private static string Serialize(PlanDetail detail) => JsonSerializer.Serialize(detail, PlanDocumentJson.Default.PlanDetail);

    private static PlanDetail Deserialize(string content) =>
        JsonSerializer.Deserialize(content, PlanDocumentJson.Default.PlanDetail)
            ?? throw new InvalidOperationException("A plan's document was empty.");
}
