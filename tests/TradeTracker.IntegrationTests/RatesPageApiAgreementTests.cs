using System.Globalization;
using System.Net;
using System.Text.Json;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The pair page and <c>/api/rates</c> give the same headline and product total for every pair, instant, HS code
/// and view: both ask RateService.GetRateAsync, and a bare date is the end of that day on the imposer's clock in both.</summary>
public sealed class RatesPageApiAgreementTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static readonly string[] Instants =
    [
        "2018-07-06", "2019-09-01", "2024-10-01", "2025-01-02", "2025-04-10", "2025-05-14", "2025-06-09",
        "2026-02-23T23:59-05:00", "2026-03-01", "2026-07-23", "2026-08-01", "2026-12-04",
    ];

    private static readonly string?[] HsCodes = [null, "9403.60", "8517.13", "8703.80", "8542.31", "7208"];

    private readonly HttpClient client = factory.CreateClientAs(null);

    public static TheoryData<string, string, bool> PairsAndViews() => new()
    {
        { "USA", "CHN", false }, { "USA", "CHN", true },
        { "CHN", "USA", false }, { "CHN", "USA", true },
        { "USA", "DEU", false }, { "USA", "DEU", true },
        { "BRA", "ARG", false }, { "BRA", "ARG", true },
    };

    [Theory]
    [MemberData(nameof(PairsAndViews))]
    public async Task GetRatesAndPairPage_EveryInstantAndHsCode_GiveTheSameHeadlineAndProductTotal(string imposer, string target, bool known)
    {
        var differences = new List<string>();
        foreach (var asOf in Instants)
        {
            foreach (var hs in HsCodes)
            {
                var query = $"asOf={Uri.EscapeDataString(asOf)}{(hs is null ? "" : $"&hs={hs}")}{(known ? "&known=1" : "")}";
                var api = await (await client.GetAsync($"/api/rates?imposer={imposer}&target={target}&{query}", TestContext.Current.CancellationToken))
                    .ReadJsonAsync(HttpStatusCode.OK);
                var page = await client.GetPageAsync($"/tariffs/{imposer}/{target}?{query}");

                var apiHeadline = Shown(api.GetProperty("headlinePercent"));
                var pageHeadline = PageHtml.TextOf(page, "headline-rate");
                if (apiHeadline != pageHeadline)
                {
                    differences.Add($"{query}: headline API {apiHeadline}, page {pageHeadline}");
                }

                if (hs is not null)
                {
                    var apiProduct = Shown(api.GetProperty("product").GetProperty("totalPercent"));
                    var pageProduct = PageHtml.TextOf(page, "product-total");
                    if (apiProduct != pageProduct)
                    {
                        differences.Add($"{query}: product API {apiProduct}, page {pageProduct}");
                    }
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>A percent as the page writes it (Labels.Percent), or "Not tracked" for none.</summary>
    private static string Shown(JsonElement percent) =>
        percent.ValueKind == JsonValueKind.Null
            ? "Not tracked"
            : percent.GetDecimal().ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
