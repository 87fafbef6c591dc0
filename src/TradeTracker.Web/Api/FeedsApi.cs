using Microsoft.Net.Http.Headers;
using TradeTracker.Web.Services.OpenData;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Api;

/// <summary>Feeds to subscribe to, outside /api because calendar apps and feed readers fetch them as plain files:
/// the deadlines as iCalendar and recent changes as Atom. Both answer a strong ETag and Last-Modified, and 304 to a
/// reader whose copy is current.</summary>
public static class FeedsApi
{
    public static void MapTradeTrackerFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup("/feeds").RequireAuthorization(Policies.CanRead).RequireRateLimiting(ApiRateLimitPolicy.Name).WithTags("Feeds");
        feeds.MapGet("/deadlines.ics", (HttpContext http, DeadlineCalendar calendar, CancellationToken ct) =>
                SendAsync(http, calendar.BuildAsync(SiteBase(http), ct)))
            .WithName("DeadlinesCalendar")
            .WithSummary("Every deadline as an iCalendar (RFC 5545) event at its current due instant in its IANA zone; SEQUENCE rises when a deadline changes or is extended.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").Produces(StatusCodes.Status304NotModified);
        feeds.MapGet("/changes.atom", (HttpContext http, ChangesFeed changes, CancellationToken ct) =>
                SendAsync(http, changes.BuildAsync(SiteBase(http), ct)))
            .WithName("ChangesFeed")
            .WithSummary($"The last {ChangesFeed.Size} changes to measures, rate steps, events and deadlines as an Atom feed, newest first.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml").Produces(StatusCodes.Status304NotModified);
    }

    private static Uri SiteBase(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    private static async Task<IResult> SendAsync(HttpContext http, Task<FeedDocument> build)
    {
        var feed = await build;
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(feed.ETag);
        headers.LastModified = feed.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        return IsCurrent(http.Request.GetTypedHeaders(), feed)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(feed.Content, feed.ContentType);
    }

    /// <summary>If-None-Match decides when sent (RFC 9110 13.1.2); else If-Modified-Since, to the second.</summary>
    private static bool IsCurrent(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, FeedDocument feed)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Tag == "*" || t.Tag.ToString() == feed.ETag);
        }

        return request.IfModifiedSince is { } since && feed.LastModified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }
}
