using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// A unit's row: found by HSA-id, or by organisation and name when it has none; then held to the
/// rules of <see cref="CreateUnit"/> or <see cref="UpdateUnit"/> and written by their handlers, as
/// if the administrator had typed it.
/// </summary>
internal sealed class UnitRows(
    ISipDbContext db, IValidator<CreateUnit> creating, IValidator<UpdateUnit> updating, DirectoryCatalogue catalogue)
{
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(CreateUnit.OrganizationId)] = DirectoryColumns.Organization,
        [nameof(CreateUnit.Name)] = DirectoryColumns.Name,
        [nameof(CreateUnit.Kind)] = DirectoryColumns.UnitKind,
        [nameof(CreateUnit.HsaId)] = DirectoryColumns.HsaId,
        [nameof(CreateUnit.InvitationMailbox)] = DirectoryColumns.Email,
        [nameof(UpdateUnit.IsActive)] = DirectoryColumns.Active,
    };

    /// <summary>What names the unit in the file, for the report and for finding the same unit twice.</summary>
    public static string Key(DirectoryRow row) =>
        row[DirectoryColumns.HsaId] ?? $"{row[DirectoryColumns.Organization]} / {row[DirectoryColumns.Name]}";

    public async Task<ImportedRow> ImportAsync(DirectoryRow row, IEnumerable<ImportProblem> fromFile, CancellationToken cancellationToken)
    {
        var problems = new RowProblems(fromFile, ColumnOf);
        var organizationId = OrganizationOf(row, problems);
        var existing = (row[DirectoryColumns.HsaId] is { } hsa ? catalogue.UnitByHsaId(hsa) : null)
            ?? (organizationId is { } org && row[DirectoryColumns.Name] is { } name ? catalogue.UnitByName(org, name) : null);
        if (existing is not null && organizationId is { } stated && existing.OrganizationId != stated)
        {
            problems.Add(
                DirectoryColumns.Organization,
                "Enheten med detta HSA-id hör till en annan organisation. En enhet kan inte byta organisation.");
        }

        var kind = KindOf(row, existing, problems);
        var active = RowValues.Active(row, existing?.IsActive, problems);
        var wanted = new UnitView(
            existing?.Id ?? Guid.Empty,
            row[DirectoryColumns.Name] ?? string.Empty,
            kind ?? default,
            organizationId ?? Guid.Empty,
            string.Empty,
            default,
            row.Has(DirectoryColumns.HsaId) ? row[DirectoryColumns.HsaId] : existing?.HsaId,
            row.Has(DirectoryColumns.Email) ? row[DirectoryColumns.Email] : existing?.InvitationMailbox,
            active);
        var changed = existing is null ? [] : Changes(existing, wanted);
        if (existing is not null && changed.Count == 0 && !problems.Any)
        {
            return Outcome(row, ImportOutcome.Unchanged);
        }

        var create = new CreateUnit(wanted.OrganizationId, wanted.Name, wanted.Kind, wanted.HsaId, wanted.InvitationMailbox);
        var update = new UpdateUnit(wanted.Id, wanted.Name, wanted.Kind, wanted.HsaId, wanted.InvitationMailbox, wanted.IsActive);
        problems.Add(existing is null
            ? await creating.ValidateAsync(create, cancellationToken)
            : await updating.ValidateAsync(update, cancellationToken));
        if (problems.Any)
        {
            return new ImportedRow(row.Line, DirectoryRowKind.Unit, Key(row), ImportOutcome.Rejected, [], problems.All);
        }

        UnitView saved;
        if (existing is null)
        {
            saved = await new CreateUnitHandler(db).Handle(create, cancellationToken);

            // A unit the catalogue lists as closed is still added, so that plans and users may name it.
            if (!wanted.IsActive)
            {
                saved = await new UpdateUnitHandler(db).Handle(update with { UnitId = saved.Id }, cancellationToken);
            }
        }
        else
        {
            saved = await new UpdateUnitHandler(db).Handle(update, cancellationToken);
        }

        catalogue.Put(saved);
        db.ChangeTracker.Clear();
        return existing is null ? Outcome(row, ImportOutcome.Added) : Outcome(row, ImportOutcome.Changed, changed);
    }

    private static ImportedRow Outcome(DirectoryRow row, ImportOutcome outcome, IReadOnlyList<string>? changed = null) =>
        new(row.Line, DirectoryRowKind.Unit, Key(row), outcome, changed ?? [], []);

    private Guid? OrganizationOf(DirectoryRow row, RowProblems problems)
    {
        if (row[DirectoryColumns.Organization] is not { } reference)
        {
            problems.Add(DirectoryColumns.Organization, "Ange organisationens organisationsnummer eller namn.");
            return null;
        }

        var found = catalogue.Organization(reference);
        if (found is null)
        {
            problems.Add(DirectoryColumns.Organization, "Organisationen finns inte i katalogen.", reference);
        }

        return found;
    }

    private static UnitKind? KindOf(DirectoryRow row, UnitView? existing, RowProblems problems)
    {
        if (row[DirectoryColumns.UnitKind] is not { } word)
        {
            if (existing is null)
            {
                problems.Add(DirectoryColumns.UnitKind, "Ange enhetstyp.");
            }

            return existing?.Kind;
        }

        var kind = DirectoryWords.UnitKindNamed(word);
        if (kind is null)
        {
            problems.Add(
                DirectoryColumns.UnitKind,
                "Okänd enhetstyp. Skriv socialtjänst, hälsocentral, psykiatri och beroendevård, kommunal hälso- och sjukvård, "
                    + "slutenvård, HVB eller annan aktör.",
                word);
        }

        return kind;
    }

    private static List<string> Changes(UnitView stored, UnitView wanted)
    {
        var changed = new List<string>();
        RowValues.Compare(changed, DirectoryColumns.Name, stored.Name, wanted.Name);
        RowValues.Compare(changed, DirectoryColumns.UnitKind, stored.Kind, wanted.Kind);
        RowValues.Compare(changed, DirectoryColumns.HsaId, stored.HsaId, wanted.HsaId);
        RowValues.Compare(changed, DirectoryColumns.Email, stored.InvitationMailbox, wanted.InvitationMailbox);
        RowValues.Compare(changed, DirectoryColumns.Active, stored.IsActive, wanted.IsActive);
        return changed;
    }
}
