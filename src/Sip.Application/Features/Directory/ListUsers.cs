namespace Sip.Application.Features.Directory;

/// <summary>Staff accounts with their role and units, for the administrator.</summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record ListUsers : IQuery<IReadOnlyList<UserView>>;

public sealed record UserView(
    Guid Id, string UserName, string DisplayName, string? Title, string? HsaId, UserRole Role, IReadOnlyList<Guid> UnitIds,
    Guid? AreaOrganizationId, bool IsActive, string? Email, bool IsManager)
{
    public static UserView From(UserAccount u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new(
            u.Id, u.UserName, u.DisplayName, u.Title, u.HsaId, u.Role, [.. u.UnitIds], u.AreaOrganizationId, u.IsActive, u.Email,
            u.IsManager);
    }
}

public sealed class ListUsersHandler(ISipDbContext db) : IQueryHandler<ListUsers, IReadOnlyList<UserView>>
{
    public async ValueTask<IReadOnlyList<UserView>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var collation = db.SwedishCollation;
        var users = await db.Users.AsNoTracking().OrderBy(u => EF.Functions.Collate(u.DisplayName, collation))
            .ToListAsync(cancellationToken);
        return [.. users.Select(UserView.From)];
    }
}
