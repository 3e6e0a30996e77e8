using FluentValidation.Results;

namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// Every reason a row is refused, by column: the file's own words that did not parse, and what the
/// Administration page's validators say about the unit or user the row describes.
/// </summary>
internal sealed class RowProblems(IEnumerable<ImportProblem> fromFile, IReadOnlyDictionary<string, string> columnOfProperty)
{
    private readonly List<ImportProblem> _problems = [.. fromFile];

    public bool Any => _problems.Count > 0;

    public IReadOnlyList<ImportProblem> All => _problems;

    public void Add(string column, string message, string? value = null) => _problems.Add(new ImportProblem(column, message, value));

    /// <summary>
    /// The validator's failures, except on a column already refused: a word that did not parse
    /// reaches the validator as an empty value, and "choose one" would only repeat the reason.
    /// </summary>
    public void Add(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var refused = _problems.Select(p => p.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in result.Errors)
        {
            var column = columnOfProperty.GetValueOrDefault(failure.PropertyName.Split('[', 2)[0], failure.PropertyName);
            if (!refused.Contains(column) && !_problems.Any(p => p.Column == column && p.Message == failure.ErrorMessage))
            {
                _problems.Add(new ImportProblem(column, failure.ErrorMessage));
            }
        }
    }
}
