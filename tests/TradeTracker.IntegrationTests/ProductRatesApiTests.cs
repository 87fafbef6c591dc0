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

    [Theory]
    [InlineData("2025-03-01", 35)]
    [InlineData("2025-04-10", 45)]
    [InlineData("2025-06-09", 70)]
    public async Task GetRates_Steel7208In2025_IsFentanylPlusSection232WithoutTheReciprocalTariff(string asOf, decimal total)
    {
        var product = await ProductAsync(asOf, "7208");

        Assert.Equal(total, product.GetProperty("totalPercent").GetDecimal());
        Assert.Equal("7208", product.GetProperty("hs").GetString());
        Assert.Equal("adds", RoleOf(product, "IEEPA fentanyl tariff"));
        Assert.Equal("adds", RoleOf(product, "Section 232 steel (global)"));
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
    public async Task GetRates_ProductWithoutRecordedCodes_CountsTheHeadlineAndFlagsUnknownLayers()
    {
        var product = await ProductAsync("2025-06-09", "9403");

        Assert.Equal(30m, product.GetProperty("totalPercent").GetDecimal());
        Assert.Equal("coverageUnknown", RoleOf(product, "Section 301 List 3"));
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
