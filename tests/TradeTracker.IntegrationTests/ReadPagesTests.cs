using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The timeline, tariffs and deadlines pages show the seeded facts in their prerendered HTML.</summary>
public sealed class ReadPagesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private async Task<string> GetPageAsync(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    [Fact]
    public async Task GetTimeline_AsOfJune10Of2025_ShowsLondonTalks()
    {
        var html = await GetPageAsync("/timeline?asOf=2025-06-10");

        Assert.Contains("London talks", html);
        Assert.Contains("Lancaster House", html);
    }

    [Fact]
    public async Task GetDeadlines_Now_ShowsJuly8Deadline()
    {
        var html = await GetPageAsync("/deadlines");

        Assert.Contains("July 8 deadline", html);
    }

    [Fact]
    public async Task GetTariffs_Now_ShowsIeepaFentanylTariff()
    {
        var html = await GetPageAsync("/tariffs");

        Assert.Contains("IEEPA fentanyl tariff", html);
    }
}
