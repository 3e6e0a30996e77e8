namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// Runs a directory file against the directory: units first, so that users may name units added
/// further down the same file; each row on its own, so a bad row is reported and the rest go in.
/// What it writes, it writes through the caller's transaction, which decides whether it stays.
/// </summary>
public sealed class DirectoryImporter(
    ISipDbContext db,
    IValidator<CreateUnit> creatingUnit,
    IValidator<UpdateUnit> updatingUnit,
    IValidator<CreateUser> creatingUser,
    IValidator<UpdateUser> updatingUser)
{
    public async Task<DirectoryImportReport> RunAsync(ReadOnlyMemory<byte> file, bool dryRun, CancellationToken cancellationToken)
    {
        var content = DirectoryCsv.Read(file);
        if (content.Problems.Count > 0)
        {
            // The validator refused such a file before the handler ran.
            throw new InvalidOperationException("A directory file with file-level problems reached the import.");
        }

        var catalogue = await DirectoryCatalogue.ReadAsync(db, cancellationToken);
        var units = new UnitRows(db, creatingUnit, updatingUnit, catalogue);
        var users = new UserRows(db, creatingUser, updatingUser, catalogue);
        var byKind = content.Rows.ToLookup(r => DirectoryWords.RowKind(r[DirectoryColumns.Kind]));
        var unitTwice = Repeated(byKind[DirectoryRowKind.Unit], r => [UnitRows.Key(r).ToUpperInvariant()]);
        var userTwice = Repeated(
            byKind[DirectoryRowKind.User],
            r => [r[DirectoryColumns.UserName]?.ToUpperInvariant(), r[DirectoryColumns.HsaId]?.ToUpperInvariant()]);

        var report = new List<ImportedRow>(content.Rows.Count);
        foreach (var row in byKind[DirectoryRowKind.Unit])
        {
            var column = row[DirectoryColumns.HsaId] is null ? DirectoryColumns.Name : DirectoryColumns.HsaId;
            IEnumerable<ImportProblem> twice = unitTwice.Contains(row) ? [new(column, "Samma enhet finns på flera rader i filen.")] : [];
            report.Add(await units.ImportAsync(row, twice, cancellationToken));
        }

        foreach (var row in byKind[DirectoryRowKind.User])
        {
            IEnumerable<ImportProblem> twice = userTwice.Contains(row)
                ? [new(DirectoryColumns.UserName, "Samma användare finns på flera rader i filen.")]
                : [];
            report.Add(await users.ImportAsync(row, twice, cancellationToken));
        }

        report.AddRange(byKind[null].Select(row => new ImportedRow(
            row.Line, null, row[DirectoryColumns.Name] ?? string.Empty, ImportOutcome.Rejected, [],
            [new(DirectoryColumns.Kind, "Skriv enhet eller användare.", row[DirectoryColumns.Kind])])));
        return DirectoryImportReport.Of(dryRun, report);
    }

    /// <summary>
    /// Rows that share a key with another row. Every one of them is refused, not all but the first:
    /// which of two rows about one unit is right is for the county to say.
    /// </summary>
    private static HashSet<DirectoryRow> Repeated(IEnumerable<DirectoryRow> rows, Func<DirectoryRow, string?[]> keys) =>
    [
        .. rows.SelectMany(r => keys(r).OfType<string>().Select(k => (Key: k, Row: r)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(x => x.Row)),
    ];
}
