using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TradeTracker.Tests.Shared;

/// <summary>Several clients posting events with unique titles (<c>{prefix}-{client}-{n}</c>) to <c>/api/events</c>, one
/// after another each, until stopped or the app is gone. A 201 is an acknowledged write; a 429 or 503 (limits, a busy
/// store) is not a write: the client waits as told and goes on; any other answer stops the burst with an error.</summary>
public sealed class WriteBurst
{
    private readonly ConcurrentQueue<string> acknowledged = new();
    private readonly CancellationTokenSource stop;
    private readonly List<Task> clients;
    private int inFlight;

    private WriteBurst(Func<HttpClient> client, int clients, string prefix, long sourceId, CancellationToken ct)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        this.clients = Enumerable.Range(0, clients)
            .Select(c => Task.Run(() => WriteAsync(client(), $"{prefix}-{c}", sourceId)))
            .ToList();
    }

    /// <summary>The titles of the writes answered 201 so far.</summary>
    public IReadOnlyList<string> Acknowledged => [.. acknowledged];

    /// <summary>Requests sent and not answered yet.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <param name="client">Makes one client's HttpClient, allowed to write.</param>
    /// <param name="sourceId">A stored source the events cite.</param>
    public static WriteBurst Start(Func<HttpClient> client, int clients, string prefix, long sourceId, CancellationToken ct) =>
        new(client, clients, prefix, sourceId, ct);

    /// <summary>A valid new event with this title.</summary>
    public static JsonObject EventBody(string title, long sourceId) => new()
    {
        ["startsOn"] = "2031-02-01",
        ["kind"] = "Announcement",
        ["title"] = title,
        ["summary"] = "Written by a test's burst of API writes.",
        ["economyCodes"] = new JsonArray("USA", "CHN"),
        ["sourceIds"] = new JsonArray(sourceId),
    };

    /// <summary>Waits (polling) until <paramref name="count"/> writes were acknowledged while every client still writes;
    /// fails if a client stopped or a minute passes (an API rate limit may slow the burst down).</summary>
    public async Task WaitForAcknowledgedAsync(int count, Func<string> context)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (acknowledged.Count < count)
        {
            if (clients.FirstOrDefault(c => c.IsCompleted) is { } stopped)
            {
                throw new InvalidOperationException($"A client stopped writing: {stopped.Exception?.GetBaseException().Message}\n{context()}");
            }

            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stop.IsCancellationRequested)
            {
                throw new TimeoutException($"{acknowledged.Count} of {count} writes acknowledged in a minute.\n{context()}");
            }
        }
    }

    /// <summary>Stops the clients and waits for them; rethrows a client's unexpected answer.</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        stop.Dispose();
    }

    private async Task WriteAsync(HttpClient http, string client, long sourceId)
    {
        using var _ = http;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var title = $"{client}-{n}";
            Interlocked.Increment(ref inFlight);
            try
            {
                using var response = await http.PostAsJsonAsync("/api/events", EventBody(title, sourceId), stop.Token);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Enqueue(title);
                }
                else if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(100), stop.Token);
                }
                else
                {
                    throw new InvalidOperationException($"POST /api/events answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(stop.Token)}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // The app was killed (connection refused or reset) or the burst is over: this write was not acknowledged.
                return;
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }
    }
}
