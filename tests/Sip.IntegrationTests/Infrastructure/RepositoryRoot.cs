namespace Sip.IntegrationTests.Infrastructure;

/// <summary>The clone the tests were built from, for tests that read its files (deploy/, the migration scripts).</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sip.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sip.sln not found above the test's folder.");
    }
}
