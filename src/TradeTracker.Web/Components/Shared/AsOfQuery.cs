using Microsoft.AspNetCore.WebUtilities;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Shared;

/// <summary>Reads the <c>?asOf=</c> query value pages share.</summary>
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

    /// <summary>The <c>asOf</c> value of a URL, or null.</summary>
    public static string? FromUri(string uri)
    {
        var query = new Uri(uri).Query;
        return QueryHelpers.ParseQuery(query).TryGetValue("asOf", out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
    }

    public static string Append(string path, string? asOf) =>
        string.IsNullOrWhiteSpace(asOf) ? path : $"{path}{(path.Contains('?') ? '&' : '?')}asOf={Uri.EscapeDataString(asOf)}";
}
