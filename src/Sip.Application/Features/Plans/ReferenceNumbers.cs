namespace Sip.Application.Features.Plans;

/// <summary>The diarienummer a new plan takes: the next free number in its year's series.</summary>
internal static class ReferenceNumbers
{
    /// <summary>
    /// Numbers run per year. Taking the next one locks the year's row until this start commits, so
    /// concurrent starts queue for a moment instead of colliding. The highest number already used is
    /// read under that lock too, so plans loaded past the series (an import) are never numbered twice.
    /// </summary>
    public static async Task<string> NextAsync(ISipDbContext db, int year, CancellationToken cancellationToken)
    {
        while (await TakeAsync(db.PlanNumbers.Where(s => s.Year == year), cancellationToken) == 0)
        {
            var series = new PlanNumberSeries(year, await LastUsedAsync(db, year, cancellationToken));
            db.PlanNumbers.Add(series);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another start began the year's series at the same moment; take a number from it.
            }

            db.PlanNumbers.Entry(series).State = EntityState.Detached;
        }

        var taken = await db.PlanNumbers.Where(s => s.Year == year).Select(s => s.Last).SingleAsync(cancellationToken);
        var used = await LastUsedAsync(db, year, cancellationToken);
        if (used >= taken)
        {
            taken = used + 1;
            await db.PlanNumbers.Where(s => s.Year == year).ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, taken), cancellationToken);
        }

        return PlanNumberSeries.Format(year, taken);
    }

    private static Task<int> TakeAsync(IQueryable<PlanNumberSeries> series, CancellationToken cancellationToken) =>
        series.ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), cancellationToken);

    private static async Task<int> LastUsedAsync(ISipDbContext db, int year, CancellationToken cancellationToken)
    {
        var prefix = PlanNumberSeries.Format(year, 0)[..^6];
        var last = await db.Plans.AsNoTracking()
            .Where(p => p.ReferenceNumber.StartsWith(prefix))
            .OrderByDescending(p => p.ReferenceNumber)
            .Select(p => p.ReferenceNumber)
            .FirstOrDefaultAsync(cancellationToken);
        return last is null ? 0 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
