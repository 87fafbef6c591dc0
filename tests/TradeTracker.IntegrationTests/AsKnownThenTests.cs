using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The "as known then" switch (<c>?known=1</c>): visible in the banner of a past view, kept by the menu's links,
/// and read by the timeline, search and the read API.</summary>
public sealed class AsKnownThenTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string Electronics = "Reciprocal tariff exception: electronics and semiconductors";

    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/timeline?asOf=2025-04-10", "false", "Show what was known then")]
    [InlineData("/timeline?asOf=2025-04-10&known=1", "true", "Show what legally applied")]
    [InlineData("/deadlines?asOf=2025-04-10&known=1", "true", "Show what legally applied")]
    [InlineData("/?asOf=2025-04-10", "false", "Show what was known then")]
    public async Task Get_PastView_BannerSaysWhichViewAndOffersTheOther(string url, string known, string switchText)
    {
        var html = await client.GetPageAsync(url);

        Assert.Contains($"data-known=\"{known}\"", html);
        Assert.Contains("data-testid=\"asof-known-switch\"", html);
        Assert.Contains(switchText, html);
        Assert.Contains("Default: what legally applied, later corrections included.", html);
    }

    [Fact]
    public async Task Get_Now_HasNoSwitch()
    {
        var html = await client.GetPageAsync("/timeline");

        Assert.DoesNotContain("data-testid=\"asof-known-switch\"", html);
    }

    [Fact]
    public async Task Get_KnownThen_MenuLinksKeepTheSwitch()
    {
        var html = await client.GetPageAsync("/deadlines?asOf=2025-04-10&known=1");

        Assert.Contains("href=\"timeline?asOf=2025-04-10&known=1\"", html);
        Assert.Contains("href=\"economies?asOf=2025-04-10&known=1\"", html);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("&known=1", false)]
    public async Task GetTimeline_April10Of2025_ElectronicsExceptionAnnouncedApril11OnlyInTheLegalView(string known, bool shown)
    {
        var html = await client.GetPageAsync($"/timeline?asOf=2025-04-10&kind=RateChange{known}");
        var json = await client.GetStringAsync($"/api/events?asOf=2025-04-10&kind=RateChange&pageSize=200{known}", Ct);

        Assert.Equal(shown, html.Contains(Electronics, StringComparison.Ordinal));
        Assert.Equal(shown, json.Contains(Electronics, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("&known=1", false)]
    public async Task GetSearch_April10Of2025_FindsTheElectronicsExceptionOnlyInTheLegalView(string known, bool found)
    {
        var json = await client.GetStringAsync($"/api/search?q=semiconductors&kind=measure&asOf=2025-04-10{known}", Ct);

        Assert.Equal(found, json.Contains(Electronics, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSearch_KnownThen_LinksKeepTheSwitch()
    {
        var json = await client.GetStringAsync("/api/search?q=reciprocal&kind=measure&asOf=2025-06-09&known=1", Ct);

        Assert.Contains("/tariffs/USA/CHN?asOf=2025-06-09&known=1", json);
    }
}
