using BenchmarkDotNet.Attributes;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>The timeline page (50 rows, no as-of) through <see cref="TimelineService"/> beside the same reads as raw
/// commands, unfiltered and with each single filter the page offers.</summary>
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
            Case.Kind => new TimelineFilter(Kind: "Retaliation"),
            Case.DateRange => new TimelineFilter(From: new DateOnly(2015, 1, 1), To: new DateOnly(2015, 12, 31)),
            Case.Text => new TimelineFilter(Text: "soybeans"),
            Case.DeepPage => new TimelineFilter(Page: 1500),
            _ => new TimelineFilter(),
        };
        raw = new RawTimeline(store, filter, null);
        Same.Check(await App(), Raw());
    }

    [Benchmark(Baseline = true)]
    public RawTimelinePage Raw() => raw.Query();

    [Benchmark]
    public Task<TimelineResult> App() => service.QueryAsync(filter);

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();
}
