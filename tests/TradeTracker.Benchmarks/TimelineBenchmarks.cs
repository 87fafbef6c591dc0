using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>The timeline page (50 rows, no as-of) through <see cref="TimelineService"/> beside the same reads as raw
/// commands on the same read model, unfiltered, with each single filter the page offers, page 1,500 by number and page
/// 10,000 by cursor.</summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    public enum Case
    {
        Newest,
        Economy,
        Kind,
        DateRange,
        Text,
        DeepPage,

        /// <summary>Page 10,000 (of 50 rows) by cursor: after the 499,950th entry.</summary>
        Cursor,
    }

    private BenchStore store = default!;
    private TimelineService service = default!;
    private RawTimeline raw = default!;
    private TimelineFilter filter = default!;

    [ParamsAllValues]
    public Case Filter { get; set; }

    /// <summary>False: every call runs the queries. True: the app's read cache answers repeated calls.</summary>
    [Params(false, true)]
    public bool Cached { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        store = new BenchStore(Cached);
        service = store.Service<TimelineService>();
        filter = Filter switch
        {
            Case.Economy => new TimelineFilter(Economy: "CHN"),
            Case.Kind => new TimelineFilter(Kinds: TimelineKinds.Of(EventKind.Retaliation)),
            Case.DateRange => new TimelineFilter(From: new DateOnly(2015, 1, 1), To: new DateOnly(2015, 12, 31)),
            Case.Text => new TimelineFilter(Text: "soybeans"),
            Case.DeepPage => new TimelineFilter(Page: 1500),
            Case.Cursor => new TimelineFilter(After: await CursorAtAsync(9_999 * 50)),
            _ => new TimelineFilter(),
        };
        raw = new RawTimeline(store, filter, null);
        Same.Check(await App(), Raw());
    }

    /// <summary>The cursor after the <paramref name="count"/>th entry, newest first.</summary>
    private async Task<TimelineCursor> CursorAtAsync(int count)
    {
        await using var db = await store.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return new TimelineCursor(await db.TimelineEntries.OrderByDescending(e => e.Key).Skip(count - 1).Select(e => e.Key).FirstAsync());
    }

    [Benchmark(Baseline = true)]
    public RawTimelinePage Raw() => raw.Query();

    [Benchmark]
    public Task<TimelineResult> App() => service.QueryAsync(filter);

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();
}
