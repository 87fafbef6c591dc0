using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using TradeTracker.DataGenerator;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services;

namespace TradeTracker.IntegrationTests;

/// <summary>The fixture's store with 100,000 generated events (src/TradeTracker.DataGenerator) and the read cache off,
/// so every timeline call runs its query.</summary>
public sealed class SearchVolumeFactory : TradeTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TradeTracker:ReadCache", "false");
    }
}

/// <summary>Search latency at 100,000 events (the figures in docs/performance.md). Explicit: run with
/// <c>dotnet test tests/TradeTracker.IntegrationTests -c Release --filter "FullyQualifiedName~SearchVolumeTests" --logger "console;verbosity=detailed" -- xUnit.Explicit=only</c>.
/// It asserts what was found, never how long it took.</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class SearchVolumeTests(SearchVolumeFactory factory) : IClassFixture<SearchVolumeFactory>
{
    private const int Runs = 7;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Explicit = true)]
    public async Task Search_100000GeneratedEvents_FindsThemAndReportsMedianLatency()
    {
        // The app is up on the seeded file; the generator adds to it, and the index triggers take every row in.
        var search = factory.GetService<SearchService>();
        var load = Stopwatch.StartNew();
        await new SyntheticDataGenerator(NullLoggerFactory.Instance).GenerateAsync(
            new GeneratorOptions(factory.DatabasePath, Events: 100_000, Measures: 10_000, Steps: 100_000, Deadlines: 1_000, Sources: 2_000, Seed: 42, BatchSize: 50_000), Ct);
        load.Stop();
        var timeline = factory.GetService<TimelineService>();
        var report = new List<string> { $"generate 100,000 events (10,000 measures, 100,000 steps) with the index: {load.Elapsed.TotalSeconds:0.0} s" };
        foreach (var (label, text, asOf) in new (string, string, string?)[]
        {
            ("common word", "tariffs", null),
            ("common word, as of 2015-01-01", "tariffs", "2015-01-01"),
            ("less common word", "soybeans", null),
            ("rare word (seeded only)", "Lancaster", null),
            ("two words", "rare earths", null),
            ("phrase", "\"export controls\"", null),
            ("prefix", "semicond", null),
        })
        {
            var query = search.Parse(text, asOf: asOf);
            var result = await search.SearchAsync(query, Ct);
            var median = await MedianMsAsync(() => search.SearchAsync(query, Ct));
            report.Add($"SearchService \"{text}\"{(asOf is null ? "" : $" asOf={asOf}")} ({label}): {(result.Capped ? "more than " : "")}{result.TotalCount:N0} matches, median {median:0.0} ms");
            Assert.NotEmpty(result.Hits);
        }

        var filtered = await timeline.QueryAsync(new TimelineFilter(Text: "soybeans"), ct: Ct);
        var timelineMedian = await MedianMsAsync(() => timeline.QueryAsync(new TimelineFilter(Text: "soybeans"), ct: Ct));
        report.Add($"TimelineService text \"soybeans\" (newest 50 of {filtered.TotalCount:N0}): median {timelineMedian:0.0} ms");

        Assert.True(filtered.TotalCount > 1_000);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, report));
    }

    private static async Task<double> MedianMsAsync<T>(Func<Task<T>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times.Order().ElementAt(Runs / 2);
    }
}
