using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

public sealed class DashboardPageTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    [Fact]
    public async Task Get_Now_ShowsFeaturedJuly8Deadline()
    {
        var html = await client.GetPageAsync("/");

        Assert.Contains("data-testid=\"featured-deadline\"", html);
        Assert.Contains("July 8 deadline", html);
        Assert.DoesNotContain("data-testid=\"asof-banner\"", html);
    }

    [Fact]
    public async Task Get_AsOfJune10Of2025_ShowsHistoricalBannerAndLondonTalksAtLancasterHouse()
    {
        var html = await client.GetPageAsync("/?asOf=2025-06-10");

        Assert.Contains("data-testid=\"asof-banner\"", html);
        Assert.Contains("as of 11:59 p.m. EDT, June 10, 2025", html);
        Assert.Contains("London talks", html);
        Assert.Contains("Lancaster House", html);
    }

    [Fact]
    public async Task Get_AsOfJune10Of2025_CountsDownToTheJuly8DeadlineWithoutTicking()
    {
        var html = await client.GetPageAsync("/?asOf=2025-06-10");

        // From 11:59:59 p.m. EDT June 10 to 12:01 a.m. EDT July 9: 28 days, 0 hours, 1 minute (and a tick).
        Assert.Contains("July 8 deadline", html);
        Assert.Contains("data-testid=\"countdown-days\">28<", html);
        Assert.Contains("data-testid=\"countdown-hours\">00<", html);
        Assert.Contains("data-testid=\"countdown-minutes\">01<", html);
    }

    [Fact]
    public async Task Get_AsOfJune10Of2025_ShowsThe30PercentUsRateOnChina()
    {
        var html = await client.GetPageAsync("/?asOf=2025-06-10");

        Assert.Equal("30%", PageHtml.HeadlineAfter(html, "rate-USA-CHN"));
        Assert.Equal("10%", PageHtml.HeadlineAfter(html, "rate-CHN-USA"));
    }

    [Fact]
    public async Task Get_AsOfBeforeLondonTalks_DoesNotShowThemYet()
    {
        var html = await client.GetPageAsync("/?asOf=2025-06-01");

        Assert.Contains("data-testid=\"asof-banner\"", html);
        Assert.DoesNotContain("Lancaster House", html);
    }

    [Fact]
    public async Task Get_AfterJuly8DeadlinePassed_ShowsItsOutcome()
    {
        var html = await client.GetPageAsync("/?asOf=2025-09-01");

        Assert.Contains("data-testid=\"countdown-passed\"", html);
        Assert.Contains("data-testid=\"featured-outcome\"", html);
        Assert.Contains("Extended by the executive order of July 7, 2025", html);
    }

    [Fact]
    public async Task Get_MalformedAsOf_Is400WarningAndShowingNow()
    {
        var response = await client.GetAsync("/?asOf=yesterday", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-testid=\"asof-error\"", html);
        Assert.Contains("'yesterday' is not a date", html);
        Assert.DoesNotContain("data-testid=\"asof-banner\"", html);
    }
}
