using System.Globalization;

namespace TradeTracker.CircuitLoad;

/// <summary>What to load and how hard, from the command line.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        Holds live Blazor Server circuits on a page and measures what they receive.

        dotnet run -c Release --project tests/TradeTracker.CircuitLoad -- [options]
          --url URL            page to open (default http://127.0.0.1:5080/)
          --circuits N         circuits to open (default 20)
          --ramp R             circuits opened per second (default 10)
          --duration S         seconds from the first circuit to the end of the run (default 30)
          --clickers M         how many of the circuits click (default 0)
          --click-every S      seconds between one clicker's clicks (default 5)
          --click-label TEXT   aria-label of the element clicked (default "Toggle navigation")
          --click-expect TEXT  text the click's render batch carries (default "mud-drawer--")
          --report-every S     seconds between report lines (default 5)
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080/");

    public int Circuits { get; init; } = 20;

    public double RampPerSecond { get; init; } = 10;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public int Clickers { get; init; }

    public TimeSpan ClickEvery { get; init; } = TimeSpan.FromSeconds(5);

    public string ClickLabel { get; init; } = "Toggle navigation";

    public string ClickExpect { get; init; } = "app-layout";

    public TimeSpan ReportEvery { get; init; } = TimeSpan.FromSeconds(5);

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 == args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            var value = args[i + 1];
            options = name switch
            {
                "--url" => options with { Url = new Uri(value, UriKind.Absolute) },
                "--circuits" => options with { Circuits = (int)Positive(name, value) },
                "--ramp" => options with { RampPerSecond = Positive(name, value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--clickers" => options with { Clickers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--click-every" => options with { ClickEvery = TimeSpan.FromSeconds(Positive(name, value)) },
                "--click-label" => options with { ClickLabel = value },
                "--click-expect" => options with { ClickExpect = value },
                "--report-every" => options with { ReportEvery = TimeSpan.FromSeconds(Positive(name, value)) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Clickers < 0 || options.Clickers > options.Circuits)
        {
            throw new ArgumentException("--clickers must be between 0 and --circuits.");
        }

        return options;
    }

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive number, not '{value}'.");
}
