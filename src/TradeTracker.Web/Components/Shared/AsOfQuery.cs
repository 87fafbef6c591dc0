using Microsoft.AspNetCore.WebUtilities;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Shared;

/// <summary>Reads the <c>?asOf=</c> and <c>?known=</c> query values pages share, and writes them into links.</summary>
public static class AsOfQuery
{
    /// <summary>The instant to compute for; the instant to announce in the banner (null when now); and any error.</summary>
    public static (DateTimeOffset AsOf, DateTimeOffset? Shown, string? Error) Resolve(DisplayClock clock, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (clock.Now, null, null);
        }

        return clock.TryResolve(text, out var instant, out var error)
            ? (instant, instant, null)
            : (clock.Now, null, error);
    }

    /// <summary>As <see cref="Resolve(DisplayClock, string?)"/>, with the "as known then" switch: the view to compute. The
    /// switch counts only for a past instant (now, both views are the same).</summary>
    public static (AsOf AsOf, DateTimeOffset? Shown, string? Error) Resolve(DisplayClock clock, string? text, string? known)
    {
        var (at, shown, error) = Resolve(clock, text);
        return (new AsOf(at, shown is null ? AsOfMode.Legal : AsOf.ModeFrom(known)), shown, error);
    }

    /// <summary>The <c>asOf</c> value of a URL, or null.</summary>
    public static string? FromUri(string uri) => Value(uri, "asOf");

    /// <summary>Whether a URL asks for the "as known then" view (<c>known=1</c>).</summary>
    public static bool KnownFromUri(string uri) => AsOf.ModeFrom(Value(uri, AsOf.KnownQueryName)) == AsOfMode.KnownThen;

    private static string? Value(string uri, string name) =>
        QueryHelpers.ParseQuery(new Uri(uri).Query).TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;

    /// <summary>The path with <c>asOf</c> (when set) and, with it, <c>known=1</c> when <paramref name="known"/>.</summary>
    public static string Append(string path, string? asOf, bool known = false)
    {
        if (string.IsNullOrWhiteSpace(asOf))
        {
            return path;
        }

        var withAsOf = $"{path}{(path.Contains('?') ? '&' : '?')}asOf={Uri.EscapeDataString(asOf)}";
        return known ? $"{withAsOf}&{AsOf.KnownQueryName}=1" : withAsOf;
    }
}
