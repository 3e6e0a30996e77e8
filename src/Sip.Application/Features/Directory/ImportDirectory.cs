using Sip.Application.Features.Directory.Import;

namespace Sip.Application.Features.Directory;

/// <summary>
/// The administrator loads units and users from the county's catalogue (a CSV file, see
/// docs/directory-import.md). Valid rows are added or changed; the others are reported with every
/// reason. Importing the same file again writes nothing, and nobody left out of the file is touched.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record ImportDirectory(ReadOnlyMemory<byte> File) : ICommand<DirectoryImportReport>;

public sealed class ImportDirectoryValidator : AbstractValidator<ImportDirectory>
{
    public ImportDirectoryValidator() => this.DirectoryFile(x => x.File);
}

public sealed class ImportDirectoryHandler(DirectoryImporter importer) : ICommandHandler<ImportDirectory, DirectoryImportReport>
{
    public async ValueTask<DirectoryImportReport> Handle(ImportDirectory command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await importer.RunAsync(command.File, dryRun: false, cancellationToken);
    }
}
