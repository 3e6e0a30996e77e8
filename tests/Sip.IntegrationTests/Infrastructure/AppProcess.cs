using System.Diagnostics;
using System.Text;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// The built app (<c>Sip.Web.dll</c>) started as a process of its own, as a server or a deployment
/// step starts it: what a test of killing, roles or the migrate step needs and an in-process host
/// cannot give. What it writes is kept, so that a failing test can show it.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private AppProcess(string name, Process process)
    {
        Name = name;
        Process = process;
    }

    public string Name { get; }

    public Process Process { get; }

    /// <summary>Standard output and standard error, line by line as they came.</summary>
    public string Output => Read(_output);

    /// <summary>Standard error alone, where the app reports why it refused to start.</summary>
    public string Errors => Read(_errors);

    /// <param name="environment">Added to the test's own environment; a null value leaves a variable unset.</param>
    public static AppProcess Start(string name, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sip.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment.Where(e => e.Value is not null))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var app = new AppProcess(name, process);
        process.OutputDataReceived += (_, e) => app.Append(e.Data, toErrors: false);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data, toErrors: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits for the process to end by itself; answers its exit code, or kills it and throws after <paramref
    /// name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await Process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{Name} did not exit within {timeout.TotalSeconds:F0} s:\n{Output}");
        }

        // The exit can be seen before the last lines of output are read; this waits for them too.
        await Process.WaitForExitAsync(CancellationToken.None);
        return Process.ExitCode;
    }

    /// <summary>Ends the process at once, with no shutdown: what a crash or an OOM kill does.</summary>
    public void Kill()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    private void Append(string? line, bool toErrors)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (toErrors)
        {
            lock (_errors)
            {
                _errors.AppendLine(line);
            }
        }
    }
}
