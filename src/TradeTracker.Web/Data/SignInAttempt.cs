namespace TradeTracker.Web.Data;

/// <summary>Sign-in form posts from one client address in one minute, counted in the store so the limit holds across
/// every app instance that shares it (<c>Setup/SignInRateLimit</c>).</summary>
public sealed class SignInAttempt
{
    /// <summary>The client address as the app sees it after the forwarded headers are applied.</summary>
    public string Client { get; set; } = "";

    /// <summary>The start of the minute counted (UTC, whole minutes).</summary>
    public DateTimeOffset WindowStart { get; set; }

    public int Count { get; set; }
}
