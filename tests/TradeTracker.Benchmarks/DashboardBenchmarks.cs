using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>What the dashboard shows, in one record, so the app's and the raw reads can be compared.</summary>
public sealed record DashboardData(
    DeadlineView? Featured, List<DeadlineView> Upcoming, List<DeadlineView> Awaiting, IReadOnlyList<int> RateChangeIds,
    IReadOnlyList<RateSnapshot> Rates, IReadOnlyList<TradeEvent> Latest)
{
    /// <summary>The page's own split of the deadlines: five upcoming besides the featured one, five awaiting an outcome.</summary>
    public static DashboardData Of(DeadlineView? featured, IReadOnlyList<DeadlineView> all, IReadOnlyList<int> rateChangeIds,
        IReadOnlyList<RateSnapshot> rates, IReadOnlyList<TradeEvent> latest) => new(
        featured,
        all.Where(d => d.State == DeadlineState.Upcoming && d.Deadline.Id != featured?.Deadline.Id).Take(5).ToList(),
        all.Where(d => d.State == DeadlineState.AwaitingOutcome).Take(5).ToList(),
        rateChangeIds, rates, latest);
}

/// <summary>Everything <c>Components/Pages/Dashboard/DashboardPage.razor</c> loads for <c>?asOf=2025-06-09</c>, in the
/// order its <c>LoadAsync</c> asks: featured deadline, all deadlines, the five latest rate changes, the featured
/// pair's economies and both directions' rates, and the six latest events.</summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private static readonly TimelineFilter RateChanges = new(Kinds: TimelineKinds.RateChanges, PageSize: 5);

    private BenchStore store = default!;
    private DeadlineService deadlines = default!;
    private TimelineService timeline = default!;
    private EconomyService economies = default!;
    private RateService rates = default!;
    private EventService events = default!;
    private DisplayClock clock = default!;
    private TradeTrackerOptions options = default!;
    private RawDashboard raw = default!;
    private RawTimeline rawRateChanges = default!;
    private RawRates rawRates = default!;

    /// <summary>False: every call runs the queries. True: the app's read cache answers repeated calls.</summary>
    [Params(false, true)]
    public bool Cached { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        store = new BenchStore(Cached);
        deadlines = store.Service<DeadlineService>();
        timeline = store.Service<TimelineService>();
        economies = store.Service<EconomyService>();
        rates = store.Service<RateService>();
        events = store.Service<EventService>();
        clock = store.Service<DisplayClock>();
        options = store.Service<IOptions<TradeTrackerOptions>>().Value;
        raw = new RawDashboard(store);
        rawRateChanges = new RawTimeline(store, RateChanges, clock.LocalDate(BenchStore.AsOf));
        rawRates = new RawRates(store);
        Same.Check(await App(), Raw());
    }

    [Benchmark(Baseline = true)]
    public DashboardData Raw()
    {
        var asOf = BenchStore.AsOf;
        var featured = raw.FeaturedDeadline(asOf);
        var all = raw.AllDeadlines(asOf);
        var rateChanges = rawRateChanges.Query().Rows.Select(r => r.Id).ToList();
        var imposer = raw.Economy(options.FeaturedImposer);
        var target = raw.Economy(options.FeaturedTarget);
        List<RateSnapshot> snapshots = imposer is null || target is null ? []
            : [rawRates.Snapshot(imposer.Code, target.Code, asOf), rawRates.Snapshot(target.Code, imposer.Code, asOf)];
        return DashboardData.Of(featured, all, rateChanges, snapshots, raw.LatestEvents(clock.LocalDate(asOf), 6));
    }

    [Benchmark]
    public async Task<DashboardData> App()
    {
        var asOf = BenchStore.AsOf;
        var featured = await deadlines.GetFeaturedAsync(asOf);
        var all = await deadlines.GetAllAsync(asOf);
        var rateChanges = (await timeline.QueryAsync(RateChanges, clock.LocalDate(asOf))).Entries.Select(e => e.Id).ToList();
        var imposer = await economies.FindAsync(options.FeaturedImposer);
        var target = await economies.FindAsync(options.FeaturedTarget);
        List<RateSnapshot> snapshots = imposer is null || target is null ? []
            : [await rates.GetSnapshotAsync(imposer.Code, target.Code, asOf), await rates.GetSnapshotAsync(target.Code, imposer.Code, asOf)];
        return DashboardData.Of(featured, all, rateChanges, snapshots, await events.GetLatestAsync(clock.LocalDate(asOf), 6));
    }

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();
}
