using System.Text.RegularExpressions;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>What the search and deadlines pages say, in their prerendered HTML: a title that names the subject, an empty
/// search that says what to change, and a passed deadline that names the instant it counts from.</summary>
public sealed class SearchAndDeadlinesPageTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    [Fact]
    public async Task Search_WordsThatMatchNothing_SaysWhatToChangeAndLinksToTheTimeline()
    {
        var html = await client.GetPageAsync("/search?q=zqxwvy%20tariff");

        var none = Regex.Match(html, "data-testid=\"search-none\".*?</ul>", RegexOptions.Singleline).Value;
        Assert.Contains("matches every word of “zqxwvy tariff”", none);
        Assert.Contains("check the spelling", none);
        Assert.Contains("use fewer words", none);
        Assert.Contains("type the start of a word", none);
        Assert.Matches("href=\"timeline\"[^>]*>timeline</a>", none);
    }

    [Fact]
    public async Task Search_AmongOneKindAsOfADay_OffersEveryKindAndNowKeepingTheDayOnTheTimelineLink()
    {
        var html = await client.GetPageAsync("/search?q=zqxwvy&kind=deadline&asOf=2025-06-09");

        var none = Regex.Match(html, "data-testid=\"search-none\".*?</ul>", RegexOptions.Singleline).Value;
        Assert.Contains("Nothing among deadlines matches", none);
        Assert.Contains("search every kind of result", none);
        Assert.Contains("search up to now", none);
        Assert.Contains("href=\"timeline?asOf=2025-06-09\"", none);
    }

    [Fact]
    public async Task Search_WithWords_TitleAndHeadingNameThem()
    {
        var html = await client.GetPageAsync("/search?q=Geneva");

        Assert.Contains("<title>Search for “Geneva” · TradeTracker</title>", html);
        Assert.Matches("<h1[^>]*>Search for “Geneva”</h1>", html);
    }

    [Fact]
    public async Task Deadlines_AsOfAfterTheJuly8DeadlineWasExtendedAndPassed_NamesTheInstantItCountsFrom()
    {
        var html = await client.GetPageAsync("/deadlines?asOf=2025-08-10");

        Assert.Contains("Passed 3 days ago, counted from the extended due time of 12:01 a.m. EDT, August 7, 2025.", html);
    }
}
