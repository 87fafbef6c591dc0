using System.Globalization;
using Microsoft.Extensions.Logging;

namespace TradeTracker.DataGenerator;

/// <summary>Reads the command line and runs <see cref="SyntheticDataGenerator"/>. A class of its own (not top-level
/// statements), so it does not collide with the web app's public <c>Program</c> where both assemblies are referenced.</summary>
internal static class Program
{
    private const string Usage =
        "Usage: TradeTracker.DataGenerator --db PATH [--events N] [--measures N] [--steps N] [--deadlines N] [--sources N] [--seed S] [--batch N]";

    private static readonly string[] Known = ["db", "events", "measures", "steps", "deadlines", "sources", "seed", "batch"];

    public static async Task<int> Main(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length && args[i].StartsWith("--", StringComparison.Ordinal); i += 2)
        {
            values[args[i][2..]] = args[i + 1];
        }

        if (args.Length != values.Count * 2 || !values.TryGetValue("db", out var path) || values.Keys.Any(k => !Known.Contains(k)))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var defaults = new GeneratorOptions(path);
        var options = defaults with
        {
            Events = Number(values, "events", defaults.Events),
            Measures = Number(values, "measures", defaults.Measures),
            Steps = Number(values, "steps", defaults.Steps),
            Deadlines = Number(values, "deadlines", defaults.Deadlines),
            Sources = Number(values, "sources", defaults.Sources),
            Seed = Number(values, "seed", defaults.Seed),
            BatchSize = Number(values, "batch", defaults.BatchSize),
        };

        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning));
        await new SyntheticDataGenerator(loggerFactory).GenerateAsync(options);
        return 0;
    }

    /// <summary>An integer option; "1_000_000" and "1,000,000" are read as 1000000.</summary>
    private static int Number(Dictionary<string, string> values, string name, int fallback) => values.TryGetValue(name, out var text)
        ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
        : fallback;
}
