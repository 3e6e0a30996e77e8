using Sip.Application.Pipeline;
using Sip.Domain.Calendar;
using Sip.Domain.People;

namespace Sip.Application.Features.Plans;

/// <summary>
/// Plans a page at a time: the ones the user started (<see cref="PlanScope.Mine"/>) or every plan
/// the user's units take part in and may see (<see cref="PlanScope.Unit"/>), filtered, searched
/// and sorted on the server.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ListMyPlans(
    PlanScope Scope = PlanScope.Unit,
    PlanStatus? Status = null,
    string? Search = null,
    PlanSort SortBy = PlanSort.UpdatedAt,
    bool Descending = true,
    int Page = 1,
    int PageSize = 25,
    bool IncludeFinished = false) : IQuery<PlanPage>, IReadsPersonalData;

public enum PlanScope
{
    /// <summary>Plans the user started.</summary>
    Mine,

    /// <summary>Plans any of the user's units may see.</summary>
    Unit,
}

public enum PlanSort
{
    UpdatedAt,
    ReferenceNumber,
    Status,
    FirstMeetingDueOn,
    PersonName,
}

public sealed record PlanPage(IReadOnlyList<PlanListItem> Items, int Page, int PageSize, int TotalCount);

/// <param name="IdentityKind">A person without personnummer is flagged in the list (reservnummer or none).</param>
public sealed record PlanListItem(
    Guid Id,
    string ReferenceNumber,
    string PersonName,
    PlanStatus Status,
    string InitiatingUnitName,
    DateOnly FirstMeetingDueOn,
    DateOnly? NextFollowUpOn,
    DateTimeOffset UpdatedAt,
    IdentityKind IdentityKind = IdentityKind.PersonalIdentityNumber);

public sealed class ListMyPlansValidator : AbstractValidator<ListMyPlans>
{
    public ListMyPlansValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200).WithMessage("Sidstorleken ska vara 1–200.");
        RuleFor(x => x.Scope).IsInEnum().WithMessage("Välj mina planer eller enhetens planer.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Okänd status.");
        RuleFor(x => x.SortBy).IsInEnum().WithMessage("Okänd sortering.");
        RuleFor(x => x.Search).MaximumLength(100).WithMessage("Sökningen får vara högst 100 tecken.");
    }
}

public sealed class ListMyPlansHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListMyPlans, PlanPage>
{
    public async ValueTask<PlanPage> Handle(ListMyPlans query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = VisiblePlans.For(db, user);
        var mine = user.UnitIds.ToList();
        if (query.Scope == PlanScope.Mine)
        {
            var me = user.UserId;
            visible = visible.Where(p => p.Origin.InitiatedByUserId == me);
        }

        if (query.Status is { } status)
        {
            visible = visible.Where(p => p.Status == status);
        }
        else if (!query.IncludeFinished)
        {
            visible = visible.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Reference numbers and case references match in part, names by the start of any word, and
            // a personnummer only whole: staff search for one person, never browse by birth date.
            // The name is matched against the search name the domain keeps in lower case: SQL lower()
            // folds only A–Z on SQLite, and per row it would cost every search a function call.
            var term = query.Search.Trim();
            var lowered = SubjectPerson.SearchNameOf(term);
            if (PersonalIdentityNumber.TryParse(term, SwedishTime.Today(clock.GetUtcNow()), out var identityNumber, out _))
            {
                visible = visible.Where(p => p.Person.IdentityNumber == identityNumber);
            }
            else if (NameAndBirthDate(term) is { } person)
            {
                // A person without personnummer is found by name and birth date together (any
                // person is, the birth date being kept for all); the date alone browses no one.
                var (name, born) = person;
                var nameStart = " " + name;
                visible = visible.Where(p => p.Person.BirthDate == born
                    && (!p.Person.HasProtectedIdentity || mine.Contains(p.Origin.InitiatingUnitId))
                    && (p.Person.SearchName.StartsWith(name) || p.Person.SearchName.Contains(nameStart)));
            }
            else if (ReserveNumber.FromSearch(term) is { } reserveNumber)
            {
                visible = visible.Where(p => p.Person.ReserveNumber == reserveNumber
                    || p.ReferenceNumber.Contains(term) || p.Origin.ExternalCaseReference.Contains(term));
            }
            else
            {
                var wordStart = " " + lowered;
                visible = visible.Where(p =>
                    p.ReferenceNumber.Contains(term)
                    || p.Origin.ExternalCaseReference.Contains(term)
                    || ((!p.Person.HasProtectedIdentity || mine.Contains(p.Origin.InitiatingUnitId))
                        && (p.Person.SearchName.StartsWith(lowered) || p.Person.SearchName.Contains(wordStart))));
            }
        }

        var total = await visible.CountAsync(cancellationToken);
        var units = db.Units;
        var items = await Sorted(visible, query.SortBy, query.Descending, mine, db.SwedishCollation)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(p => new PlanListItem(
                p.Id,
                p.ReferenceNumber,
                p.Person.HasProtectedIdentity && !mine.Contains(p.Origin.InitiatingUnitId) ? ProtectedIdentity.Shown : p.Person.FullName,
                p.Status,
                units.Where(u => u.Id == p.Origin.InitiatingUnitId).Select(u => u.Name).First(),
                p.FirstMeetingDueOn,
                p.FollowUps.Where(f => f.DoneAt == null).Min(f => (DateOnly?)f.DueOn),
                p.UpdatedAt,
                SubjectPerson.Kind(p.Person.IdentityNumber != null, p.Person.ReserveNumber != null)))
            .ToListAsync(cancellationToken);
        return new PlanPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>
    /// A name and a birth date written in one search ("Amir Haddad 2001-05-17" or "… 20010517"): the
    /// date as ÅÅÅÅ-MM-DD or ÅÅÅÅMMDD anywhere among the words, the rest the name in search form.
    /// </summary>
    public static (string Name, DateOnly BirthDate)? NameAndBirthDate(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd"];
        foreach (var word in words)
        {
            if (DateOnly.TryParseExact(word, formats, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var born))
            {
                var name = SubjectPerson.SearchNameOf(string.Join(' ', words.Where(w => w != word)));
                return name.Length == 0 ? null : (name, born);
            }
        }

        return null;
    }

    private static IOrderedQueryable<SipPlan> Sorted(
        IQueryable<SipPlan> plans, PlanSort sortBy, bool descending, IReadOnlyCollection<Guid> unitIds, string swedishCollation)
    {
        var name = ProtectedIdentity.SortNameFor(unitIds, swedishCollation);
        var ordered = sortBy switch
        {
            PlanSort.ReferenceNumber => descending
                ? plans.OrderByDescending(p => p.ReferenceNumber) : plans.OrderBy(p => p.ReferenceNumber),
            PlanSort.Status => descending ? plans.OrderByDescending(p => p.Status) : plans.OrderBy(p => p.Status),
            PlanSort.FirstMeetingDueOn => descending
                ? plans.OrderByDescending(p => p.FirstMeetingDueOn) : plans.OrderBy(p => p.FirstMeetingDueOn),
            PlanSort.PersonName => descending ? plans.OrderByDescending(name) : plans.OrderBy(name),
            _ => descending ? plans.OrderByDescending(p => p.UpdatedAt) : plans.OrderBy(p => p.UpdatedAt),
        };

        // A stable tie-breaker keeps pages from overlapping.
        return ordered.ThenBy(p => p.Id);
    }
}
