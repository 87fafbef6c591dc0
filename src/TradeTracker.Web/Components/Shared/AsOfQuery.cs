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

    public static string Append(string path, string? asOf) =>
        string.IsNullOrWhiteSpace(asOf) ? path : $"{path}{(path.Contains('?') ? '&' : '?')}asOf={Uri.EscapeDataString(asOf)}";
}
