using System.Globalization;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>Which page of a list: 1-based page number and rows per page. <see cref="All"/> is every row (downloads).</summary>
public sealed record Paging(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = TimelineFilter.MaxPageSize;

    public static Paging All { get; } = new(1, int.MaxValue);

    public int Skip => (Page - 1) * Size;
}

/// <summary>One page of a list as the read API answers it. <c>AsOf</c> is the instant the list was computed for. When
/// <see cref="TotalCapped"/> (the timeline counts only a few pages ahead), more rows match than <c>Total</c>, and
/// <c>PageCount</c> is the pages known to exist.</summary>
public sealed record ListPage<T>(DateTimeOffset? AsOf, string? AsOfLocal, int Total, int Page, int PageSize, int PageCount, IReadOnlyList<T> Items)
{
    public bool TotalCapped { get; init; }

    /// <summary>The timeline only: pass as <c>after</c> for the entries that follow this page (null on the last page).</summary>
    public string? Next { get; init; }
}

/// <summary>Reads the read API's query values, collecting one message per bad field that says what would be accepted.</summary>
public sealed class QueryReader(DisplayClock clock)
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool HasErrors => errors.Count > 0;

    public Dictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>page (from 1) and pageSize (1 to <see cref="Paging.MaxSize"/>, default <see cref="Paging.DefaultSize"/>).</summary>
    public Paging Paging(string? page, string? pageSize) => new(
        Number("page", page, 1, int.MaxValue, 1),
        Number("pageSize", pageSize, 1, OpenData.Paging.MaxSize, OpenData.Paging.DefaultSize));

    /// <summary>asOf read in the display zone as the pages read it (a bare date is the end of that day); null when absent.</summary>
    public DateTimeOffset? AsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (clock.TryResolve(text, out var instant, out var error))
        {
            return instant;
        }

        Add("asOf", error);
        return null;
    }

    /// <summary>The "as known then" switch (<c>known=1</c>): 1 or true is <see cref="AsOfMode.KnownThen"/>; absent, 0 or false
    /// the legal view; anything else is reported.</summary>
    public AsOfMode Known(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && text.Trim().ToLowerInvariant() is not ("0" or "1" or "true" or "false"))
        {
            Add(Domain.AsOf.KnownQueryName, $"'{text.Trim()}' is not a {Domain.AsOf.KnownQueryName} value: use 1 (only what had been announced by asOf) or 0 (what legally applied, the default).");
        }

        return Domain.AsOf.ModeFrom(text);
    }

    /// <summary>An economy code that exists (upper-cased); null when absent or unknown (then with a message).</summary>
    public async Task<string?> EconomyAsync(string field, string? code, EconomyService economies, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var economy = await economies.FindAsync(code, ct);
        if (economy is null)
        {
            Add(field, $"'{code.Trim()}' is not a known economy: use an ISO 3166-1 alpha-3 code such as USA or CHN (GET /api/economies lists them).");
        }

        return economy?.Code;
    }

    /// <summary>An enum value by name, case-insensitive; null when absent or unknown (then with the accepted names).</summary>
    public TEnum? Choice<TEnum>(string field, string? text)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        Add(field, $"'{text.Trim()}' is not a {field}: use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }

    private int Number(string field, string? text, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Add(field, max == int.MaxValue
            ? $"'{text.Trim()}' is not a {field}: use a whole number from {min}."
            : $"'{text.Trim()}' is not a {field}: use a whole number from {min} to {max}.");
        return fallback;
    }
}
