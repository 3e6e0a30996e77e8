using System.Diagnostics;
using System.Text;

namespace Sip.Deploy.Tests;

/// <summary>
/// The validators these tests run: Debian's docker-compose and nginx, and the Kubernetes API's
/// schemas from the npm registry (kubernetes-models, @kubernetes/client-node's field lists, js-yaml),
/// which .ci/run installs into a folder of its own (SIP_DEPLOY_TOOLS, by default
/// ~/.cache/sip-ci/deploy-tools). Where one is missing the test is skipped with a reason, except
/// under CI=true, where it runs and fails.
/// </summary>
public static class Tools
{
    public const string Compose = "docker-compose";
    public const string Nginx = "nginx";
    public const string Node = "node";
    public const string KubernetesSchemas = "kubernetes-models";
    public const string Kubectl = "kubectl";

    /// <summary>The folder whose node_modules holds the Kubernetes schemas.</summary>
    public static string ToolsFolder => Environment.GetEnvironmentVariable("SIP_DEPLOY_TOOLS") is { Length: > 0 } own
        ? own
        : Path.Combine(CacheFolder, "sip-ci", "deploy-tools");

    private static string CacheFolder => Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
        ? xdg
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tool's full path, or null when it is nowhere to be found.</summary>
    public static string? Find(string tool)
    {
        if (tool == KubernetesSchemas)
        {
            // The packages the validator script imports; a plain `dotnet test` after one run of
            // .ci/run finds them in the same folder.
            string[] packages = ["kubernetes-models", "js-yaml", "@kubernetes/client-node"];
            return packages.All(p => File.Exists(Path.Combine(ToolsFolder, "node_modules", p, "package.json"))) ? ToolsFolder : null;
        }

        var folders = new List<string>();
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        // nginx lives in sbin, which a non-root PATH often leaves out.
        folders.AddRange(["/usr/sbin", "/usr/local/sbin", "/sbin"]);
        return folders.Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
    }

    /// <summary>The tool's path; under CI a missing tool fails the test here, with the reason.</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new InvalidOperationException(
            $"{tool} is not installed. bash .ci/run installs it (see its step 'Validators for deploy/').");

    /// <summary>Null when the optional tool is there; it is one that .ci/run cannot install, so even under CI its absence only
    /// skips.</summary>
    public static string? OptionalSkipReason(string tool) =>
        Find(tool) is null ? $"{tool} is not installed, and no registry this project uses serves it: the check runs where it is." : null;

    public static string? SkipReason(IEnumerable<string> tools)
    {
        var missing = tools.Where(tool => Find(tool) is null).ToList();
        if (missing.Count == 0 || IsCi)
        {
            return null;
        }

        return $"Not installed: {string.Join(", ", missing)} (bash .ci/run installs them).";
    }

    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments,
        IDictionary<string, string?>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
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

/// <summary>
/// A fact that uses a tool that .ci/run cannot install (skipped without it, under CI too) besides
/// validators it does install (skipped without them only outside CI).
/// </summary>
public sealed class OptionalToolFactAttribute : FactAttribute
{
    public OptionalToolFactAttribute(string optionalTool, params string[] tools)
    {
        Skip = Tools.SkipReason(tools) ?? Tools.OptionalSkipReason(optionalTool);
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
