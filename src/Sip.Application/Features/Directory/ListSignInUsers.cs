namespace Sip.Application.Features.Directory;

/// <summary>The demo sign-in page's list of users: names, roles and units only.</summary>
public sealed record ListSignInUsers : IQuery<IReadOnlyList<SignInUser>>, IAnonymousRequest;

public sealed record SignInUser(Guid Id, string DisplayName, string? Title, UserRole Role, IReadOnlyList<string> UnitNames);

public sealed class ListSignInUsersHandler(ISipDbContext db) : IQueryHandler<ListSignInUsers, IReadOnlyList<SignInUser>>
{
    public async ValueTask<IReadOnlyList<SignInUser>> Handle(ListSignInUsers query, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).ToListAsync(cancellationToken);
        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return [.. users
            .OrderBy(u => u.Role)
            .ThenBy(u => u.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .Select(u => new SignInUser(
                u.Id, u.DisplayName, u.Title, u.Role, [.. u.UnitIds.Select(id => unitNames.GetValueOrDefault(id, "?"))]))];
    }
}
