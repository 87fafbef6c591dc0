using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>Every read page computes for the instant in <c>?asOf=</c>, says so in the banner, and hides what came later.</summary>
public sealed class AsOfPagesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    [Theory]
    [InlineData("/?asOf=2025-04-10", "rate-USA-CHN", "145%")]
    [InlineData("/?asOf=2025-04-10", "rate-CHN-USA", "84%")]
    [InlineData("/tariffs/USA/CHN?asOf=2025-04-10", "rate-USA-CHN", "145%")]
    [InlineData("/tariffs/USA/CHN?asOf=2025-04-10T00:00:30", "rate-USA-CHN", "104%")]
    [InlineData("/tariffs/CHN/USA?asOf=2025-06-09", "rate-CHN-USA", "10%")]
    [InlineData("/economies/USA?asOf=2025-06-09", "charges", "30%")]
    [InlineData("/economies/USA?asOf=2025-04-10", "charged", "84%")]
    [InlineData("/economies/CHN?asOf=2025-04-10", "charged", "145%")]
    public async Task Get_AsOf_ShowsTheHeadlineRateThenAndTheBanner(string url, string testId, string rate)
    {
        var html = await client.GetPageAsync(url);

        Assert.Equal(rate, PageHtml.HeadlineAfter(html, testId));
        Assert.Contains("data-testid=\"asof-banner\"", html);
    }

    [Fact]
    public async Task GetDeadlines_AsOfJune9Of2025_CountsDownToJuly8AndMarksItPassedAfter()
    {
        var before = await client.GetPageAsync("/deadlines?asOf=2025-06-09");
        var after = await client.GetPageAsync("/deadlines?asOf=2025-09-01");

        Assert.Contains("data-testid=\"asof-banner\"", before);
        Assert.Equal("Upcoming", PageHtml.StateBefore(before, "July 8 deadline"));
        Assert.NotEqual("Upcoming", PageHtml.StateBefore(after, "July 8 deadline"));
    }

    [Fact]
    public async Task GetTimeline_AsOfApril10Of2025_HidesTheJuneLondonTalks()
    {
        var html = await client.GetPageAsync("/timeline?asOf=2025-04-10");

        Assert.Contains("data-testid=\"asof-banner\"", html);
        Assert.DoesNotContain("London talks", html);
    }

    [Fact]
    public async Task GetTariffs_AsOf2017_HidesMeasuresNotYetAnnounced()
    {
        var html = await client.GetPageAsync("/tariffs/USA/CHN?asOf=2017-12-31");

        Assert.Equal("0%", PageHtml.HeadlineAfter(html, "rate-USA-CHN"));
        Assert.DoesNotContain("IEEPA fentanyl tariff", html);
    }

    [Fact]
    public async Task GetEconomy_AsOfJune9Of2025_ListsItsUpcomingDeadlinesAndEarlierEventsOnly()
    {
        var html = await client.GetPageAsync("/economies/CHN?asOf=2025-06-09");

        Assert.Contains("data-testid=\"economy-deadlines\"", html);
        Assert.Equal("Upcoming", PageHtml.StateBefore(html, "July 8 deadline"));
        Assert.Contains("London talks", html);
        Assert.DoesNotContain("Kuala Lumpur", html);
    }

    [Fact]
    public async Task GetTariffs_HsCode7208AsOfJune9Of2025_Shows95PercentWithReciprocalTakenOff()
    {
        var html = await client.GetPageAsync("/tariffs/USA/CHN?asOf=2025-06-09&hs=7208");

        Assert.Equal("95%", PageHtml.TextOf(html, "product-total"));
        Assert.Contains("removed by exception Section 232 steel (global)", html);
    }

    [Fact]
    public async Task GetTariffs_PairPage_HasTheStepChartOfBothDirections()
    {
        var html = await client.GetPageAsync("/tariffs/USA/CHN?asOf=2025-06-09&from=2025-01-01");

        Assert.Contains("data-testid=\"series-forward\"", html);
        Assert.Contains("data-testid=\"series-backward\"", html);
        Assert.Contains("Headline rate, USA → CHN and CHN → USA", html);
        Assert.Contains("data-testid=\"chart-marker\"", html);
    }

    [Fact]
    public async Task GetEconomies_Directory_ListsAllEconomiesTrackedOnesFirst()
    {
        var html = await client.GetPageAsync("/economies");

        var china = html.IndexOf("China (CHN)", StringComparison.Ordinal);
        var afghanistan = html.IndexOf("Afghanistan (AFG)", StringComparison.Ordinal);
        Assert.True(china >= 0 && afghanistan > china, "China, tracked, should come before Afghanistan.");
        Assert.Contains("250 of 250 economies", html);
    }

    [Theory]
    [InlineData("2025-06-09", "&known=1", false)]
    [InlineData("2025-11-05", "&known=1", true)]
    [InlineData("2025-06-09", "", true)]
    public async Task GetTariffs_AsOf_ShowsALayersEndOnlyOnceItWasDecidedAsKnownThenAndAlwaysInTheLegalView(string asOf, string known, bool endShown)
    {
        var html = await client.GetPageAsync($"/tariffs/USA/CHN?asOf={asOf}{known}");

        var start = html.IndexOf("IEEPA fentanyl tariff", html.IndexOf("data-testid=\"headline-layer\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var layer = html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
        Assert.Equal(endShown, layer.Contains("until 12:01 a.m. EST, November 10, 2025", StringComparison.Ordinal));
    }
}
