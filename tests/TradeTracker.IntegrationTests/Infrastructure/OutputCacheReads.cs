namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>Reading what the output cache keeps, as a client notices it: an answer from the cache carries <c>Age</c>.</summary>
public static class OutputCacheReads
{
    /// <summary>Reads until the answer comes from the output cache, at most three times; fails the test if none did. The
    /// cache keys by the minute of the app's clock, so if a minute ends between the first read and the second, the third
    /// is kept.</summary>
    public static async Task<HttpResponseMessage> GetKeptAsync(this HttpClient client, string path)
    {
        for (var read = 1; ; read++)
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.Headers.Age is not null || read == 3)
            {
                Assert.True(response.Headers.Age is not null, $"{path} was not answered from the output cache in three reads.");
                return response;
            }

            response.Dispose();
        }
    }
}
