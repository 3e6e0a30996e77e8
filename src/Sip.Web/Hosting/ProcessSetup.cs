using Sip.Infrastructure.Persistence;

namespace Sip.Web.Hosting;

/// <summary>What one process does, from <c>Sip:Role</c>.</summary>
internal enum ProcessRole
{
    /// <summary>The embedded default: pages, API and the Hangfire server in one process.</summary>
    All,

    /// <summary>Pages and API; jobs can still be enqueued into the shared storage, but none runs here.</summary>
    Web,

    /// <summary>The Hangfire server and the recurring jobs; over HTTP only the health endpoints.</summary>
    Worker,
}

/// <summary>The role of this process and what follows from it, read once at start-up so that a mistyped role stops the process.
/// <c>UsesJobs</c>: Hangfire is configured here at all. Only the single-process default migrates at startup; web nodes and workers
/// leave the schema to the one-shot <c>migrate</c> command, so that several of them never race over a migration.</summary>
internal sealed record ProcessSetup(ProcessRole Role, bool UsesJobs, bool MigratesAtStartup)
{
    public bool ServesWeb => Role != ProcessRole.Worker;

    public bool RunsJobServer => UsesJobs && Role != ProcessRole.Web;

    public static ProcessSetup From(IConfiguration configuration)
    {
        var role = RoleFrom(configuration["Sip:Role"]);

        // Jobs:Enabled predates the roles and keeps its meaning: false leaves Hangfire out of the
        // process entirely (tests and benchmarks run the jobs themselves, when they choose).
        var usesJobs = configuration.GetValue("Jobs:Enabled", true);
        if (role == ProcessRole.Worker && !usesJobs)
        {
            throw new InvalidOperationException("Sip:Role Worker runs the background jobs and nothing else; it cannot be combined with " +
                "Jobs:Enabled=false.");
        }

        if (role != ProcessRole.All && usesJobs && DatabaseRegistration.ProviderFrom(configuration) == DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"Sip:Role {role} shares its background jobs with the other processes through the database, which needs " +
                    "Database:Provider Postgres or SqlServer. " +
                "With SQLite the jobs live in one process's memory: use Sip:Role All.");
        }

        return new ProcessSetup(role, usesJobs, configuration.GetValue("Database:MigrateAtStartup", role == ProcessRole.All));
    }

    // Not Enum.TryParse: it would take "1" or "Web,Worker" as a role.
    private static ProcessRole RoleFrom(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ALL" => ProcessRole.All,
        "WEB" => ProcessRole.Web,
        "WORKER" => ProcessRole.Worker,
        _ => throw new InvalidOperationException($"Sip:Role '{value}' is not one of All, Web, Worker."),
    };
}
