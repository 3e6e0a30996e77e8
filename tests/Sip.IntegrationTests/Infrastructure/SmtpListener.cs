using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 inside the test process: it speaks the protocol (EHLO, MAIL,
/// RCPT, DATA, QUIT) to whatever client connects, keeps each message it accepts, and turns away
/// the first <see cref="RefuseSessions"/> sessions with 421, as a mail server under maintenance does,
/// and refuses the <see cref="UnknownRecipients"/> with 550, quoting the address as Postfix does.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private int _refused;

    public SmtpListener()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int RefuseSessions { get; set; }

    /// <summary>Addresses this server has no mailbox for; set before the first session.</summary>
    public HashSet<string> UnknownRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The raw messages (headers and body) accepted, in order.</summary>
    public ConcurrentQueue<string> Messages { get; } = new();

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => SessionAsync(client));
        }
    }

    private async Task SessionAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        if (Interlocked.Increment(ref _refused) <= RefuseSessions)
        {
            await writer.WriteLineAsync("421 4.3.2 Service not available, try again later");
            return;
        }

        await writer.WriteLineAsync("220 sip-test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250 sip-test");
                    break;
                case "RCPT" when UnknownRecipients.Contains(Address(line)):
                    await writer.WriteLineAsync(
                        $"550 5.1.1 <{Address(line)}>: Recipient address rejected: User unknown in local recipient table");
                    break;
                case "HELO":
                case "MAIL":
                case "RCPT":
                case "RSET":
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Messages.Enqueue(data.ToString());
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    /// <summary>"RCPT TO:&lt;name@example.se&gt;" → "name@example.se".</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal) + 1;
        var end = line.IndexOf('>', start);
        return start > 0 && end > start ? line[start..end] : string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
