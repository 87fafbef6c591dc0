namespace TradeTracker.Web.Domain;

/// <summary>How a view of an instant treats what was learned later.</summary>
public enum AsOfMode
{
    /// <summary>What legally applied at the instant, as the tracker knows it now: corrections made later with retroactive
    /// effect included (the April 11, 2025 electronics exception counts on April 10). The default everywhere.</summary>
    Legal,

    /// <summary>Only what had been announced by the instant (<c>?known=1</c>): what a reader saw on that day.</summary>
    KnownThen,
}

/// <summary>The one meaning of "as of" every page, the API, the feeds and the chart use: an instant and a mode.</summary>
public readonly record struct AsOf(DateTimeOffset At, AsOfMode Mode = AsOfMode.Legal)
{
    /// <summary>The query name of the "as known then" switch on pages and the API: <c>?known=1</c>.</summary>
    public const string KnownQueryName = "known";

    /// <summary>The first calendar year an "as of" may name: before the oldest measure the tracker can hold.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last calendar year an "as of" may name: the last year a stored date may fall in, so every view of a
    /// stored step can be asked for; every instant of these years converts to and from every time zone (years near 1 or
    /// 9999 cannot).</summary>
    public const int LastYear = 2100;

    /// <summary>What a caller is told when an "as of" falls outside <see cref="FirstYear"/> through <see cref="LastYear"/>.</summary>
    public static readonly string OutOfRange = $"Dates must fall between {FirstYear} and {LastYear}.";

    public bool KnownThen => Mode == AsOfMode.KnownThen;

    /// <summary>Whether a calendar date may be asked about or stored (checked before any time-zone conversion, which fails
    /// near the ends of the calendar): the one range the editors, the import, the chart's links and every "as of" use.</summary>
    public static bool IsInRange(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    /// <summary>An instant alone is the legal view of it (the default everywhere).</summary>
    public static implicit operator AsOf(DateTimeOffset at) => new(at);

    /// <summary>Reads the switch: <c>1</c> or <c>true</c> is as known then; anything else (or nothing) is the legal view.</summary>
    public static AsOfMode ModeFrom(string? known) =>
        known?.Trim().ToLowerInvariant() is "1" or "true" ? AsOfMode.KnownThen : AsOfMode.Legal;
}
