namespace Sip.Application.Features.Directory.Import;

/// <summary>What an import did, or in a preview would do, row by row: every row of the file is here once.</summary>
public sealed record DirectoryImportReport(
    bool DryRun, int Added, int Changed, int Unchanged, int Rejected, IReadOnlyList<ImportedRow> Rows)
{
    internal static DirectoryImportReport Of(bool dryRun, IEnumerable<ImportedRow> rows)
    {
        var ordered = rows.OrderBy(r => r.Line).ToList();
        return new(
            dryRun, Count(ImportOutcome.Added), Count(ImportOutcome.Changed), Count(ImportOutcome.Unchanged), Count(ImportOutcome.Rejected),
            ordered);

        int Count(ImportOutcome outcome) => ordered.Count(r => r.Outcome == outcome);
    }
}

/// <param name="Line">The line in the file where the row starts (the header is line 1).</param>
/// <param name="Kind">Null when the row's "typ" is missing or unknown.</param>
/// <param name="Key">How the row names its unit or user: HSA-id, user name, or organisation and unit name.</param>
/// <param name="ChangedColumns">For a changed row, the columns whose values changed.</param>
/// <param name="Problems">For a rejected row, every reason.</param>
public sealed record ImportedRow(
    int Line, DirectoryRowKind? Kind, string Key, ImportOutcome Outcome, IReadOnlyList<string> ChangedColumns,
    IReadOnlyList<ImportProblem> Problems);

/// <param name="Column">The column at fault, as the file names it.</param>
/// <param name="Message">Why, in Swedish.</param>
/// <param name="Value">The value at fault when the column holds several (a user's units).</param>
public sealed record ImportProblem(string Column, string Message, string? Value = null);

public enum DirectoryRowKind
{
    Unit,
    User,
}

public enum ImportOutcome
{
    /// <summary>Tillagd.</summary>
    Added,

    /// <summary>Ändrad.</summary>
    Changed,

    /// <summary>Oförändrad: nothing was written.</summary>
    Unchanged,

    /// <summary>Avvisad: nothing of the row was written.</summary>
    Rejected,
}
