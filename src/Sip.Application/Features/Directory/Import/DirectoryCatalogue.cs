using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// The directory as the import sees it: read once, then kept up to date as rows are applied, so
/// that a user's row finds a unit added a few lines earlier and 20 000 rows need no lookup each.
/// </summary>
internal sealed class DirectoryCatalogue
{
    private readonly List<(Guid Id, string Name, string? Number)> _organizations;
    private readonly Dictionary<Guid, UnitView> _units = [];
    private readonly Dictionary<string, UnitView> _unitsByHsaId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<UnitView>> _unitsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, UserView> _users = [];
    private readonly Dictionary<string, UserView> _usersByHsaId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserView> _usersByName = new(StringComparer.OrdinalIgnoreCase);

    private DirectoryCatalogue(List<(Guid, string, string?)> organizations, IEnumerable<UnitView> units, IEnumerable<UserView> users)
    {
        _organizations = organizations;
        foreach (var unit in units)
        {
            Put(unit);
        }

        foreach (var user in users)
        {
            Put(user);
        }
    }

    public static async Task<DirectoryCatalogue> ReadAsync(ISipDbContext db, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.OrganizationNumber }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Join(db.Organizations, u => u.OrganizationId, o => o.Id, (u, o) => new UnitView(
                u.Id, u.Name, u.Kind, o.Id, o.Name, u.OrganizationKind, u.HsaId, u.InvitationMailbox, u.IsActive,
                u.ActsForPrincipal))
            .ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        return new([.. organizations.Select(o => (o.Id, o.Name, o.OrganizationNumber))], units, users.Select(UserView.From));
    }

    /// <summary>An organisation by its organisation number (with or without the hyphen) or its name.</summary>
    public Guid? Organization(string reference)
    {
        var digits = Digits(reference);
        var byNumber = digits.Length == 10 ? _organizations.Where(o => o.Number is not null && Digits(o.Number) == digits).ToList() : [];
        var found = byNumber.Count > 0
            ? byNumber
            : _organizations.Where(o => string.Equals(o.Name, reference, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count == 1 ? found[0].Id : null;
    }

    public UnitView? UnitByHsaId(string hsaId) => _unitsByHsaId.GetValueOrDefault(hsaId);

    public UnitView? UnitByName(Guid organizationId, string name) =>
        _unitsByName.GetValueOrDefault(name)?.FirstOrDefault(u => u.OrganizationId == organizationId);

    /// <summary>Units a user's row names by HSA-id or by name; a name several organisations use finds them all.</summary>
    public IReadOnlyList<UnitView> UnitsNamed(string reference) =>
        UnitByHsaId(reference) is { } byHsa ? [byHsa] : _unitsByName.GetValueOrDefault(reference) ?? [];

    public UserView? UserByHsaId(string hsaId) => _usersByHsaId.GetValueOrDefault(hsaId);

    public UserView? UserByName(string userName) => _usersByName.GetValueOrDefault(userName);

    public void Put(UnitView unit)
    {
        if (_units.Remove(unit.Id, out var old))
        {
            if (old.HsaId is not null)
            {
                _unitsByHsaId.Remove(old.HsaId);
            }

            _unitsByName[old.Name].RemoveAll(u => u.Id == old.Id);
        }

        _units[unit.Id] = unit;
        if (unit.HsaId is not null)
        {
            _unitsByHsaId[unit.HsaId] = unit;
        }

        if (!_unitsByName.TryGetValue(unit.Name, out var named))
        {
            _unitsByName[unit.Name] = named = [];
        }

        named.Add(unit);
    }

    public void Put(UserView user)
    {
        if (_users.Remove(user.Id, out var old) && old.HsaId is not null)
        {
            _usersByHsaId.Remove(old.HsaId);
        }

        _users[user.Id] = user;
        _usersByName[user.UserName] = user;
        if (user.HsaId is not null)
        {
            _usersByHsaId[user.HsaId] = user;
        }
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
