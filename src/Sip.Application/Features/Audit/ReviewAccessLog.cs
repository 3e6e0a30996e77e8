using Sip.Domain.Audit;

namespace Sip.Application.Features.Audit;

/// <summary>
/// Loggkontroll: who read or changed which plan, and when, filtered by user, unit, plan and period. Users who
/// read at least <see cref="UnusualFrom"/> plans of other units (neither started by nor overall responsible at
/// their unit) are ranked and marked as unusual, as a log review looks for them first. Reading the log is logged.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record ReviewAccessLog(
    DateOnly? From,
    DateOnly? To,
    Guid? UserId = null,
    Guid? UnitId = null,
    string? Plan = null,
    int Page = 1,
    int PageSize = 100,
    int UnusualFrom = 20) : IPeriod, IQuery<AccessLogReview>, IReadsPersonalData;

public sealed record AccessLogReview(
    IReadOnlyList<AccessLogEntry> Entries, int Page, int PageSize, int TotalCount, IReadOnlyList<AccessLogReader> Readers);

/// <param name="OtherUnitsPlan">The plan was read or changed for a unit that neither started it nor holds
/// overall responsibility for it.</param>
public sealed record AccessLogEntry(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid? UserId,
    string UserName,
    string? UnitName,
    string? PlanReference,
    AuditKind Kind,
    string Action,
    string? Origin,
    bool OtherUnitsPlan);

/// <summary>How many distinct plans a user read in the period, and how many of them were other units' plans.</summary>
public sealed record AccessLogReader(Guid UserId, string UserName, int PlansRead, int PlansOfOtherUnits, bool Unusual);

public sealed class ReviewAccessLogValidator : AbstractValidator<ReviewAccessLog>
{
    public ReviewAccessLogValidator()
    {
        this.Period();
        RuleFor(x => x.Plan).MaximumLength(40).WithMessage("Ett diarienummer har högst 40 tecken.");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500).WithMessage("Sidstorleken ska vara 1–500.");
        RuleFor(x => x.UnusualFrom).InclusiveBetween(1, 10_000).WithMessage("Gränsen för ovanlig åtkomst ska vara 1–10 000 planer.");
    }
}

public sealed class ReviewAccessLogHandler(ISipDbContext db) : IQueryHandler<ReviewAccessLog, AccessLogReview>
{
    /// <summary>The readers shown: the ranking is for finding the few to look at, not a second log.</summary>
    private const int ReadersShown = 25;

    public async ValueTask<AccessLogReview> Handle(ReviewAccessLog query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, until) = query.Instants();
        var log = db.AuditEntries.AsNoTracking().Where(a => a.OccurredAt >= from && a.OccurredAt < until);
        if (query.UserId is { } userId)
        {
            log = log.Where(a => a.UserId == userId);
        }

        if (query.UnitId is { } unitId)
        {
            log = log.Where(a => a.UnitId == unitId);
        }

        var readers = await ReadersAsync(log, query.UnusualFrom, cancellationToken);

        if (!string.IsNullOrWhiteSpace(query.Plan))
        {
            var reference = query.Plan.Trim();
            log = log.Where(a => db.Plans.Any(p => p.Id == a.PlanId && p.ReferenceNumber == reference));
        }

        var total = await log.CountAsync(cancellationToken);
        var entries = await log
            .OrderByDescending(a => a.OccurredAt)
            .ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(a => new AccessLogEntry(
                a.Id,
                a.OccurredAt,
                a.UserId,
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Okänd",
                db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
                db.Plans.Where(p => p.Id == a.PlanId).Select(p => p.ReferenceNumber).FirstOrDefault(),
                a.Kind,
                a.Action,
                a.Origin,
                db.Plans.Any(p => p.Id == a.PlanId && p.Origin.InitiatingUnitId != a.UnitId && p.OverallResponsibleUnitId != a.UnitId)))
            .ToListAsync(cancellationToken);
        return new AccessLogReview(entries, query.Page, query.PageSize, total, readers);
    }

    private async Task<IReadOnlyList<AccessLogReader>> ReadersAsync(
        IQueryable<AuditEntry> log, int unusualFrom, CancellationToken cancellationToken)
    {
        // Distinct (user, plan) pairs counted per user in the database: a busy unit's log is long.
        var reads = log.Where(a => a.Kind == AuditKind.Read && a.PlanId != null && a.UserId != null);
        var all = await reads.Select(a => new { a.UserId, a.PlanId }).Distinct()
            .GroupBy(r => r.UserId).Select(g => new { UserId = g.Key!.Value, Plans = g.Count() })
            .ToDictionaryAsync(r => r.UserId, r => r.Plans, cancellationToken);
        var others = await reads
            .Where(a => db.Plans.Any(p => p.Id == a.PlanId
                && p.Origin.InitiatingUnitId != a.UnitId && p.OverallResponsibleUnitId != a.UnitId))
            .Select(a => new { a.UserId, a.PlanId }).Distinct()
            .GroupBy(r => r.UserId).Select(g => new { UserId = g.Key!.Value, Plans = g.Count() })
            .OrderByDescending(r => r.Plans)
            .Take(ReadersShown)
            .ToListAsync(cancellationToken);
        var ids = others.Select(o => o.UserId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return
        [
            .. others
                .Select(o => new AccessLogReader(
                    o.UserId, names.GetValueOrDefault(o.UserId, "Okänd"), all.GetValueOrDefault(o.UserId), o.Plans,
                    o.Plans >= unusualFrom))
                .OrderByDescending(r => r.PlansOfOtherUnits).ThenBy(r => r.UserName, StringComparer.Ordinal),
        ];
    }
}
