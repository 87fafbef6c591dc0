using System.Net;
using System.Text.Json;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary><c>GET /api/rates?hs=</c>: the total on one product and what each layer does to it, on the seeded data.</summary>
public sealed class ProductRatesApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private async Task<JsonElement> ProductAsync(string asOf, string hs)
    {
        var response = await client.GetAsync($"/api/rates?imposer=USA&target=CHN&asOf={asOf}&hs={Uri.EscapeDataString(hs)}", TestContext.Current.CancellationToken);
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("product");
    }

    private static string RoleOf(JsonElement product, string measure) =>
        product.GetProperty("layers").EnumerateArray()
            .Single(l => l.GetProperty("layer").GetProperty("measure").GetString() == measure)
            .GetProperty("role").GetString()!;

    // The four-year review's 25% on steel (its lines now shipped) counts beside Section 232: 25 points more than before.
    [Theory]
    [InlineData("2025-03-01", 60)]
    [InlineData("2025-04-10", 70)]
    [InlineData("2025-06-09", 95)]
    public async Task GetRates_Steel7208In2025_IsFentanylPlusSection232PlusSection301WithoutTheReciprocalTariff(string asOf, decimal total)
    {
        var product = await ProductAsync(asOf, "7208");

        Assert.Equal(total, product.GetProperty("totalPercent").GetDecimal());
        Assert.Equal("7208", product.GetProperty("hs").GetString());
        Assert.Equal("adds", RoleOf(product, "IEEPA fentanyl tariff"));
        Assert.Equal("adds", RoleOf(product, "Section 232 steel (global)"));
        Assert.Equal("adds", RoleOf(product, "Section 301 four-year review: steel and aluminum products"));
    }

    [Fact]
    public async Task GetRates_Steel7208AfterTheReciprocalTariff_SaysSection232TookItOff()
    {
        var product = await ProductAsync("2025-04-10", "7208");

        var reciprocal = product.GetProperty("layers").EnumerateArray()
            .Single(l => l.GetProperty("layer").GetProperty("measure").GetString() == "IEEPA reciprocal tariff");
        Assert.Equal("excepted", reciprocal.GetProperty("role").GetString());
        Assert.Equal("Section 232 steel (global)", reciprocal.GetProperty("byMeasure").GetString());
        Assert.Equal(125m, reciprocal.GetProperty("layer").GetProperty("ratePercent").GetDecimal());
    }

    [Theory]
    [InlineData("8517.13")]
    [InlineData("851713")]
    [InlineData("8517.13.00")]
    public async Task GetRates_SmartphoneAsOfJune9Of2025_IsTheFentanylTariffOnly(string hs)
    {
        var product = await ProductAsync("2025-06-09", hs);

        Assert.Equal(20m, product.GetProperty("totalPercent").GetDecimal());
        Assert.Equal("excepted", RoleOf(product, "IEEPA reciprocal tariff"));
        Assert.Equal("adds", RoleOf(product, "Reciprocal tariff exception: electronics and semiconductors"));
    }

    [Fact]
    public async Task GetRates_SmartphoneAsOfApril10Of2025_Is20PercentNot145()
    {
        var product = await ProductAsync("2025-04-10", "8517.13");

        Assert.Equal(20m, product.GetProperty("totalPercent").GetDecimal());
    }

    [Fact]
    public async Task GetRates_ChinaRetaliationListWithoutLineData_FlagsItMayApplyAndSaysWhy()
    {
        var response = await client.GetAsync("/api/rates?imposer=CHN&target=USA&asOf=2019-09-01&hs=1201", TestContext.Current.CancellationToken);
        var product = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("product");

        Assert.Equal(0m, product.GetProperty("totalPercent").GetDecimal());
        var layer = product.GetProperty("layers").EnumerateArray()
            .First(l => l.GetProperty("layer").GetProperty("measure").GetString() == "Retaliation against Section 301 List 1");
        Assert.Equal("coverageUnknown", layer.GetProperty("role").GetString());
        Assert.Equal("may apply, not counted: line list not in the tracker's data", layer.GetProperty("roleText").GetString());
    }

    [Theory]
    [InlineData("2025-04-10", "9403.60", 170)]
    [InlineData("2025-04-10", "8517.13", 20)]
    [InlineData("2024-10-01", "8703.80", 100)]
    [InlineData("2025-01-02", "8542.31", 50)]
    public async Task GetRates_ProductsOnTheShippedLists_CountEveryList(string asOf, string hs, decimal total)
    {
        var product = await ProductAsync(asOf, hs);

        Assert.Equal(total, product.GetProperty("totalPercent").GetDecimal());
    }

    [Fact]
    public async Task GetRates_WoodenFurnitureApril10Of2025_SaysWhichList3LinesCoverTheShortCode()
    {
        var product = await ProductAsync("2025-04-10", "9403.60");

        var list3 = product.GetProperty("layers").EnumerateArray()
            .Single(l => l.GetProperty("layer").GetProperty("measure").GetString() == "Section 301 List 3");
        Assert.Equal("adds", list3.GetProperty("role").GetString());
        Assert.Equal(["9403.60.40", "9403.60.80"], list3.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("covers 9403.60.40 and 9403.60.80 under 9403.60", list3.GetProperty("linesText").GetString());
        Assert.Contains(product.GetProperty("descriptions").EnumerateArray(), d => d.GetString()!.Contains("List 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRates_SmartphoneApril10Of2025AsKnownThen_Is145PercentBeforeTheExceptionWasAnnounced()
    {
        var response = await client.GetAsync("/api/rates?imposer=USA&target=CHN&asOf=2025-04-10&hs=8517.13&known=1", TestContext.Current.CancellationToken);
        var rates = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(rates.GetProperty("known").GetBoolean());
        Assert.Equal(145m, rates.GetProperty("product").GetProperty("totalPercent").GetDecimal());
        Assert.Equal("adds", RoleOf(rates.GetProperty("product"), "IEEPA reciprocal tariff"));
    }

    [Fact]
    public async Task GetRates_SteelFromGermany_CountsTheGlobalMeasureAndSaysOnlyGlobalOnesAreTracked()
    {
        var response = await client.GetAsync("/api/rates?imposer=USA&target=DEU&asOf=2025-06-09&hs=7208", TestContext.Current.CancellationToken);
        var rates = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("globalOnly", rates.GetProperty("coverage").GetString());
        Assert.Equal(50m, rates.GetProperty("product").GetProperty("totalPercent").GetDecimal());
    }

    [Fact]
    public async Task GetRates_PairWithNoData_IsNotTrackedWithNoRate()
    {
        var response = await client.GetAsync("/api/rates?imposer=BRA&target=ARG&hs=7208", TestContext.Current.CancellationToken);
        var rates = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("notTracked", rates.GetProperty("coverage").GetString());
        Assert.Equal(JsonValueKind.Null, rates.GetProperty("headlinePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, rates.GetProperty("product").GetProperty("totalPercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, rates.GetProperty("reviewedOn").ValueKind);
    }

    [Fact]
    public async Task GetRates_WithoutHs_HasNoProduct()
    {
        var rates = await client.GetRatesAsync("USA", "CHN", "2025-06-09");

        Assert.Equal(JsonValueKind.Null, rates.GetProperty("product").ValueKind);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("85x7")]
    [InlineData("")]
    public async Task GetRates_InvalidHs_Is400NamingHs(string hs)
    {
        var response = await client.GetAsync($"/api/rates?imposer=USA&target=CHN&hs={Uri.EscapeDataString(hs)}", TestContext.Current.CancellationToken);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["hs"], problem.ErrorFields());
        Assert.Contains("2 to 10 digits", problem.ErrorText("hs"));
    }
}
