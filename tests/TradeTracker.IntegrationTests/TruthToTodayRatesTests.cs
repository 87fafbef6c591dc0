using System.Text.Json;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The 2026 answers through <c>/api/rates</c> and the pair page alike: the IEEPA layers stop when collection
/// stopped, the Section 122 surcharge runs to July 23, the forced-labor tariff applies from July 24.</summary>
public sealed class TruthToTodayRatesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    [Theory]
    [InlineData("2026-02-23T23:59-05:00", "20%")]
    [InlineData("2026-03-01", "10%")]
    [InlineData("2026-07-23", "10%")]
    [InlineData("2026-08-01", "12.5%")]
    [InlineData("2026-12-04", "12.5%")]
    public async Task GetRatesAndPairPage_UsOnChinaIn2026_GiveTheRateCollectedThen(string asOf, string rate)
    {
        var api = await client.GetRatesAsync("USA", "CHN", asOf);
        var page = await client.GetPageAsync($"/tariffs/USA/CHN?asOf={Uri.EscapeDataString(asOf)}");

        Assert.Equal(rate, $"{api.GetProperty("headlinePercent").GetDecimal():0.####}%");
        Assert.Equal(rate, PageHtml.TextOf(page, "headline-rate"));
    }

    [Fact]
    public async Task GetRatesAndPairPage_ChinaOnUsToday_Is10PercentMarkedUncertain()
    {
        var api = await client.GetRatesAsync("CHN", "USA", "2026-12-04");
        var page = await client.GetPageAsync("/tariffs/CHN/USA?asOf=2026-12-04");

        Assert.Equal(10m, api.GetProperty("headlinePercent").GetDecimal());
        Assert.Contains(api.GetProperty("layers").EnumerateArray(), l => l.GetProperty("uncertain").GetBoolean());
        Assert.Equal("10%", PageHtml.TextOf(page, "headline-rate"));
        Assert.Contains("data-testid=\"uncertain\"", page);
    }

    [Fact]
    public async Task GetRatesAndPairPage_UsOnChinaBeforeTheRuling_SayTheReciprocalLayerWasInvalidated()
    {
        var api = await client.GetRatesAsync("USA", "CHN", "2026-02-01");
        var page = await client.GetPageAsync("/tariffs/USA/CHN?asOf=2026-02-01");

        var reciprocal = api.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measure").GetString() == "IEEPA reciprocal tariff");
        Assert.StartsWith("Invalidated by the Supreme Court", reciprocal.GetProperty("invalidation").GetString());
        Assert.NotEqual(JsonValueKind.Null, reciprocal.GetProperty("invalidatedByEventId").ValueKind);
        Assert.Contains("Invalidated by the Supreme Court", page);
        Assert.Contains("data-testid=\"reviewed-on\"", page);
        Assert.NotEqual(JsonValueKind.Null, api.GetProperty("reviewedOn").ValueKind);
    }
}
