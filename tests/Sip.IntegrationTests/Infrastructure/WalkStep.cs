using Sip.Domain.Common;
using Sip.Infrastructure.Persistence;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// A step of a seeded random walk of changes over the demo county (InboxCountsAgreementTests,
/// PlanDocumentTests): each test draws its own kinds of change, and the step is made and saved alike.
/// </summary>
internal static class WalkStep
{
    /// <summary>One of the items, drawn from the walk's random; default when there are none.</summary>
    public static T? Any<T>(Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? default : list[random.Next(list.Count)];
    }

    /// <summary>
    /// Makes the step's change and saves it. <paramref name="change"/> answers the change's name, or
    /// null where the kind drawn does not apply to the plan. Answers that name, or null when there was
    /// no change or the domain refused it; the context is cleared either way, for the next step.
    /// </summary>
    public static async Task<string?> SaveAsync(SipDbContext db, Func<string?> change)
    {
        try
        {
            var what = change();
            if (what is not null)
            {
                await db.SaveChangesAsync();
            }

            return what;
        }
        catch (DomainException)
        {
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Makes a change, named for the walk's tally.</summary>
    public static string Do(string what, Action change)
    {
        change();
        return what;
    }
}
