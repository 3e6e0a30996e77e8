namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// A user's row: found by HSA-id or user name; then held to the rules of <see cref="CreateUser"/> or
/// <see cref="UpdateUser"/> (so an administrator cannot deactivate themself by file either) and
/// written by their handlers.
/// </summary>
internal sealed class UserRows(
    ISipDbContext db, IValidator<CreateUser> creating, IValidator<UpdateUser> updating, DirectoryCatalogue catalogue)
{
    /// <summary>Several units in one cell are separated by this, which neither ';' nor ',' files use for anything else.</summary>
    public const char UnitSeparator = '|';

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(CreateUser.UserName)] = DirectoryColumns.UserName,
        [nameof(CreateUser.DisplayName)] = DirectoryColumns.Name,
        [nameof(CreateUser.Title)] = DirectoryColumns.Title,
        [nameof(CreateUser.HsaId)] = DirectoryColumns.HsaId,
        [nameof(CreateUser.Role)] = DirectoryColumns.Role,
        [nameof(CreateUser.UnitIds)] = DirectoryColumns.Units,
        [nameof(CreateUser.AreaOrganizationId)] = DirectoryColumns.Area,
        [nameof(CreateUser.Email)] = DirectoryColumns.Email,
        [nameof(CreateUser.IsManager)] = DirectoryColumns.Manager,
        [nameof(UpdateUser.IsActive)] = DirectoryColumns.Active,
    };

    public static string Key(DirectoryRow row) => row[DirectoryColumns.UserName] ?? row[DirectoryColumns.HsaId] ?? string.Empty;

    public async Task<ImportedRow> ImportAsync(DirectoryRow row, IEnumerable<ImportProblem> fromFile, CancellationToken cancellationToken)
    {
        var problems = new RowProblems(fromFile, ColumnOf);
        var existing = Existing(row, problems);
        var role = RoleOf(row, existing, problems);
        var wanted = new UserView(
            existing?.Id ?? Guid.Empty,
            existing?.UserName ?? row[DirectoryColumns.UserName] ?? string.Empty,
            row[DirectoryColumns.Name] ?? string.Empty,
            row.Has(DirectoryColumns.Title) ? row[DirectoryColumns.Title] : existing?.Title,
            row.Has(DirectoryColumns.HsaId) ? row[DirectoryColumns.HsaId] : existing?.HsaId,
            role ?? default,
            UnitsOf(row, existing, problems),
            role == UserRole.SipSupport ? AreaOf(row, existing, problems) : null,
            RowValues.Active(row, existing?.IsActive, problems),
            row.Has(DirectoryColumns.Email) ? row[DirectoryColumns.Email] : existing?.Email,
            RowValues.YesNo(row, DirectoryColumns.Manager, existing?.IsManager ?? false, problems));
        var changed = existing is null ? [] : Changes(existing, wanted);
        if (existing is not null && changed.Count == 0 && !problems.Any)
        {
            return Outcome(row, ImportOutcome.Unchanged);
        }

        var create = new CreateUser(
            wanted.UserName, wanted.DisplayName, wanted.Title, wanted.HsaId, wanted.Role, wanted.UnitIds, wanted.AreaOrganizationId,
            wanted.Email, wanted.IsManager);
        var update = new UpdateUser(
            wanted.Id, wanted.DisplayName, wanted.Title, wanted.HsaId, wanted.Role, wanted.UnitIds, wanted.AreaOrganizationId,
            wanted.IsActive, wanted.Email, wanted.IsManager);
        problems.Add(existing is null
            ? await creating.ValidateAsync(create, cancellationToken)
            : await updating.ValidateAsync(update, cancellationToken));
        if (problems.Any)
        {
            return new ImportedRow(row.Line, DirectoryRowKind.User, Key(row), ImportOutcome.Rejected, [], problems.All);
        }

        UserView saved;
        if (existing is null)
        {
            saved = await new CreateUserHandler(db).Handle(create, cancellationToken);

            // Someone who has left is still added inactive, so that the log and old plans can name them.
            if (!wanted.IsActive)
            {
                saved = await new UpdateUserHandler(db).Handle(update with { UserId = saved.Id }, cancellationToken);
            }
        }
        else
        {
            saved = await new UpdateUserHandler(db).Handle(update, cancellationToken);
        }

        catalogue.Put(saved);
        db.ChangeTracker.Clear();
        return existing is null ? Outcome(row, ImportOutcome.Added) : Outcome(row, ImportOutcome.Changed, changed);
    }

    private static ImportedRow Outcome(DirectoryRow row, ImportOutcome outcome, IReadOnlyList<string>? changed = null) =>
        new(row.Line, DirectoryRowKind.User, Key(row), outcome, changed ?? [], []);

    /// <summary>The user the HSA-id names, else the user name does. A user name never changes: it is how the person signs in.</summary>
    private UserView? Existing(DirectoryRow row, RowProblems problems)
    {
        if (row[DirectoryColumns.UserName] is not { } userName)
        {
            problems.Add(DirectoryColumns.UserName, "Ange användarnamn.");
            return null;
        }

        var byHsaId = row[DirectoryColumns.HsaId] is { } hsa ? catalogue.UserByHsaId(hsa) : null;
        if (byHsaId is not null && !string.Equals(byHsaId.UserName, userName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(
                DirectoryColumns.UserName,
                "HSA-id:t hör till en användare med ett annat användarnamn. Ett användarnamn kan inte ändras.");
            return null;
        }

        return byHsaId ?? catalogue.UserByName(userName);
    }

    private static UserRole? RoleOf(DirectoryRow row, UserView? existing, RowProblems problems)
    {
        if (row[DirectoryColumns.Role] is not { } word)
        {
            if (existing is null)
            {
                problems.Add(DirectoryColumns.Role, "Ange roll.");
            }

            return existing?.Role;
        }

        var role = DirectoryWords.RoleNamed(word);
        if (role is null)
        {
            problems.Add(
                DirectoryColumns.Role, "Okänd roll. Skriv socialsekreterare, hälso- och sjukvård, SIP-stödjare eller administratör.", word);
        }

        return role;
    }

    private List<Guid> UnitsOf(DirectoryRow row, UserView? existing, RowProblems problems)
    {
        if (!row.Has(DirectoryColumns.Units))
        {
            return [.. existing?.UnitIds ?? []];
        }

        var ids = new List<Guid>();
        var references = (row[DirectoryColumns.Units] ?? string.Empty)
            .Split(UnitSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var reference in references)
        {
            var found = catalogue.UnitsNamed(reference);
            switch (found.Count)
            {
                case 0:
                    problems.Add(DirectoryColumns.Units, "Enheten finns inte i katalogen.", reference);
                    break;
                case > 1:
                    problems.Add(DirectoryColumns.Units, "Flera enheter har detta namn. Ange enhetens HSA-id.", reference);
                    break;
                default:
                    ids.Add(found[0].Id);
                    break;
            }
        }

        return [.. ids.Distinct()];
    }

    private Guid? AreaOf(DirectoryRow row, UserView? existing, RowProblems problems)
    {
        if (!row.Has(DirectoryColumns.Area))
        {
            return existing?.AreaOrganizationId;
        }

        if (row[DirectoryColumns.Area] is not { } reference)
        {
            return null;
        }

        var found = catalogue.Organization(reference);
        if (found is null)
        {
            problems.Add(DirectoryColumns.Area, "Organisationen finns inte i katalogen.", reference);
        }

        return found;
    }

    private static List<string> Changes(UserView stored, UserView wanted)
    {
        var changed = new List<string>();
        RowValues.Compare(changed, DirectoryColumns.Name, stored.DisplayName, wanted.DisplayName);
        RowValues.Compare(changed, DirectoryColumns.Title, stored.Title, wanted.Title);
        RowValues.Compare(changed, DirectoryColumns.HsaId, stored.HsaId, wanted.HsaId);
        RowValues.Compare(changed, DirectoryColumns.Role, stored.Role, wanted.Role);
        RowValues.Compare(changed, DirectoryColumns.Units, stored.UnitIds.ToHashSet().SetEquals(wanted.UnitIds), true);
        RowValues.Compare(changed, DirectoryColumns.Area, stored.AreaOrganizationId, wanted.AreaOrganizationId);
        RowValues.Compare(changed, DirectoryColumns.Email, stored.Email, wanted.Email);
        RowValues.Compare(changed, DirectoryColumns.Manager, stored.IsManager, wanted.IsManager);
        RowValues.Compare(changed, DirectoryColumns.Active, stored.IsActive, wanted.IsActive);
        return changed;
    }
}
