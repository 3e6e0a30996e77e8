using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sip.Deploy.Tests;

/// <summary>
/// A minimal HTTP/1.x server on 127.0.0.1 standing in for a SIP node: it answers every request with
/// its name and the request's headers, so a test can see which node nginx chose and what nginx
/// passed on. One request per connection.
/// </summary>
public sealed class StandInNode : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public StandInNode(string name, int status = 200)
    {
        Name = name;
        Status = status;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public string Name { get; }

    public int Status { get; set; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await Http.ReadHeadAsync(stream, _stop.Token);
                if (head is null)
                {
                    return;
                }

                var request = ReceivedRequest.Parse(head);
                Requests.Enqueue(request);
                var body = Encoding.ASCII.GetBytes($"node={Name}\n");
                var reason = Status == 200 ? "OK" : "Service Unavailable";
                var response = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $"HTTP/1.1 {Status} {reason}\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: " +
                        $"close\r\n\r\n"));
                await stream.WriteAsync(response, _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // The peer went away (a probe that gave up, nginx retrying): nothing to answer.
            }
        }
    }
}

public sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static ReceivedRequest Parse(string head)
    {
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var start = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new ReceivedRequest(start[0], start.Length > 1 ? start[1] : "", headers);
    }
}

/// <summary>Plain HTTP/1.1 over a socket: the requests these tests send carry headers (Upgrade) that HttpClient manages itself.</summary>
public static class Http
{
    public static async Task<string?> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 65536)
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
            var n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
            {
                return Encoding.ASCII.GetString([.. buffer]);
            }
        }

        throw new InvalidDataException("HTTP head longer than 64 KiB.");
    }

    /// <summary>Sends one request with Connection: close and reads the whole response.</summary>
    public static async Task<Response> SendAsync(int port, string path, IEnumerable<(string Name, string Value)>? headers = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        var request = new StringBuilder().Append("GET ").Append(path).Append(" HTTP/1.1\r\nHost: sip.test\r\n");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            names.Add(name);
            request.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (!names.Contains("Connection"))
        {
            request.Append("Connection: close\r\n");
        }

        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var head = await ReadHeadAsync(stream, timeout.Token) ?? throw new InvalidDataException("No response.");
        var parsed = ReceivedRequest.Parse(head);
        var status = int.Parse(parsed.Target, CultureInfo.InvariantCulture);
        var length = int.Parse(parsed.Header("Content-Length") ?? "0", CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, timeout.Token);
        var cookies = head.Split("\r\n").Where(l => l.StartsWith("Set-Cookie:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l["Set-Cookie:".Length..].Trim()).ToList();
        return new Response(status, Encoding.ASCII.GetString(body), cookies);
    }

    public sealed record Response(int Status, string Body, IReadOnlyList<string> SetCookies);
}
