using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>Every rate says when its data was last reviewed: the latest review day of the pair's measures.</summary>
public sealed class RateReviewedOnTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    [Fact]
    public async Task GetRatesPairPageAndDashboard_MeasuresReviewedOnDifferentDays_GiveTheLatest()
    {
        await using (var db = factory.CreateDbContext())
        {
            var ct = TestContext.Current.CancellationToken;
            await db.Measures.Where(m => m.TargetEconomyCode == null).ExecuteUpdateAsync(u => u.SetProperty(m => m.ReviewedOn, new DateOnly(2026, 11, 2)), ct);
            await db.Measures.Where(m => m.Key == "USA-CHN-IEEPA-FENTANYL").ExecuteUpdateAsync(u => u.SetProperty(m => m.ReviewedOn, new DateOnly(2026, 12, 3)), ct);
        }

        var client = factory.CreateClientAs(null);
        var usOnChina = await client.GetRatesAsync("USA", "CHN", "2025-06-09");
        var usOnGermany = await client.GetRatesAsync("USA", "DEU", "2025-06-09");
        var page = await client.GetPageAsync("/tariffs/USA/CHN?asOf=2025-06-09");
        var dashboard = await client.GetPageAsync("/?asOf=2025-06-09");

        Assert.Equal("2026-12-03", usOnChina.GetProperty("reviewedOn").GetString());
        Assert.Equal("2026-11-02", usOnGermany.GetProperty("reviewedOn").GetString());
        Assert.Equal("Data last reviewed December 3, 2026", PageHtml.TextOf(page, "reviewed-on"));
        Assert.Equal("Data last reviewed December 3, 2026", PageHtml.TextOf(dashboard, "reviewed-on"));
    }
}
