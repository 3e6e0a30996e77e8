using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sip.Benchmarks;

/// <summary>What one run of load gave: answers per second and the latencies of the answers.</summary>
/// <param name="SortedLateMilliseconds">
/// Open load only: how late each request was sent after it was due. The load runs on the same two
/// cores as the app and PostgreSQL, so a request can wait for the load itself; this tells that
/// wait apart from the app's.
/// </param>
/// <param name="Timeline">Open load only: each answer's time by when it was due, to see when in a run answers were late.</param>
internal sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, IReadOnlyList<double> SortedMilliseconds, string? FirstError,
    IReadOnlyList<double>? SortedLateMilliseconds = null, IReadOnlyList<(TimeSpan Due, double Milliseconds)>? Timeline = null)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p) => Percentile(SortedMilliseconds, p);

    /// <summary>The value below which a share <paramref name="p"/> of the sorted times lie; no value for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}

/// <summary>
/// Drives one kind of request over HTTP. <see cref="ClosedAsync"/> keeps a fixed number of requests
/// in flight, which finds the peak throughput; <see cref="OpenAsync"/> starts requests at a fixed
/// rate whatever the answers do, and times each from when it was due, so a slow answer that holds
/// up the next ones counts against all of them (no coordinated omission).
/// </summary>
internal sealed class HttpLoad(HttpClient http)
{
    /// <summary>Builds the n-th request, or null when there is nothing left to ask (a pool of insatser used up).</summary>
    public delegate HttpRequestMessage? Next(int n);

    public async Task<LoadResult> ClosedAsync(Next next, int concurrency, TimeSpan length)
    {
        var times = new ConcurrentBag<double>();
        var errors = 0;
        string? firstError = null;
        var n = -1;
        var clock = Stopwatch.StartNew();
        var until = clock.Elapsed + length;
        var exhausted = false;
        async Task WorkAsync()
        {
            while (clock.Elapsed < until && !Volatile.Read(ref exhausted))
            {
                using var request = next(Interlocked.Increment(ref n));
                if (request is null)
                {
                    Volatile.Write(ref exhausted, true);
                    return;
                }

                var started = clock.Elapsed;
                var error = await SendAsync(request);
                times.Add((clock.Elapsed - started).TotalMilliseconds);
                if (error is not null && Interlocked.Increment(ref errors) == 1)
                {
                    firstError = error;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)));
        return new LoadResult(times.Count, errors, clock.Elapsed, [.. times.Order()], firstError);
    }

    public async Task<LoadResult> OpenAsync(Next next, double perSecond, TimeSpan length)
    {
        var late = new ConcurrentBag<double>();
        var timeline = new ConcurrentBag<(TimeSpan Due, double Milliseconds)>();
        var errors = 0;
        string? firstError = null;
        var running = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(perSecond * length.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var request = next(i);
            if (request is null)
            {
                break;
            }

            running.Add(Task.Run(async () =>
            {
                using (request)
                {
                    late.Add((clock.Elapsed - due).TotalMilliseconds);
                    var error = await SendAsync(request);
                    timeline.Add((due, (clock.Elapsed - due).TotalMilliseconds));
                    if (error is not null && Interlocked.Increment(ref errors) == 1)
                    {
                        firstError = error;
                    }
                }
            }));
        }

        await Task.WhenAll(running);
        return new LoadResult(timeline.Count, errors, clock.Elapsed, [.. timeline.Select(t => t.Milliseconds).Order()], firstError,
            [.. late.Order()], [.. timeline.OrderBy(t => t.Due)]);
    }

    private async Task<string?> SendAsync(HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync();
            return $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"{request.Method} {request.RequestUri}: {e.Message}";
        }
    }
}
