namespace TradeTracker.DataGenerator;

/// <summary>How much to generate and where. The same seed on the same build gives the same rows.</summary>
public sealed record GeneratorOptions(
    string DatabasePath,
    int Events = 1_000_000,
    int Measures = 100_000,
    int Steps = 1_000_000,
    int Deadlines = 10_000,
    int Sources = 2_000,
    int Seed = 42,
    int BatchSize = 50_000);

/// <summary>One table (with its link rows) as loaded.</summary>
public sealed record TableLoad(string Table, int Rows, long LinkRows, TimeSpan Elapsed)
{
    public double RowsPerSecond => (Rows + LinkRows) / Math.Max(Elapsed.TotalSeconds, 1e-6);
}

/// <summary>A generated pair with the headline rate the generator meant it to have at an instant (the sum of the
/// in-force steps of its all-goods measures that can apply, global ones included), to check reads against.</summary>
public sealed record RateProbe(string Imposer, string Target, DateTimeOffset At, decimal ExpectedHeadlinePercent, int ExpectedLayers);

public sealed record GenerationReport(IReadOnlyList<TableLoad> Tables, RateProbe Probe, TimeSpan Elapsed);
