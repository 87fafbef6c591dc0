namespace TradeTracker.CircuitLoad;

/// <summary>Durations recorded from many circuits at once, read per report interval and for the whole run.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<double> milliseconds = [];
    private int reportedCount;

    public void Add(TimeSpan duration)
    {
        lock (milliseconds)
        {
            milliseconds.Add(duration.TotalMilliseconds);
        }
    }

    public Percentiles SinceLastReport()
    {
        lock (milliseconds)
        {
            var interval = milliseconds[reportedCount..];
            reportedCount = milliseconds.Count;
            return new Percentiles(interval);
        }
    }

    public Percentiles All()
    {
        lock (milliseconds)
        {
            return new Percentiles([.. milliseconds]);
        }
    }
}

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
internal sealed class Percentiles(List<double> milliseconds)
{
    private readonly double[] sorted = [.. milliseconds.Order()];

    public int Count => sorted.Length;

    public override string ToString() =>
        Count == 0 ? "none" : $"{Count}: p50 {At(50):0} ms, p95 {At(95):0} ms, p99 {At(99):0} ms, max {sorted[^1]:0} ms";

    private double At(int percent) => sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
