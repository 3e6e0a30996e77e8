using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Sip.Deploy.Tests;

/// <summary>
/// deploy/nginx.conf with Debian's nginx: first `nginx -t`, then for real, in front of two stand-in
/// nodes on 127.0.0.1, to show the sticky sessions and the WebSocket upgrade work as the deploy
/// README says. The copy differs from the file only in the upstream addresses, the port it listens
/// on and the paths nginx writes to.
/// </summary>
public sealed partial class NginxConfigTests
{
    [ToolFact(Tools.Nginx)]
    public async Task The_configuration_passes_nginx_test()
    {
        using var folder = new TempFolder();
        var config = folder.Write("nginx.conf", TestCopy(folder.Path, 8080, 8081, ListenPort()));

        var result = await Tools.RunAsync(Tools.Require(Tools.Nginx),
            ["-t", "-p", folder.Path, "-e", Path.Combine(folder.Path, "error.log"), "-c", config, "-g", $"pid {folder.Path}/nginx.pid;"]);

        Assert.True(result.ExitCode == 0, $"nginx -t on deploy/nginx.conf (upstreams at 127.0.0.1):\n{result.Describe()}");
    }

    [ToolFact(Tools.Nginx)]
    public async Task A_browser_stays_on_the_node_its_first_request_reached_and_browsers_spread_over_both()
    {
        await using var a = new StandInNode("a");
        await using var b = new StandInNode("b");
        await using var proxy = await RunningNginx.StartAsync(a.Port, b.Port);

        var first = await Http.SendAsync(proxy.Port, "/");
        Assert.Equal(200, first.Status);
        var cookie = Assert.Single(first.SetCookies, c => c.StartsWith("sip_node=", StringComparison.Ordinal));
        var value = cookie["sip_node=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        var node = first.Body.Trim();

        for (var i = 0; i < 10; i++)
        {
            var again = await Http.SendAsync(proxy.Port, i % 2 == 0 ? "/plan/1" : "/_blazor/negotiate",
                [("Cookie", $"sip.auth=x; sip_node={value}")]);
            Assert.Equal(node, again.Body.Trim());
            // The cookie is set once, not on every response.
            Assert.DoesNotContain(again.SetCookies, c => c.StartsWith("sip_node=", StringComparison.Ordinal));
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var browser = 0; browser < 24; browser++)
        {
            reached.Add((await Http.SendAsync(proxy.Port, "/")).Body.Trim());
        }

        Assert.Equal(["node=a", "node=b"], reached.Order(StringComparer.Ordinal));
    }

    [ToolFact(Tools.Nginx)]
    public async Task The_circuit_WebSocket_is_upgraded_and_the_forwarded_headers_reach_the_node()
    {
        await using var a = new StandInNode("a");
        await using var b = new StandInNode("b");
        await using var proxy = await RunningNginx.StartAsync(a.Port, b.Port);

        await Http.SendAsync(proxy.Port, "/_blazor?id=1",
            [("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Version", "13"),
                ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")]);
        await Http.SendAsync(proxy.Port, "/plans", [("X-Forwarded-Proto", "https")]);

        var received = a.Requests.Concat(b.Requests).ToList();
        var upgrade = Assert.Single(received, r => r.Target.StartsWith("/_blazor", StringComparison.Ordinal));
        Assert.Equal("websocket", upgrade.Header("Upgrade"));
        Assert.Equal("upgrade", upgrade.Header("Connection"));
        Assert.Equal("sip.test", upgrade.Header("Host"));
        Assert.Equal("http", upgrade.Header("X-Forwarded-Proto"));
        Assert.Equal("127.0.0.1", upgrade.Header("X-Forwarded-For"));

        // A plain request keeps the pooled connection to the node: no Connection: close passed on.
        var plain = Assert.Single(received, r => r.Target == "/plans");
        Assert.Null(plain.Header("Upgrade"));
        Assert.Null(plain.Header("Connection"));
        // Behind the county's TLS load balancer, its scheme is passed on.
        Assert.Equal("https", plain.Header("X-Forwarded-Proto"));
    }

    /// <summary>deploy/nginx.conf with the upstreams at 127.0.0.1, listening on a free port, writing under <paramref
    /// name="folder"/>.</summary>
    private static string TestCopy(string folder, int portA, int portB, int listen)
    {
        var config = Repository.ReadDeployFile("nginx.conf");
        var upstreams = UpstreamServer().Matches(config);
        Assert.Equal(2, upstreams.Count);
        config = UpstreamServer().Replace(config, m => m.Groups[1].Value == "web1"
            ? $"server 127.0.0.1:{portA.ToString(CultureInfo.InvariantCulture)}"
            : $"server 127.0.0.1:{portB.ToString(CultureInfo.InvariantCulture)}");
        Assert.Matches(@"(?m)^\s*listen 80;", config);
        config = Regex.Replace(config, @"(?m)^(\s*)listen 80;", $"$1listen 127.0.0.1:{listen.ToString(CultureInfo.InvariantCulture)};");
        // Debian's nginx keeps its temporary files under /var/lib/nginx; a test writes in its own folder.
        var temp = string.Join(' ',
            new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }.Select(t => $"{t}_temp_path {folder}/{t};"));
        config = Regex.Replace(config, @"(?m)^http \{", $"http {{\n    {temp}");
        return config.Replace("access_log /dev/stdout;", $"access_log {folder}/access.log;", StringComparison.Ordinal);
    }

    private static int ListenPort()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"server (web[12]):8080")]
    private static partial Regex UpstreamServer();

    private sealed class RunningNginx : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly TempFolder _folder;

        private RunningNginx(Process process, TempFolder folder, int port)
        {
            _process = process;
            _folder = folder;
            Port = port;
        }

        public int Port { get; }

        public static async Task<RunningNginx> StartAsync(int portA, int portB)
        {
            var folder = new TempFolder();
            var port = ListenPort();
            var config = folder.Write("nginx.conf", TestCopy(folder.Path, portA, portB, port));
            var start = new ProcessStartInfo(Tools.Require(Tools.Nginx))
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var argument in new[] { "-p", folder.Path, "-e", Path.Combine(folder.Path, "error.log"), "-c", config, "-g",
                $"daemon off; pid {folder.Path}/nginx.pid;" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
            var running = new RunningNginx(process, folder, port);
            var until = DateTime.UtcNow.AddSeconds(15);
            while (DateTime.UtcNow < until)
            {
                if (process.HasExited)
                {
                    var log = File.Exists(Path.Combine(folder.Path, "error.log"))
                        ? await File.ReadAllTextAsync(Path.Combine(folder.Path, "error.log")) : "";
                    await running.DisposeAsync();
                    throw new InvalidOperationException(
                        $"nginx exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}\n{log}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                    return running;
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }

            await running.DisposeAsync();
            throw new TimeoutException("nginx did not listen within 15 s.");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            _folder.Dispose();
        }
    }
}

public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sip-deploy-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // nginx's workers may still hold a file for a moment; the temporary folder is cleaned by the system.
        }
    }
}
