namespace Sip.Benchmarks;

/// <summary>The repository the benchmark was built in: its docs, its deploy files and the app's project.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sip.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The benchmark runs from its build output inside the repository.");
    }

    /// <summary>
    /// The runtime's settings the production image gives the app (the <c>ENV DOTNET_…</c> lines of
    /// deploy/Dockerfile), so that what is measured is the app as deployed.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DeployedRuntime() =>
        File.ReadLines(Path.Combine(Root(), "deploy", "Dockerfile"))
            .Where(line => line.StartsWith("ENV DOTNET_", StringComparison.Ordinal))
            .Select(line => line["ENV ".Length..].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
}
