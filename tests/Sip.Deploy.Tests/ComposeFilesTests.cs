using System.Text.RegularExpressions;

namespace Sip.Deploy.Tests;

/// <summary>
/// Both compose files, as Compose itself reads them (`docker-compose config` needs no engine):
/// valid with their required variables set, refused without them, and with the topology the
/// deploy README promises.
/// </summary>
public sealed partial class ComposeFilesTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "compose.postgres.yml", "POSTGRES_PASSWORD" },
        { "compose.sqlserver.yml", "MSSQL_SA_PASSWORD" },
    };

    [ToolTheory(Tools.Compose)]
    [MemberData(nameof(Files))]
    public async Task The_file_is_valid_with_its_secret_variable_set(string file, string secret)
    {
        var result = await ConfigAsync(file, new() { [secret] = "Dummy-Passw0rd;with=specials" });

        Assert.True(result.ExitCode == 0, $"docker-compose config on deploy/{file} failed:\n{result.Describe()}");
    }

    [ToolTheory(Tools.Compose)]
    [MemberData(nameof(Files))]
    public async Task The_file_is_refused_without_its_secret_variable(string file, string secret)
    {
        var result = await ConfigAsync(file, new() { [secret] = null });

        Assert.True(result.ExitCode != 0, $"deploy/{file} was accepted without {secret}:\n{result.Describe()}");
        Assert.Contains(secret, result.Error, StringComparison.Ordinal);
    }

    [ToolTheory(Tools.Compose)]
    [MemberData(nameof(Files))]
    public async Task Two_web_nodes_a_worker_a_migration_step_and_the_proxy_share_one_image(string file, string secret)
    {
        var result = await ConfigAsync(file, new() { [secret] = "Dummy-Passw0rd" });
        Assert.True(result.ExitCode == 0, result.Describe());
        var services = Services(result.Output);

        Assert.Equal(["migrate", "proxy", "web1", "web2", "worker"],
            services.Keys.Where(s => s is not ("postgres" or "sqlserver")).Order(StringComparer.Ordinal));
        Assert.Single(services.Keys, s => s is "postgres" or "sqlserver");
        Assert.Equal("Web", Setting(services["web1"], "Sip__Role"));
        Assert.Equal("Web", Setting(services["web2"], "Sip__Role"));
        Assert.Equal("Worker", Setting(services["worker"], "Sip__Role"));
        foreach (var app in new[] { "migrate", "web1", "web2", "worker" })
        {
            // No node migrates at start-up, and every app container runs the one image.
            Assert.Equal("false", Setting(services[app], "Database__MigrateAtStartup"));
            Assert.Equal("sip:local", Setting(services[app], "image"));
            Assert.Contains("Dummy-Passw0rd", Setting(services[app], "ConnectionStrings__Sip"), StringComparison.Ordinal);
            // Production settings unless a trial asks otherwise: the app's own defaults are the demo's.
            Assert.Equal("Oidc", Setting(services[app], "Auth__Mode"));
            Assert.Equal("false", Setting(services[app], "Seed__DemoData"));
        }
        Assert.Matches(@"(?m)^\s*-\s*['""]?migrate['""]?\s*$", services["migrate"]);
        Assert.Matches("service_completed_successfully", services["web1"]);
        Assert.Matches("service_healthy", services["proxy"]);
        Assert.Matches(@"nginx\.conf:/etc/nginx/nginx\.conf:ro", services["proxy"]);
    }

    [ToolTheory(Tools.Compose)]
    [MemberData(nameof(Files))]
    public async Task A_demo_trial_signs_in_by_demo_and_only_the_migration_step_seeds(string file, string secret)
    {
        var result = await ConfigAsync(file, new() { [secret] = "Dummy-Passw0rd", ["SIP_AUTH_MODE"] = "Demo", ["SIP_DEMO_DATA"] = "true" });
        Assert.True(result.ExitCode == 0, result.Describe());
        var services = Services(result.Output);

        // One process seeds, before any node starts: no two nodes race over an empty database.
        Assert.Equal("true", Setting(services["migrate"], "Seed__DemoData"));
        foreach (var node in new[] { "web1", "web2", "worker" })
        {
            Assert.Equal("false", Setting(services[node], "Seed__DemoData"));
            Assert.Equal("Demo", Setting(services[node], "Auth__Mode"));
        }
    }

    private static Task<ProcessResult> ConfigAsync(string file, Dictionary<string, string?> variables)
    {
        // Nothing from the machine's environment decides the outcome: every variable the files read
        // is set or removed here.
        var environment = new Dictionary<string, string?>
        {
            ["POSTGRES_PASSWORD"] = null,
            ["MSSQL_SA_PASSWORD"] = null,
            ["SIP_IMAGE"] = null,
            ["SIP_HTTP_PORT"] = null,
            ["SIP_DEMO_DATA"] = null,
            ["SIP_AUTH_MODE"] = null,
            ["SIP_ENV_FILE"] = "sip.env.example",
            ["COMPOSE_PROJECT_NAME"] = "sip",
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return Tools.RunAsync(Tools.Require(Tools.Compose),
            ["--project-directory", Repository.Deploy, "-f", Path.Combine(Repository.Deploy, file), "config"], environment);
    }

    /// <summary>The rendered configuration's services, each as its block of text.</summary>
    private static Dictionary<string, string> Services(string config)
    {
        var services = new Dictionary<string, string>(StringComparer.Ordinal);
        var inServices = false;
        string? current = null;
        var block = new List<string>();
        foreach (var line in config.Split('\n'))
        {
            if (!line.StartsWith(' ') && line.Length > 0)
            {
                Flush();
                current = null;
                inServices = line.TrimEnd() == "services:";
                continue;
            }

            if (inServices && ServiceName().Match(line) is { Success: true } name)
            {
                Flush();
                current = name.Groups[1].Value;
                continue;
            }

            if (current is not null)
            {
                block.Add(line);
            }
        }

        Flush();
        return services;

        void Flush()
        {
            if (current is not null)
            {
                services[current] = string.Join('\n', block);
            }

            block.Clear();
        }
    }

    /// <summary>A scalar setting of a service's block ("key: value", the quotes taken off).</summary>
    private static string Setting(string service, string key)
    {
        var match = Regex.Match(service, $@"(?m)^\s*{Regex.Escape(key)}:\s*(.*?)\s*$");
        Assert.True(match.Success, $"{key} not set in:\n{service}");
        return match.Groups[1].Value.Trim('\'', '"');
    }

    [GeneratedRegex(@"^  ([A-Za-z0-9_-]+):\s*$")]
    private static partial Regex ServiceName();
}
