using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using TradeTracker.Web.Data.Auditing;

namespace TradeTracker.Web.Setup;

/// <summary>Whole answers kept in memory (ASP.NET Core output caching): the pages that start a circuit and the read
/// API's GET answers, for anonymous readers, keyed by path, query, <c>Accept</c>, the change generation and the minute
/// of the app's clock (docs/architecture.md, "Caching").</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Only anonymous requests read and fill it: a signed-in user's page names them and holds their account menu, and
/// an API caller with a token may see what anonymous readers may not; they all render fresh.</item>
/// <item>A committed change (this instance's, or another's on PostgreSQL, or <see cref="ChangeBatch.Missed"/>) moves the
/// generation: the next request misses and renders afresh, and a render that was running when the change committed
/// is kept under the old generation, which no request asks for again. The old entries are evicted by their tag.</item>
/// <item>The minute in the key bounds what the clock alone changes (a step in force from 12:01 a.m., a deadline
/// passing): no entry is served after the whole minute of the app's clock it was made in ended, so a change at a whole
/// minute shows at once and any other within a minute. The countdown ticks from the response's own clock
/// (<see cref="ServerClockMetric"/>), not from the cached bytes.</item>
/// <item>Entries expire after <see cref="Longest"/> of real time, well inside the five minutes Blazor's prerendered
/// component descriptors stay valid, so a page from the cache still starts its circuit.</item>
/// <item>Only 200 answers without a <c>Set-Cookie</c> are kept; the compression middleware runs outside the cache, so
/// the cached bytes are never encoded and each answer is compressed for its own request.</item>
/// </list>
/// </remarks>
public static class OutputCacheSetup
{
    public const string PolicyName = "reads";

    /// <summary>The tag every entry carries, evicted on each committed change.</summary>
    public const string Tag = "reads";

    /// <summary>How long an entry lives, in real time. Blazor's descriptors expire after five minutes; the minute key
    /// already ends an entry's use within a minute of the app's clock.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    /// <summary>The largest answer kept (the dashboard at 1M is a fraction of it); a larger one, such as a whole-store
    /// CSV download, is sent as it is written and not kept.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    public static IServiceCollection AddTradeTrackerOutputCache(this IServiceCollection services)
    {
        services.AddSingleton<ChangeGeneration>();
        // Blazor mints an antiforgery token on every prerender (for the circuit's forms) and sets its cookie: a page the
        // cache may keep gets none. The only form that posts from a circuit is Sign out, shown to signed-in users only,
        // whose pages are never kept.
        var antiforgery = services.Last(s => s.ServiceType == typeof(IAntiforgery));
        services.Remove(antiforgery);
        services.AddSingleton<IAntiforgery>(provider => new NoTokensInKeptAnswers(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, antiforgery.ImplementationType!),
            provider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value));

        // The policy finds the generation and the clock per request: the generation needs the cache's store, which is made
        // from these options.
        return services.AddOutputCache(options =>
        {
            options.MaximumBodySize = MaxBodyBytes;
            options.AddPolicy(PolicyName, new AnonymousReadsPolicy());
        });
    }

    /// <summary>After authentication (the cache must know who is signed in) and before the endpoints; the server's clock
    /// header is added outside it, so a page from the cache carries the instant it was served.</summary>
    public static IApplicationBuilder UseTradeTrackerOutputCache(this IApplicationBuilder app) =>
        app.UseServerClock().UseOutputCache();

    /// <summary>The header that tells a page's scripts the server's instant when the response started:
    /// <c>Server-Timing: now;desc=&lt;Unix milliseconds&gt;</c>, read by wwwroot/countdown.js through the Navigation Timing
    /// API. Set as the response starts, after the cache has written what it kept, so it is never a cached one.</summary>
    public const string ServerClockMetric = "now";

    private static IApplicationBuilder UseServerClock(this IApplicationBuilder app)
    {
        var time = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["Server-Timing"] =
                    $"{ServerClockMetric};desc={time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Counts committed changes: the generation is part of every key.</summary>
    private sealed class ChangeGeneration : IDisposable
    {
        private readonly ChangeFeed feed;
        private readonly IOutputCacheStore store;
        private readonly ILogger<ChangeGeneration> logger;
        private long value;

        public ChangeGeneration(ChangeFeed feed, IOutputCacheStore store, ILogger<ChangeGeneration> logger)
        {
            this.feed = feed;
            this.store = store;
            this.logger = logger;
            feed.Committed += OnCommitted;
        }

        public string Value => Interlocked.Read(ref value).ToString(CultureInfo.InvariantCulture);

        private void OnCommitted(ChangeBatch batch)
        {
            Interlocked.Increment(ref value);

            // Only frees memory: no request asks for the old generation's keys again.
            _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().ContinueWith(
                t => logger.LogWarning(t.Exception, "Evicting the cached answers failed"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        public void Dispose() => feed.Committed -= OnCommitted;
    }

    private sealed class NoTokensInKeptAnswers(IAntiforgery inner, AntiforgeryOptions options) : IAntiforgery
    {
        private readonly AntiforgeryTokenSet none = new(null, null, options.FormFieldName, options.HeaderName);

        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext context) => MayBeKept(context) ? none : inner.GetAndStoreTokens(context);

        public AntiforgeryTokenSet GetTokens(HttpContext context) => MayBeKept(context) ? none : inner.GetTokens(context);

        public Task<bool> IsRequestValidAsync(HttpContext context) => inner.IsRequestValidAsync(context);

        public Task ValidateRequestAsync(HttpContext context) => inner.ValidateRequestAsync(context);

        public void SetCookieTokenAndHeader(HttpContext context) => inner.SetCookieTokenAndHeader(context);

        private static bool MayBeKept(HttpContext context) => context.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage == true;
    }

    private sealed class AnonymousReadsPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var generation = http.RequestServices.GetRequiredService<ChangeGeneration>();
            var time = http.RequestServices.GetRequiredService<TimeProvider>();
            var request = http.Request;
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && StringValues.IsNullOrEmpty(request.Headers.Authorization)
                && http.User.Identity?.IsAuthenticated != true
                // The static pages (the account pages) hold antiforgery tokens in their forms.
                && http.GetEndpoint()?.Metadata.GetMetadata<ExcludeFromInteractiveRoutingAttribute>() is null;
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Longest;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = "Accept";
            context.CacheVaryByRules.VaryByValues["generation"] = generation.Value;
            context.CacheVaryByRules.VaryByValues["minute"] = (time.GetUtcNow().ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture);
            context.Tags.Add(Tag);
            return ValueTask.CompletedTask;
        }

        /// <summary>Every answer from the cache says so with <c>Age</c> (RFC 9111 5.1): the middleware sends it from one
        /// second old on, this sends <c>Age: 0</c> before that.</summary>
        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                if (StringValues.IsNullOrEmpty(response.Headers.Age))
                {
                    response.Headers.Age = "0";
                }

                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
