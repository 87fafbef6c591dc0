using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace TradeTracker.Benchmarks;

/// <summary>Runs the benchmark classes BenchmarkDotNet's command line selects (e.g. <c>--filter '*'</c>, <c>--job short</c>)
/// against the database in <c>TT_BENCH_DB</c>. One class per query family; each pairs the app's code path with the same
/// reads as raw prepared commands (the baseline, so Ratio is app/raw).</summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
