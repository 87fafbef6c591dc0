using System.Collections.Concurrent;

namespace TradeTracker.CircuitLoad;

/// <summary>Opens the circuits at the ramp rate, reports while they run, and closes them all when the time is up.</summary>
internal sealed class LoadRunner(LoadOptions options)
{
    public async Task<LoadStats> RunAsync()
    {
        var stats = new LoadStats();
        var circuits = new ConcurrentQueue<CircuitClient>();
        var report = new LoadReport(stats, circuits, options.ReportEvery);

        // One HTTP client for every page GET and disconnect; each circuit keeps its own cookies.
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        using var run = new CancellationTokenSource(options.Duration);
        var reporting = report.RunAsync(run.Token);
        var running = new List<Task>(options.Circuits);
        var gap = TimeSpan.FromSeconds(1 / options.RampPerSecond);
        for (var i = 0; i < options.Circuits && !run.IsCancellationRequested; i++)
        {
            // The first --clickers circuits click; the rest only receive.
            var circuit = new CircuitClient(options, http, stats, clicks: i < options.Clickers);
            circuits.Enqueue(circuit);
            running.Add(circuit.RunAsync(run.Token));
            await Task.Delay(gap, run.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await reporting;
        await Task.WhenAll(running);
        report.PrintSummary(options);
        return stats;
    }
}
