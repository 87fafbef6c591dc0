using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Setup;

/// <summary>Sign-in attempts per client address: <c>Accounts:SignInAttemptsPerMinute</c> form posts to the sign-in page
/// per minute, on top of Identity's lockout after 5 wrong passwords for one account.</summary>
public static class SignInRateLimit
{
    public const string Policy = Policies.SignIn;

    public const string Message = "Too many sign-in attempts from your network address. Wait a minute, then try again.";

    /// <summary>Posts are counted per client address; showing the form is never limited.</summary>
    public static RateLimitPartition<string> Partition(HttpContext context, int attemptsPerMinute) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = attemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("form");

    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit))
            .LogWarning("Refused a sign-in attempt from {RemoteAddress}: over the limit per minute", http.Connection.RemoteIpAddress);
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(Message, ct);
    }
}
