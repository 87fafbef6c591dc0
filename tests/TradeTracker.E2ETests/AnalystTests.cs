using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The analyst's views in a real browser: the app bar's as-of control, the pair page's chart and table, and
/// the product query. The app's clock reads noon EDT, June 9, 2025.</summary>
public sealed class AnalystTests(AppServer app)
{
    [Fact]
    public async Task AsOfControl_April10OnDashboard_ShowsBannerAnd145PercentThenBackToNow()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync();

        // Editor flows elsewhere in the suite may change today's rate: "now" is whatever the page first showed.
        var now = await dashboard.HeadlineRate("USA", "CHN").TextContentAsync();

        await dashboard.SetAsOfAsync("2025-04-10");

        await Expect(dashboard.Page).ToHaveURLAsync(new Regex(@"\?asOf=2025-04-10$"));
        await Expect(dashboard.Banner).ToContainTextAsync("April 10, 2025");
        await Expect(dashboard.HeadlineRate("USA", "CHN")).ToHaveTextAsync("145%");
        Assert.NotEqual("145%", now);

        await dashboard.BackToNowAsync();

        await Expect(dashboard.Banner).ToHaveCountAsync(0);
        await Expect(dashboard.HeadlineRate("USA", "CHN")).ToHaveTextAsync(now!);
        await Expect(dashboard.AsOfDate).ToHaveValueAsync("");
    }

    [Fact]
    public async Task AsOfControl_ThenNavMenu_KeepsTheMomentOnTheNextPage()
    {
        var dashboard = new DashboardPage(await app.NewPageAsync());
        await dashboard.OpenAsync("2025-04-10");
        await Expect(dashboard.AsOfDate).ToHaveValueAsync("2025-04-10");

        await dashboard.NavLink("Tariffs").ClickAsync();

        var pair = new PairPage(dashboard.Page);
        await Expect(pair.Page).ToHaveURLAsync(new Regex(@"/tariffs\?asOf=2025-04-10$"));
        await Expect(pair.HeadlineRate("USA", "CHN")).ToHaveTextAsync("145%");
        await Expect(pair.Banner).ToContainTextAsync("April 10, 2025");
    }

    [Fact]
    public async Task KnownThenSwitch_ByKeyboardOnTheTimeline_HidesTheLaterExceptionAndTravelsWithTheMenuUntilCleared()
    {
        const string electronics = "Reciprocal tariff exception: electronics and semiconductors";
        var timeline = new TimelinePage(await app.NewPageAsync());
        await timeline.OpenAsync("?asOf=2025-04-10&kind=RateChange");
        await Expect(timeline.Entries.Filter(new() { HasText = electronics })).ToHaveCountAsync(1);
        await Expect(timeline.KnownSwitch).ToHaveTextAsync("Show what was known then");

        await timeline.KnownSwitch.FocusAsync();
        await timeline.Page.Keyboard.PressAsync("Enter");

        await Expect(timeline.Page).ToHaveURLAsync(new Regex(@"known=1"));
        await Expect(timeline.Banner).ToHaveAttributeAsync("data-known", "true");
        await Expect(timeline.Entries.Filter(new() { HasText = electronics })).ToHaveCountAsync(0);

        await timeline.NavLink("Deadlines").ClickAsync();
        await Expect(timeline.Page).ToHaveURLAsync(new Regex(@"/deadlines\?asOf=2025-04-10&known=1$"));
        await Expect(timeline.KnownSwitch).ToHaveTextAsync("Show what legally applied");

        await timeline.Page.GetByTestId("asof-clear").ClickAsync();
        await Expect(timeline.Page).ToHaveURLAsync(new Regex(@"/deadlines$"));
        await Expect(timeline.Banner).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PairPage_ChartThenTable_ShowsTheApril10ChangeAndBack()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN");
        await Expect(pair.ChartSvg).ToBeVisibleAsync();
        await Expect(pair.ChartMarkers.First).ToBeAttachedAsync();

        await pair.ShowTableAsync();

        var april10 = pair.ChangeRows.Filter(new() { HasText = "12:01 a.m. EDT, April 10, 2025" });
        await Expect(april10).ToContainTextAsync("145%");
        await Expect(pair.ChartSvg).ToHaveCountAsync(0);

        await pair.ShowChartAsync();

        await Expect(pair.ChartSvg).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PairPage_HsCode7208_ShowsTheSteelTotalInTheUrlAndPage()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN");

        await pair.HsCode.FillAsync("7208");
        await pair.HsCode.PressAsync("Enter");

        await Expect(pair.Page).ToHaveURLAsync(new Regex(@"\?hs=7208$"));
        await Expect(pair.ProductTotal).ToHaveTextAsync("95%");
    }

    [Fact]
    public async Task AxeScan_PairPageTableView_FindsNoViolations()
    {
        var pair = new PairPage(await app.NewPageAsync());
        await pair.OpenAsync("USA", "CHN", "?hs=8517.13");
        await pair.ShowTableAsync();
        await Expect(pair.ChangeRows.First).ToBeVisibleAsync();

        AccessibilityTests.AssertNoViolations(await pair.Page.RunAxe());
    }
}
