using System.Net;
using System.Text.RegularExpressions;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>An address naming an economy the tracker does not know answers 404 with the not-found page, as a search engine
/// or a link checker needs; the pair page without a pair and known economies answer 200.</summary>
public sealed class NotFoundPagesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    [Theory]
    [InlineData("/tariffs/XXX/YYY")]
    [InlineData("/tariffs/USA/YYY")]
    [InlineData("/tariffs/XXX/CHN?hs=7208")]
    [InlineData("/economies/ZZZ")]
    public async Task Get_UnknownEconomy_Answers404WithTheNotFoundPage(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found · TradeTracker", TitleOf(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("/tariffs", "United States → China tariffs")]
    [InlineData("/tariffs/USA/CHN", "United States → China tariffs")]
    [InlineData("/tariffs/chn/usa", "China → United States tariffs")]
    [InlineData("/economies/CHN", "China")]
    [InlineData("/economies", "Economies")]
    public async Task Get_KnownPairOrEconomy_Answers200WithATitleNamingIt(string url, string subject)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{subject} · TradeTracker", TitleOf(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>The document's title as a person reads it (the chart's SVG titles come later in the page).</summary>
    private static string TitleOf(string html) => WebUtility.HtmlDecode(Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value);
}
