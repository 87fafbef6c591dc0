using System.Net;
using System.Text.Json;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

public sealed class RatesApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private static JsonElement Layer(JsonElement rates, string measure) =>
        rates.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measure").GetString() == measure);

    [Fact]
    public async Task GetRates_UsOnChinaJune9Of2025_Is30PercentFromFentanylAndReciprocalLayers()
    {
        var rates = await client.GetRatesAsync("USA", "CHN", "2025-06-09");

        Assert.Equal(30m, rates.GetProperty("headlinePercent").GetDecimal());
        Assert.Equal(2, rates.GetProperty("layers").GetArrayLength());
        var fentanyl = Layer(rates, "IEEPA fentanyl tariff");
        var reciprocal = Layer(rates, "IEEPA reciprocal tariff");
        Assert.Equal(20m, fentanyl.GetProperty("ratePercent").GetDecimal());
        Assert.Equal(10m, reciprocal.GetProperty("ratePercent").GetDecimal());
        foreach (var layer in new[] { fentanyl, reciprocal })
        {
            var urls = layer.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, url => Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal), url));
        }
    }

    [Fact]
    public async Task GetRates_UsOnChinaBeforeGenevaAsKnownThen_GivesThe125PercentLayerNoEndUntilTheCutWasAnnounced()
    {
        // The cut to 10% from 12:01 a.m. EDT May 14 was announced on May 12: as of May 11 nobody knew when 125% would end.
        var may11 = Layer(await client.GetRatesAsync("USA", "CHN", "2025-05-11", known: true), "IEEPA reciprocal tariff");
        var may12 = Layer(await client.GetRatesAsync("USA", "CHN", "2025-05-12", known: true), "IEEPA reciprocal tariff");

        Assert.Equal(125m, may11.GetProperty("ratePercent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, may11.GetProperty("inForceUntil").ValueKind);
        Assert.Equal(JsonValueKind.Null, may11.GetProperty("inForceUntilLocal").ValueKind);
        Assert.Equal(125m, may12.GetProperty("ratePercent").GetDecimal());
        Assert.Equal("12:01 a.m. EDT, May 14, 2025", may12.GetProperty("inForceUntilLocal").GetString());
    }

    [Fact]
    public async Task GetRates_UsOnChinaBeforeGeneva_GivesThe125PercentLayerItsRealEnd()
    {
        var may11 = await client.GetRatesAsync("USA", "CHN", "2025-05-11");

        Assert.False(may11.GetProperty("known").GetBoolean());
        Assert.Equal("12:01 a.m. EDT, May 14, 2025", Layer(may11, "IEEPA reciprocal tariff").GetProperty("inForceUntilLocal").GetString());
    }

    [Fact]
    public async Task GetRates_UsOnChinaJune9Of2025_SaysWhenEachLayerStartedOnTheUsClock()
    {
        var rates = await client.GetRatesAsync("USA", "CHN", "2025-06-09");

        Assert.Equal("11:59 p.m. EDT, June 9, 2025", rates.GetProperty("asOfLocal").GetString());
        Assert.Equal("12:01 a.m. EST, March 4, 2025", Layer(rates, "IEEPA fentanyl tariff").GetProperty("inForceFromLocal").GetString());
        Assert.Equal("12:01 a.m. EDT, May 14, 2025", Layer(rates, "IEEPA reciprocal tariff").GetProperty("inForceFromLocal").GetString());
    }

    [Fact]
    public async Task GetRates_UsOnChinaJune9Of2025_ListsProductOnlyLayersOutsideTheHeadline()
    {
        var rates = await client.GetRatesAsync("USA", "CHN", "2025-06-09");

        var products = rates.GetProperty("productLayers").EnumerateArray().Select(l => l.GetProperty("measure").GetString()).ToList();
        Assert.Contains("Section 301 List 3", products);
        Assert.DoesNotContain(rates.GetProperty("layers").EnumerateArray(), l => l.GetProperty("measure").GetString() == "Section 301 List 3");
    }

    [Fact]
    public async Task GetRates_ChinaOnUsJune9Of2025_Is10Percent()
    {
        var rates = await client.GetRatesAsync("CHN", "USA", "2025-06-09");

        Assert.Equal(10m, rates.GetProperty("headlinePercent").GetDecimal());
        Assert.Equal("Counter-reciprocal tariff", Assert.Single(rates.GetProperty("layers").EnumerateArray()).GetProperty("measure").GetString());
    }

    [Fact]
    public async Task GetRates_UsOnChinaApril10Of2025_Is145Percent()
    {
        Assert.Equal(145m, await client.GetHeadlineAsync("USA", "CHN", "2025-04-10"));
    }

    [Fact]
    public async Task GetRates_ThirtySecondsAfterMidnightEdtApril10Of2025_Is104PercentBeforeThe1201Change()
    {
        var rates = await client.GetRatesAsync("USA", "CHN", "2025-04-10T00:00:30-04:00");

        Assert.Equal(104m, rates.GetProperty("headlinePercent").GetDecimal());
        Assert.Equal(84m, Layer(rates, "IEEPA reciprocal tariff").GetProperty("ratePercent").GetDecimal());
        Assert.Equal(20m, Layer(rates, "IEEPA fentanyl tariff").GetProperty("ratePercent").GetDecimal());
    }

    [Fact]
    public async Task GetRates_At1201EdtApril10Of2025_Is145Percent()
    {
        Assert.Equal(145m, await client.GetHeadlineAsync("USA", "CHN", "2025-04-10T04:01:00Z"));
    }

    [Fact]
    public async Task GetRates_ChinaOnUsAroundNoonBeijingApril10Of2025_ChangesAt1201Pm()
    {
        // The scheduled 34% was superseded before it took effect, so it never counts.
        Assert.Equal(0m, await client.GetHeadlineAsync("CHN", "USA", "2025-04-10T12:00:59+08:00"));
        Assert.Equal(84m, await client.GetHeadlineAsync("CHN", "USA", "2025-04-10T12:01:00+08:00"));
    }

    [Fact]
    public async Task GetRates_LowerCaseEconomyCodes_AreAccepted()
    {
        Assert.Equal(30m, await client.GetHeadlineAsync("usa", "chn", "2025-06-09"));
    }

    [Theory]
    [InlineData("imposer=XXX&target=CHN&asOf=2025-06-09", "imposer", "XXX")]
    [InlineData("imposer=USA&target=ZZZ&asOf=2025-06-09", "target", "ZZZ")]
    [InlineData("target=CHN&asOf=2025-06-09", "imposer", "required")]
    [InlineData("imposer=USA&target=CHN&asOf=June-9th", "asOf", "Give a date")]
    [InlineData("imposer=USA&target=CHN&asOf=2025-02-30", "asOf", "Give a date")]
    public async Task GetRates_BadQuery_Is400NamingTheField(string query, string field, string messagePart)
    {
        var response = await client.GetAsync($"/api/rates?{query}", TestContext.Current.CancellationToken);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        Assert.Contains(messagePart, problem.ErrorText(field));
        Assert.Contains(messagePart, problem.GetProperty("detail").GetString());
    }
}
