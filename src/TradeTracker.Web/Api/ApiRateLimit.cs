using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TradeTracker.Web.Api;

/// <summary>The <c>Api</c> configuration section's rate limit.</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api";

    /// <summary>Requests to the API, the feeds and the OpenAPI document per caller in any minute (a sliding window of
    /// six 10-second segments). The default lets a tool write a thousand rows in one go at full speed; a flood of
    /// 2,000 requests in a few seconds is cut off after the first 1,200.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Api:RequestsPerMinute must be between 1 and 1000000.")]
    public int RequestsPerMinute { get; set; } = 1200;
}

/// <summary>The rate limit on /api, /feeds and the OpenAPI document, per caller: an API token (by its id, known only
/// once the token was accepted), else a signed-in account, else the client address (the real client behind a known
/// proxy). It runs after authentication, so a refused or made-up token counts against its sender's address: sending
/// a new random token with each request gains nothing. Over the limit: 429 with Retry-After and a problem body. The
/// counts live in this instance's memory (several instances each count their own share).</summary>
public sealed class ApiRateLimitPolicy(IOptions<ApiRateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "api";

    private const int Segments = 6;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetSlidingWindowLimiter(Caller(httpContext), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerMinute,
            Window = Window,
            SegmentsPerWindow = Segments,
            QueueLimit = 0,
        });

    private static string Caller(HttpContext context) =>
        context.User.FindFirst(ApiTokenClaims.TokenId) is { } token ? $"token:{token.Value}"
        : context.User.Identity?.IsAuthenticated == true ? $"account:{context.User.FindFirstValue(ClaimTypes.NameIdentifier)}"
        : $"address:{context.Connection.RemoteIpAddress}";

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        // A sliding window frees permits as its oldest segment leaves: at the latest one segment from now.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window / Segments;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
            $"More than {options.Value.RequestsPerMinute} requests in a minute from this API token, account or address. Try again in {seconds} seconds.");
    }
}

public static class ApiRateLimitSetup
{
    public static IServiceCollection AddTradeTrackerApiRateLimit(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RefusedTokenLog>();
        return services.AddRateLimiter(options => options.AddPolicy<string, ApiRateLimitPolicy>(ApiRateLimitPolicy.Name));
    }
}
