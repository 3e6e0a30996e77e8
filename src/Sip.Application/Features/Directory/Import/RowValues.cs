namespace Sip.Application.Features.Directory.Import;

/// <summary>What units' and users' rows read and compare alike.</summary>
internal static class RowValues
{
    /// <summary>
    /// "aktiv": ja or nej. Blank or left out keeps what is stored (a new row is active), so a file
    /// without the column never takes anyone out of use.
    /// </summary>
    public static bool Active(DirectoryRow row, bool? stored, RowProblems problems) =>
        YesNo(row, DirectoryColumns.Active, stored ?? true, problems);

    public static bool YesNo(DirectoryRow row, string column, bool otherwise, RowProblems problems)
    {
        if (row[column] is not { } word)
        {
            return otherwise;
        }

        if (DirectoryWords.YesNo(word) is { } value)
        {
            return value;
        }

        problems.Add(column, "Skriv ja eller nej.", word);
        return otherwise;
    }

    /// <summary>Adds <paramref name="column"/> to <paramref name="changed"/> when the file says otherwise than the directory.</summary>
    public static void Compare<T>(List<string> changed, string column, T stored, T wanted)
    {
        if (!EqualityComparer<T>.Default.Equals(stored, wanted))
        {
            changed.Add(column);
        }
    }
}
