using System.Net;
using Microsoft.Data.Sqlite;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary><c>/health/live</c> and <c>/health/ready</c> answer anyone, are never cached, and ready checks the store.</summary>
public sealed class HealthTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probe_StoreAnswers_Is200HealthyAndNotCached(string probe)
    {
        var response = await factory.CreateClientAs(null).GetAsync(probe, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }
}

/// <summary>A SQLite store that is deleted or replaced by something unreadable under the running app: ready says 503 (and
/// does not create an empty store in its place), live still says the process serves; back in place, ready again.</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class StoreGoneHealthTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_StoreDeletedThenUnreadable_Is503UntilItIsBack()
    {
        var client = factory.CreateClientAs(null);
        var store = factory.DatabasePath;
        var aside = store + ".aside";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);

        File.Move(store, aside);
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", Ct)).StatusCode);
            Assert.False(File.Exists(store), "The readiness probe created an empty store.");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);

            await File.WriteAllTextAsync(store, "not a database, just text that is long enough to be read as a header", Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", Ct)).StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Move(aside, store, overwrite: true);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
    }
}
