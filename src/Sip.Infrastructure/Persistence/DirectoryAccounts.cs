using Microsoft.EntityFrameworkCore;
using Sip.Application.Pipeline;
using Sip.Domain.Users;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// The directory's active user that a sign-in stands for: by id for a cookie, a token or the demo; by HSA id or
/// user name for what the identity provider vouched for. Sign-in reads the directory here and nowhere else.
/// </summary>
public sealed class DirectoryAccounts(SipDbContext db, DirectoryUsers kept)
{
    // Every request with a cookie or a token asks by id, so the query is compiled once per model.
    private static readonly CompiledPerModel<Func<SipDbContext, Guid, Task<UserAccount?>>> ActiveById = new(() =>
        EF.CompileAsyncQuery((SipDbContext db, Guid id) =>
            db.Users.AsNoTracking().AsSingleQuery().FirstOrDefault(u => u.IsActive && u.Id == id)));

    private static readonly CompiledPerModel<Func<SipDbContext, string, Task<UserAccount?>>> ActiveByHsaId = new(() =>
        EF.CompileAsyncQuery((SipDbContext db, string hsaId) =>
            db.Users.AsNoTracking().AsSingleQuery().FirstOrDefault(u => u.IsActive && u.HsaId == hsaId)));

    /// <summary>From memory where <see cref="DirectoryUsers"/> may keep it; a database restart is waited out.</summary>
    public ValueTask<UserAccount?> ActiveAsync(Guid id, CancellationToken cancellationToken) =>
        kept.ActiveByIdAsync(id, () =>
            DatabaseAway.WaitOutAsync(async () => await ActiveById.For(db)(db, id), cancellationToken));

    public ValueTask<UserAccount?> ActiveByHsaIdAsync(string hsaId, CancellationToken cancellationToken) =>
        DatabaseAway.WaitOutAsync(async () => await ActiveByHsaId.For(db)(db, hsaId), cancellationToken);

    public Task<UserAccount?> ActiveByUserNameAsync(string userName, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.IsActive && u.UserName == userName, cancellationToken);
}
