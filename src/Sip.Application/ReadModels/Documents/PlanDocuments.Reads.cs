using Sip.Application.Features;
using Sip.Application.Features.Plans;

namespace Sip.Application.ReadModels.Documents;

/// <summary>How a plan's document is read, with the access rule in the same statement.</summary>
public static partial class PlanDocuments
{
    private static readonly CompiledPerModel<Func<DbContext, Guid, List<Guid>, int, IAsyncEnumerable<SeenDocument>>> SeenContent =
        new(context => EF.CompileAsyncQuery(
            QueryTemplate.Parameterize<Func<DbContext, Guid, List<Guid>, int, IQueryable<SeenDocument>>>(
                SeenContentOf((ISipDbContext)context, Asked.Template),
                Asked.Template,
                nameof(Asked.Plan),
                nameof(Asked.Units),
                nameof(Asked.Shape))));

    /// <summary>
    /// Whether one of these units may see the plan (<see cref="VisiblePlans.RuleFor"/>) and, if so,
    /// its current document, in one statement; null when there is no such plan. The document is
    /// null where none is current.
    /// </summary>
    public static async Task<(bool Seen, PlanDetail? Detail)?> ReadIfSeenAsync(
        ISipDbContext db, Guid planId, List<Guid> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var context = (DbContext)db;
        await foreach (var row in SeenContent.For(context)(context, planId, unitIds, Shape).WithCancellation(cancellationToken))
        {
            return (row.Seen, row.Seen && row.Content is { } content ? Deserialize(content) : null);
        }

        return null;
    }

    private static IQueryable<SeenDocument> SeenContentOf(ISipDbContext db, Asked asked)
    {
        var seen = db.Plans.Where(p => p.Id == asked.Plan).Where(VisiblePlans.RuleFor(db, asked.Units));
        return db.Plans.AsSingleQuery().Where(p => p.Id == asked.Plan).Select(p => new SeenDocument
        {
            Seen = seen.Any(),
            Content = db.PlanDocuments.Where(d => d.PlanId == p.Id && d.Version == p.Version && d.Shape == asked.Shape)
                .Select(d => d.Content).FirstOrDefault(),
        });
    }

    /// <summary>
    /// The plan read from its tables, for a plan whose document is not current; the same answer as
    /// its document (PlanDocumentTests compare the two).
    /// </summary>
    public static async Task<PlanDetail?> ReadFromTablesAsync(ISipDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking().Whole().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        return Of(plan, await NamesAsync(db, [plan], cancellationToken), previous: null, loaded: _ => true);
    }

    /// <summary>The arguments <see cref="SeenContent"/> is built from; their values are never asked for.</summary>
    private sealed class Asked
    {
        public static readonly Asked Template = new() { Units = [] };

        public Guid Plan { get; init; }

        public required List<Guid> Units { get; init; }

        public int Shape { get; init; }
    }

    private sealed class SeenDocument
    {
        public bool Seen { get; init; }

        public string? Content { get; init; }
    }
}
