using System.Collections.Concurrent;

namespace TradeTracker.CircuitLoad;

/// <summary>What all circuits of a run add up to; every member is safe to call from any circuit at once.</summary>
internal sealed class LoadStats
{
    private const int ErrorTextLength = 160;

    private readonly ConcurrentDictionary<string, int> errors = new(StringComparer.Ordinal);
    private int connected;
    private int failed;
    private int closed;
    private int clickTimeouts;

    /// <summary>Time from the page's GET to JS.EndUpdateRootComponents: the root components have rendered, the page is interactive.</summary>
    public LatencyRecorder Startups { get; } = new();

    /// <summary>Time from sending a click to the render batch that carries its update.</summary>
    public LatencyRecorder Clicks { get; } = new();

    public int Connected => connected;

    public int Failed => failed;

    public int Closed => closed;

    public int ClickTimeouts => clickTimeouts;

    public int ErrorCount => errors.Values.Sum();

    public bool Healthy => failed == 0 && closed == 0 && clickTimeouts == 0 && errors.IsEmpty;

    public void CircuitConnected(TimeSpan startup)
    {
        Interlocked.Increment(ref connected);
        Startups.Add(startup);
    }

    public void CircuitFailed(string reason)
    {
        Interlocked.Increment(ref failed);
        Error(reason);
    }

    public void CircuitClosed(string reason)
    {
        Interlocked.Increment(ref closed);
        Error(reason);
    }

    public void ClickTimedOut() => Interlocked.Increment(ref clickTimeouts);

    public void Error(string message)
    {
        var key = message.Length > ErrorTextLength ? message[..ErrorTextLength] : message;
        errors.AddOrUpdate(key, 1, (_, count) => count + 1);
    }

    public IEnumerable<KeyValuePair<string, int>> Errors => errors.OrderByDescending(e => e.Value);
}
