using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Auditing;

namespace TradeTracker.IntegrationTests;

/// <summary>Anonymous readers get the pages and the read API from the output cache (an answer from it carries
/// <c>Age</c>), until a committed change; signed-in users never get a kept page; API answers carry an ETag and answer a
/// matching If-None-Match with 304.</summary>
public sealed class OutputCacheTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient anonymous = factory.CreateClientAs(null);

    [Theory]
    [InlineData("/")]
    [InlineData("/tariffs/USA/CHN")]
    [InlineData("/timeline")]
    [InlineData("/api/events?pageSize=5")]
    [InlineData("/api/rates?imposer=USA&target=CHN")]
    [InlineData("/api/deadlines")]
    public async Task AnonymousRead_Second_IsServedFromTheCacheWithoutCookies(string page)
    {
        // A query of its own, so no other test has filled the entry.
        var path = $"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}test={Guid.NewGuid():N}";
        using var first = await anonymous.GetAsync(path, Ct);
        using var second = await anonymous.GetKeptAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.False(first.Headers.Contains("Set-Cookie"), "A page the cache keeps must not set a cookie (antiforgery).");
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AccountPage_IsNeverKept()
    {
        await anonymous.GetAsync("/Account/Login", Ct);
        using var second = await anonymous.GetAsync("/Account/Login", Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task Page_FromTheCache_CarriesTheServedInstantNotTheCachedOne()
    {
        using var cached = await anonymous.GetKeptAsync("/?asOf=");

        var timing = Assert.Single(cached.Headers.GetValues("Server-Timing"));
        Assert.StartsWith("now;desc=", timing, StringComparison.Ordinal);
        var html = await cached.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-countdown-due=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-countdown-now=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInUser_AfterAnonymousReadsAreCached_GetsTheirOwnPageAndNeverLeavesItInTheCache()
    {
        (await anonymous.GetKeptAsync("/")).Dispose();

        var editor = factory.CreateClientAs("editor");
        using var editorsFirst = await editor.GetAsync("/", Ct);
        using var editorsSecond = await editor.GetAsync("/", Ct);
        using var anonymousAfter = await anonymous.GetAsync("/", Ct);

        foreach (var page in new[] { editorsFirst, editorsSecond })
        {
            Assert.Null(page.Headers.Age);
            var html = await page.Content.ReadAsStringAsync(Ct);
            Assert.Contains("editor@tests.local", html, StringComparison.Ordinal);
            Assert.Contains("Sign out", html, StringComparison.Ordinal);
        }

        var anonymousHtml = await anonymousAfter.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("editor@tests.local", anonymousHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", anonymousHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedPage_IsEncodedForEachRequest()
    {
        const string path = "/?asOf=2025-06-02";
        using var compressed = new HttpRequestMessage(HttpMethod.Get, path);
        compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var first = await anonymous.SendAsync(compressed, Ct);
        using var plain = await anonymous.GetKeptAsync(path);
        using var compressedAgain = new HttpRequestMessage(HttpMethod.Get, path);
        compressedAgain.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var third = await anonymous.SendAsync(compressedAgain, Ct);

        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(["gzip"], third.Content.Headers.ContentEncoding);
        await using var gzip = new System.IO.Compression.GZipStream(await third.Content.ReadAsStreamAsync(Ct), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(html, await new StreamReader(gzip).ReadToEndAsync(Ct));
    }

    [Fact]
    public async Task EditorsChangeThroughTheApi_IsInTheVeryNextReadOfTheDashboardAndTheEventsApi()
    {
        const string dashboard = "/?asOf=2025-06-09";
        const string events = "/api/events?from=2025-06-09&to=2025-06-09";
        var title = $"Output cache test {Guid.NewGuid():N}";
        foreach (var path in new[] { dashboard, events })
        {
            using var kept = await anonymous.GetKeptAsync(path);
            Assert.DoesNotContain(title, await kept.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        await PostEventAsync(factory.CreateClientAs("editor"), title, factory);

        Assert.Contains(title, await anonymous.GetPageAsync(dashboard), StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetStringAsync(events, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsApi_IfNoneMatch_Is304UntilAChangeAltersTheAnswer()
    {
        const string events = "/api/events?from=2025-06-10&to=2025-06-10";
        using var first = await anonymous.GetAsync(events, Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        foreach (var client in new[] { anonymous, factory.CreateClientAs("reader") })
        {
            using var conditional = new HttpRequestMessage(HttpMethod.Get, events);
            conditional.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(conditional, Ct);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal(etag, notModified.Headers.ETag);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Ct));
        }

        await PostEventAsync(factory.CreateClientAs("editor"), $"ETag test {Guid.NewGuid():N}", factory, "2025-06-10");

        using var again = new HttpRequestMessage(HttpMethod.Get, events);
        again.Headers.IfNoneMatch.Add(etag);
        using var changed = await anonymous.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotNull(changed.Headers.ETag);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    /// <summary>Posts an event on a day through the write API as the client's user.</summary>
    internal static async Task PostEventAsync(HttpClient editor, string title, TradeTrackerFactory factory, string day = "2025-06-09")
    {
        using var response = await editor.PostJsonAsync("/api/events", new JsonObject
        {
            ["startsOn"] = day,
            ["kind"] = "Statement",
            ["title"] = title,
            ["summary"] = "Said something.",
            ["economyCodes"] = new JsonArray("USA", "CHN"),
            ["sourceIds"] = new JsonArray(await factory.AnySourceIdAsync()),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

/// <summary>The app with a clock the test moves, starting one second before a whole minute.</summary>
public sealed class ClockedFactory : TradeTrackerFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 9, 15, 59, 59, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>What the clock alone changes: a kept answer is not served once the whole minute of the app's clock it was
/// made in has ended.</summary>
public sealed class OutputCacheClockTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KeptAnswer_AfterTheMinuteEnds_IsMadeAfresh()
    {
        var client = factory.CreateClientAs(null);
        (await client.GetKeptAsync("/api/deadlines")).Dispose();

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var afterTheMinute = await client.GetAsync("/api/deadlines", Ct);

        Assert.Null(afterTheMinute.Headers.Age);
    }
}

/// <summary>Two instances on one PostgreSQL store: a change committed through one evicts the other's kept answers.</summary>
public sealed class OutputCacheAcrossInstancesTests(TwoInstancesFactory a) : IClassFixture<TwoInstancesFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Store", TestStore.PostgresOnly)]
    public async Task ChangeThroughB_IsInAsVeryNextReadOfTheDashboardAndTheEventsApi()
    {
        Assert.SkipUnless(TestStore.OnPostgres, $"Changes cross instances only on PostgreSQL; set {TestStore.PostgresVariable}.");
        const string dashboard = "/?asOf=2025-06-09";
        const string events = "/api/events?from=2025-06-09&to=2025-06-09";
        var title = $"Cross-instance cache test {Guid.NewGuid():N}";
        var readerOfA = a.CreateClientAs(null);
        foreach (var path in new[] { dashboard, events })
        {
            using var kept = await readerOfA.GetKeptAsync(path);
            Assert.DoesNotContain(title, await kept.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var heard = new TaskCompletionSource();
        void OnCommitted(ChangeBatch batch) => heard.TrySetResult();
        var feedOfA = a.GetService<ChangeFeed>();
        feedOfA.Committed += OnCommitted;
        try
        {
            var editorOfB = a.B.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = a.ClientOptions.BaseAddress });
            editorOfB.DefaultRequestHeaders.Add(TestAuthHandler.Header, "editor");
            await OutputCacheTests.PostEventAsync(editorOfB, title, a);
            await heard.Task.WaitAsync(Patience, Ct);
        }
        finally
        {
            feedOfA.Committed -= OnCommitted;
        }

        Assert.Contains(title, await readerOfA.GetPageAsync(dashboard), StringComparison.Ordinal);
        Assert.Contains(title, await readerOfA.GetStringAsync(events, Ct), StringComparison.Ordinal);
    }
}
