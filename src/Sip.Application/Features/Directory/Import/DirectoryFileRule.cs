using System.Linq.Expressions;

namespace Sip.Application.Features.Directory.Import;

internal static class DirectoryFileRule
{
    /// <summary>
    /// Every problem that makes a directory file unreadable as a whole, each under its column (or
    /// "fil", or "rad N"), all at once: then nothing of the file is imported.
    /// </summary>
    public static void DirectoryFile<T>(this AbstractValidator<T> validator, Expression<Func<T, ReadOnlyMemory<byte>>> file) =>
        validator.RuleFor(file).Custom((content, context) =>
        {
            foreach (var problem in DirectoryCsv.Read(content).Problems)
            {
                context.AddFailure(problem.Where, problem.Message);
            }
        });
}
