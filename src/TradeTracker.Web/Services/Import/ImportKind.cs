namespace TradeTracker.Web.Services.Import;

/// <summary>The kinds of row the CSV import and export handle (docs/import-format.md).</summary>
public enum ImportKind
{
    RateSteps,
    Events,
    Deadlines,
    Measures,
}

public static class ImportKinds
{
    public static IReadOnlyList<ImportKind> All { get; } = Enum.GetValues<ImportKind>();

    /// <summary>The name in URLs and file names: rate-steps, events, deadlines, measures.</summary>
    public static string Slug(this ImportKind kind) => kind switch
    {
        ImportKind.RateSteps => "rate-steps",
        ImportKind.Events => "events",
        ImportKind.Measures => "measures",
        _ => "deadlines",
    };

    /// <summary>Plural noun for messages: "rate steps".</summary>
    public static string Noun(this ImportKind kind) => kind switch
    {
        ImportKind.RateSteps => "rate steps",
        ImportKind.Events => "events",
        ImportKind.Measures => "measures",
        _ => "deadlines",
    };

    public static bool TryParse(string? slug, out ImportKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
