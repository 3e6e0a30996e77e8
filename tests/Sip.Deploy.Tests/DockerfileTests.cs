using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sip.Deploy.Tests;

/// <summary>
/// What can be proved of the Dockerfile without a Docker engine: its HEALTHCHECK command works
/// (run by bash, as in the image, against a stand-in node), it copies every project the app is
/// built from, and the build context keeps what the build needs.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = Repository.ReadDeployFile("Dockerfile");

    [Fact]
    public async Task The_health_check_passes_on_a_200_from_the_liveness_endpoint()
    {
        await using var node = new StandInNode("web");

        var result = await ProbeAsync(node.Port.ToString(CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.Describe());
        var request = Assert.Single(node.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/health/live", request.Target);
    }

    [Fact]
    public async Task The_health_check_fails_on_a_503()
    {
        await using var node = new StandInNode("web", status: 503);

        var result = await ProbeAsync(node.Port.ToString(CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Single(node.Requests);
    }

    [Fact]
    public async Task The_health_check_fails_when_nothing_listens()
    {
        int port;
        await using (var gone = new StandInNode("gone"))
        {
            port = gone.Port;
        }

        var result = await ProbeAsync(port.ToString(CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode != 0, result.Describe());
    }

    [Fact]
    public async Task The_health_check_follows_the_first_of_several_http_ports()
    {
        await using var node = new StandInNode("web");

        var result = await ProbeAsync($"{node.Port.ToString(CultureInfo.InvariantCulture)};1");

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void Every_project_under_src_is_copied_before_the_restore()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .ToList();
        Assert.NotEmpty(projects);

        var restore = Dockerfile.IndexOf("dotnet restore", StringComparison.Ordinal);
        Assert.True(restore > 0, "The Dockerfile has no dotnet restore step.");
        foreach (var project in projects)
        {
            var copy = Dockerfile.IndexOf($"COPY {project} {Path.GetDirectoryName(project)!.Replace('\\', '/')}/",
                StringComparison.Ordinal);
            Assert.True(copy > 0 && copy < restore, $"deploy/Dockerfile does not copy {project} before the restore.");
        }
    }

    [Fact]
    public void Every_file_the_build_copies_exists_and_is_in_the_build_context()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Root, ".dockerignore"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var sources = CopyFromContext().Matches(Dockerfile)
            .SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1)).ToList();
        Assert.NotEmpty(sources);

        foreach (var source in sources)
        {
            var path = Path.Combine(Repository.Root, source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY {source}: no such file in the repository.");
            var top = source.TrimEnd('/').Split('/')[0];
            Assert.DoesNotContain(ignored, pattern => pattern.TrimEnd('/') == top || pattern.TrimEnd('/') == source.TrimEnd('/'));
        }

        // Local databases and build output never reach an image layer.
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/App_Data/", ignored);
        Assert.Contains(".git/", ignored);
    }

    [Fact]
    public void The_image_runs_the_app_as_a_non_root_user_on_port_8080()
    {
        var runtime = Dockerfile[Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.Matches(@"(?m)^USER \$APP_UID\s*$", runtime);
        Assert.Matches(@"(?m)^EXPOSE 8080\s*$", runtime);
        Assert.Matches(@"(?m)^ENTRYPOINT \[""dotnet"", ""Sip\.Web\.dll""\]\s*$", runtime);
        Assert.Matches(@"PublishReadyToRun=true", Dockerfile);
        Assert.Matches(@"-r linux-x64", Dockerfile);
    }

    /// <summary>The HEALTHCHECK's command, run by bash as Docker would run it in the container.</summary>
    private static Task<ProcessResult> ProbeAsync(string httpPorts)
    {
        var command = HealthCheckCommand();
        Assert.Equal("bash", command[0]);
        return Tools.RunAsync("/bin/bash", command.Skip(1), new Dictionary<string, string?> { ["ASPNETCORE_HTTP_PORTS"] = httpPorts },
            timeout: TimeSpan.FromSeconds(20));
    }

    private static string[] HealthCheckCommand()
    {
        var instruction = HealthCheck().Match(Dockerfile.Replace("\\\n", " ", StringComparison.Ordinal));
        Assert.True(instruction.Success, "deploy/Dockerfile has no HEALTHCHECK … CMD [ … ] in exec form.");
        return JsonSerializer.Deserialize<string[]>(instruction.Groups[1].Value)
            ?? throw new InvalidDataException("Empty HEALTHCHECK command.");
    }

    [GeneratedRegex(@"(?m)^HEALTHCHECK\b[^\n]*?\bCMD\s+(\[[^\n]*\])\s*$")]
    private static partial Regex HealthCheck();

    /// <summary>COPY instructions that take from the build context (not --from another stage).</summary>
    [GeneratedRegex(@"(?m)^COPY (?!--from)([^\n]+)$")]
    private static partial Regex CopyFromContext();
}
