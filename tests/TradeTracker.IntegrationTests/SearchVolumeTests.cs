using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services;

namespace TradeTracker.IntegrationTests;

/// <summary>Search latency at 100,000 events (the figures in docs/performance.md). Explicit: run with
/// <c>dotnet test tests/TradeTracker.IntegrationTests -c Release --filter "FullyQualifiedName~SearchVolumeTests" --logger "console;verbosity=detailed" -- xUnit.Explicit=only</c>.
/// It asserts what was found, never how long it took.</summary>
public sealed class SearchVolumeTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const int Runs = 7;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Explicit = true)]
    public async Task Search_100000SyntheticEvents_FindsThemAndReportsMedianLatency()
    {
        // The same synthetic rows the timeline figures use; the index triggers add them to SearchIndex as they go in.
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "perf", "synthetic-100k-events.sql"), Ct);
        var load = Stopwatch.StartNew();
        await using (var db = factory.CreateDbContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync(script, Ct);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES('optimize');", Ct);
        }

        load.Stop();
        var search = factory.GetService<SearchService>();
        var timeline = factory.GetService<TimelineService>();
        var report = new List<string> { $"load + index 100,000 events: {load.Elapsed.TotalSeconds:0.0} s" };
        foreach (var (label, text, asOf) in new (string, string, string?)[]
        {
            ("common word (every synthetic event)", "steel", null),
            ("common word, as of 2015-01-01", "steel", "2015-01-01"),
            ("rare word", "Lancaster", null),
            ("two-word phrase", "\"steel and soybeans\"", null),
            ("two words", "synthetic tariffs", null),
            ("prefix", "soyb", null),
        })
        {
            var query = search.Parse(text, asOf: asOf);
            var result = await search.SearchAsync(query, Ct);
            var median = await MedianMsAsync(() => search.SearchAsync(query, Ct));
            report.Add($"SearchService \"{text}\"{(asOf is null ? "" : $" asOf={asOf}")} ({label}): {result.TotalCount:N0} matches, median {median:0.0} ms");
            Assert.NotEmpty(result.Hits);
        }

        var filtered = await timeline.QueryAsync(new TimelineFilter(Text: "soybeans"), ct: Ct);
        var timelineMedian = await MedianMsAsync(() => timeline.QueryAsync(new TimelineFilter(Text: "soybeans"), ct: Ct));
        report.Add($"TimelineService text \"soybeans\" (newest 50 of {filtered.TotalCount:N0}): median {timelineMedian:0.0} ms");

        Assert.True(filtered.TotalCount >= 100_000);
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

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TradeTracker.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TradeTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
