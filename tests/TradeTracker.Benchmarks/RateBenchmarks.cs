using BenchmarkDotNet.Attributes;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>The rate in force for a pair as of <see cref="BenchStore.AsOf"/> (what <c>GET /api/rates</c> and the
/// dashboard compute) through <see cref="RateService"/>, which reads the rates read model (<c>RateLayerSpans</c> joined to
/// <c>RateLayerMeasures</c>), beside the same reads as raw commands on those tables and the same calculator.</summary>
[MemoryDiagnoser]
public class RateBenchmarks
{
    private BenchStore store = default!;
    private RateService service = default!;
    private RawRates raw = default!;

    /// <summary>Imposer and target, e.g. "USA-CHN".</summary>
    [Params("USA-CHN", "CHN-USA")]
    public string Pair { get; set; } = "USA-CHN";

    private string Imposer => Pair[..3];

    private string Target => Pair[4..];

    /// <summary>False: every call runs the queries. True: the app's read cache answers repeated calls.</summary>
    [Params(false, true)]
    public bool Cached { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        store = new BenchStore(Cached);
        service = store.Service<RateService>();
        raw = new RawRates(store);
        Same.Check(await App(), Raw());
    }

    [Benchmark(Baseline = true)]
    public RateSnapshot Raw() => raw.Snapshot(Imposer, Target, BenchStore.AsOf);

    [Benchmark]
    public Task<RateSnapshot> App() => service.GetSnapshotAsync(Imposer, Target, BenchStore.AsOf);

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();
}
