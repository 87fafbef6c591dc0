using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The timeline, tariffs and deadlines pages show the seeded facts in their prerendered HTML.</summary>
public sealed class ReadPagesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    [Fact]
    public async Task GetTimeline_AsOfJune10Of2025_ShowsLondonTalks()
    {
        var html = await client.GetPageAsync("/timeline?asOf=2025-06-10");

        Assert.Contains("London talks", html);
        Assert.Contains("Lancaster House", html);
    }

    [Fact]
    public async Task GetDeadlines_Now_ShowsJuly8Deadline()
    {
        var html = await client.GetPageAsync("/deadlines");

        Assert.Contains("July 8 deadline", html);
    }

    [Fact]
    public async Task GetTariffs_Now_ShowsIeepaFentanylTariff()
    {
        var html = await client.GetPageAsync("/tariffs");

        Assert.Contains("IEEPA fentanyl tariff", html);
    }
}
