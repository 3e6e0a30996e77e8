using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sip.Benchmarks;

/// <summary>
/// The real app, started from this project's output as a process of its own, as it runs in
/// production: the measurements see its start, its memory and its answers over HTTP.
/// </summary>
internal static class AppProcess
{
    private static readonly object EchoLock = new();
    private static bool _echoNext;

    /// <param name="onLine">Sees every line the app writes, for a measurement that counts what the app logs.</param>
    /// <param name="appFolder">Where Sip.Web.dll is: this project's output unless another build of the app is measured.</param>
    public static Process Start(int port, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null,
        Action<string>? onLine = null, string? appFolder = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? appFolder ?? AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        start.ArgumentList.Add(Path.Combine(appFolder ?? AppContext.BaseDirectory, "Sip.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, e) => Echo(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => Echo(e.Data, onLine);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits for the first 200 from <paramref name="path"/>, polling every few milliseconds.</summary>
    public static async Task WaitForAsync(HttpClient http, Process app, string path, TimeSpan pause)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException("The app stopped before answering.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(pause);
        }

        throw new InvalidOperationException($"The app did not answer 200 on {path} in two minutes.");
    }

    public static async Task StopAsync(Process app)
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The app's errors with their first line, so a failure can be read where it happened.</summary>
    private static void Echo(string? line, Action<string>? onLine)
    {
        if (line is not { Length: > 0 })
        {
            return;
        }

        onLine?.Invoke(line);

        lock (EchoLock)
        {
            var error = line.StartsWith("fail", StringComparison.Ordinal) || line.StartsWith("crit", StringComparison.Ordinal);
            if (error || _echoNext)
            {
                Console.WriteLine("  app: " + line);
            }

            _echoNext = error;
        }
    }
}
