using System.Collections.Concurrent;
using System.Diagnostics;

namespace TradeTracker.CircuitLoad;

/// <summary>
/// Prints a line every report interval and a summary at the end. Pushed batches (render batches other than a click's
/// update) per second are counted per circuit, over the circuits that were already live at the start of the interval
/// (a new circuit's first-render batches would skew them). The dashboard's countdown ticks in the browser, so an idle
/// dashboard receives none; a server-side tick or a live update shows here.
/// </summary>
internal sealed class LoadReport(LoadStats stats, ConcurrentQueue<CircuitClient> circuits, TimeSpan every)
{
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private readonly List<double> steadyRates = [];

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        var intervalStart = Stopwatch.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                intervalStart = Report(intervalStart);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over; the summary follows.
        }
    }

    // Prints one line for the interval that began at intervalStart and returns when the next one begins.
    private long Report(long intervalStart)
    {
        var seconds = Stopwatch.GetElapsedTime(intervalStart).TotalSeconds;
        var rates = circuits
            .Select(c => (Batches: c.TakeBatchesSinceReport(), Steady: c.LiveBefore(intervalStart)))
            .Where(c => c.Steady)
            .Select(c => c.Batches / seconds)
            .ToList();
        steadyRates.AddRange(rates);
        Console.WriteLine(
            $"{Stopwatch.GetElapsedTime(startedAt).TotalSeconds,5:0}s  live {circuits.Count(c => c.IsLive)} " +
            $"(connected {stats.Connected}, failed {stats.Failed}, closed {stats.Closed}) | pushed batches/s per circuit {Describe(rates)} | " +
            $"clicks {stats.Clicks.SinceLastReport()}, timeouts {stats.ClickTimeouts} | errors {stats.ErrorCount}");
        return Stopwatch.GetTimestamp();
    }

    public void PrintSummary(LoadOptions options)
    {
        Console.WriteLine();
        Console.WriteLine($"Summary: {options.Circuits} circuits on {options.Url} for {options.Duration.TotalSeconds:0} s, {options.Clickers} clicking every {options.ClickEvery.TotalSeconds:0} s");
        Console.WriteLine($"  circuits: connected {stats.Connected}, failed {stats.Failed}, closed early {stats.Closed}");
        Console.WriteLine($"  page GET to interactive: {stats.Startups.All()}");
        Console.WriteLine($"  pushed batches/s per circuit (steady intervals): {Describe(steadyRates)}");
        Console.WriteLine($"  click to update: {stats.Clicks.All()}; timeouts {stats.ClickTimeouts}");
        Console.WriteLine($"  errors: {stats.ErrorCount}");
        foreach (var (message, count) in stats.Errors)
        {
            Console.WriteLine($"    {count} x {message}");
        }
    }

    private static string Describe(List<double> rates) =>
        rates.Count == 0
            ? "n/a"
            : $"mean {rates.Average():0.00}, min {rates.Min():0.00}, max {rates.Max():0.00}, silent {rates.Count(r => r == 0)} of {rates.Count}";
}
