using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>A busy store (another connection holds SQLite's write lock) answers 503 with Retry-After within the busy
/// timeout, never a 500 after 30 s; reads and token calls go on; the token's last-used stamp is written at most once a
/// minute and never holds a call up.</summary>
public sealed class StoreBusyTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The busy timeout, plus room for a slow machine: far below the 30 s a writer used to wait.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(StoreBusy.SqliteWaitSeconds + 5);

    [Fact]
    [Trait("Store", TestStore.SqliteOnly)]
    public async Task ApiWrite_AnotherWriterHoldsTheStore_Is503WithRetryAfterAndAProblemWithinTheBusyTimeout()
    {
        var client = factory.CreateClientAs("editor");
        var body = await factory.ValidBodyAsync("sources");
        var before = await factory.RowCountAsync("sources");
        HttpResponseMessage response;
        TimeSpan waited;
        using (HoldWriteLock(factory.DatabasePath))
        {
            var started = Stopwatch.GetTimestamp();
            response = await client.SendAsync(HttpMethod.Post, "/api/sources", body);
            waited = Stopwatch.GetElapsedTime(started);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StoreBusy.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.InRange(waited, TimeSpan.Zero, Bound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"title\":\"The store is busy\"", problem, StringComparison.Ordinal);
        Assert.Contains(StoreBusy.Message, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await factory.RowCountAsync("sources"));
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, "/api/sources", await factory.ValidBodyAsync("sources"))).StatusCode);
    }

    [Fact]
    [Trait("Store", TestStore.SqliteOnly)]
    public async Task Reads_AnotherWriterHoldsTheStore_StillAnswerAndATokenDueForItsStampIsNotHeldUp()
    {
        var secret = await factory.CreateTokenAsync(await factory.CreateAccountAsync("busy-reader", Roles.Editor));
        var tool = factory.CreateBearerClient(secret);
        var reader = factory.CreateClient();
        using (HoldWriteLock(factory.DatabasePath))
        {
            var started = Stopwatch.GetTimestamp();
            var history = await tool.GetAsync("/api/sources/1/history", Ct);
            var waited = Stopwatch.GetElapsedTime(started);
            var page = await reader.GetAsync("/api/economies", Ct);

            Assert.Equal(HttpStatusCode.OK, history.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.InRange(waited, TimeSpan.Zero, TimeSpan.FromSeconds(StoreBusy.SqliteWaitSeconds));
        }

        Assert.Null(await StampAsync(secret));
    }

    [Fact]
    public async Task TokenCalls_WithinAMinuteOfTheStamp_DoNotWriteItAgain()
    {
        var secret = await factory.CreateTokenAsync(await factory.CreateAccountAsync("stamp-once", Roles.Editor));
        var tool = factory.CreateBearerClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/sources/1/history", Ct)).StatusCode);
        var first = await StampAsync(secret) ?? throw new InvalidOperationException("The first call did not stamp the token.");

        var recent = first.AddSeconds(-30);
        await SetStampAsync(secret, recent);
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/sources/1/history", Ct)).StatusCode);
        Assert.Equal(recent, await StampAsync(secret));

        var old = first.AddMinutes(-2);
        await SetStampAsync(secret, old);
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/sources/1/history", Ct)).StatusCode);
        Assert.True(await StampAsync(secret) >= first);
    }

    private async Task<DateTimeOffset?> StampAsync(string secret)
    {
        await using var db = factory.CreateDbContext();
        var hash = ApiTokenService.Hash(secret);
        return (await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Hash == hash, Ct)).LastUsedAt;
    }

    private async Task SetStampAsync(string secret, DateTimeOffset at)
    {
        await using var db = factory.CreateDbContext();
        var hash = ApiTokenService.Hash(secret);
        await db.ApiTokens.Where(t => t.Hash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at), Ct);
    }

    /// <summary>Another connection's <c>BEGIN IMMEDIATE</c>: SQLite's one write lock, held until disposed.</summary>
    private static SqliteConnection HoldWriteLock(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.ExecuteNonQuery();
        return connection;
    }
}
