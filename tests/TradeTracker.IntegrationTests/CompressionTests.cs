using System.IO.Compression;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>Prerendered pages and JSON go out compressed for clients that accept it; the account pages never do.</summary>
public sealed class CompressionTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private async Task<HttpResponseMessage> GetAsync(string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task GetDashboard_AcceptingBrotli_IsBrotliAndDecodesToThePage()
    {
        using var response = await GetAsync("/", "br");

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        Assert.Contains("July 8 deadline", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetRatesApi_AcceptingGzip_IsGzip()
    {
        using var response = await GetAsync("/api/rates?imposer=USA&target=CHN", "gzip");

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task GetLoginPage_AcceptingBrotli_IsNotCompressed()
    {
        using var response = await GetAsync("/Account/Login", "br");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
