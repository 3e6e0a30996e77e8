using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory;

/// <summary>The directory of units to invite, searchable by name or HSA-id; no personal data.</summary>
public sealed record ListUnits(
    string? Search = null, OrganizationKind? OrganizationKind = null, bool IncludeInactive = false) : IQuery<IReadOnlyList<UnitView>>;

public sealed record UnitView(
    Guid Id, string Name, UnitKind Kind, Guid OrganizationId, string OrganizationName, OrganizationKind OrganizationKind, string? HsaId,
    string? InvitationMailbox, bool IsActive,
    OrganizationKind? ActsForPrincipal = null)
{
    public static UnitView Of(OrganizationUnit unit, string organizationName)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(
            unit.Id, unit.Name, unit.Kind, unit.OrganizationId, organizationName, unit.OrganizationKind, unit.HsaId, unit.InvitationMailbox,
            unit.IsActive, unit.ActsForPrincipal);
    }
}

public sealed class ListUnitsValidator : AbstractValidator<ListUnits>
{
    public ListUnitsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100).WithMessage("Sökningen får vara högst 100 tecken.");
        RuleFor(x => x.OrganizationKind).IsInEnum().WithMessage("Okänd typ av organisation.");
    }
}

public sealed class ListUnitsHandler(ISipDbContext db) : IQueryHandler<ListUnits, IReadOnlyList<UnitView>>
{
    public async ValueTask<IReadOnlyList<UnitView>> Handle(ListUnits query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var units = db.Units.AsNoTracking();
        if (!query.IncludeInactive)
        {
            units = units.Where(u => u.IsActive);
        }

        if (query.OrganizationKind is { } kind)
        {
            units = units.Where(u => u.OrganizationKind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();

            // Runs as SQL lower(), where .NET cultures and comparison overloads do not exist.
#pragma warning disable CA1304, CA1311, CA1862
            units = units.Where(u => u.Name.ToLower().Contains(term) || (u.HsaId != null && u.HsaId.ToLower() == term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var collation = db.SwedishCollation;
        return await units
            .Join(db.Organizations, u => u.OrganizationId, o => o.Id, (u, o) => new { Unit = u, Organization = o })
            .OrderBy(x => EF.Functions.Collate(x.Organization.Name, collation)).ThenBy(x => EF.Functions.Collate(x.Unit.Name, collation))
            .Take(500)
            .Select(x => new UnitView(
                x.Unit.Id, x.Unit.Name, x.Unit.Kind, x.Organization.Id, x.Organization.Name, x.Unit.OrganizationKind, x.Unit.HsaId,
                x.Unit.InvitationMailbox, x.Unit.IsActive,
                x.Unit.ActsForPrincipal))
            .ToListAsync(cancellationToken);
    }
}
