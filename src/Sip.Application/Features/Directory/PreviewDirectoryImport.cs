using Sip.Application.Features.Directory.Import;

namespace Sip.Application.Features.Directory;

/// <summary>
/// Förhandsgranska: the report an import of the file would give, with nothing kept. It is a query,
/// so it leaves no line in the access log as a change would.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record PreviewDirectoryImport(ReadOnlyMemory<byte> File) : IQuery<DirectoryImportReport>;

public sealed class PreviewDirectoryImportValidator : AbstractValidator<PreviewDirectoryImport>
{
    public PreviewDirectoryImportValidator() => this.DirectoryFile(x => x.File);
}

public sealed class PreviewDirectoryImportHandler(ISipDbContext db, DirectoryImporter importer)
    : IQueryHandler<PreviewDirectoryImport, DirectoryImportReport>
{
    /// <summary>
    /// The import itself, run in a transaction that is rolled back: the rules that ask the database
    /// (an HSA-id taken, a unit added three lines up) then answer exactly as they would on import.
    /// </summary>
    public async ValueTask<DirectoryImportReport> Handle(PreviewDirectoryImport query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            try
            {
                return await importer.RunAsync(query.File, dryRun: true, cancellationToken);
            }
            finally
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }
    }
}
